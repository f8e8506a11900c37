package org.brobygge.web.bridges;

import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.brobygge.analysis.bridges.LinkPredictionIndex;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.web.KeptAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recommendations', brokers', the evaluation's and the plan's parameter errors, without a database.
 */
// The store of kept answers is KeptAnswersIT's: here every request reaches the controller.
@WebMvcTest(
    controllers = {BridgeController.class, PlanController.class},
    excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = KeptAnswers.class))
class BridgeParametersTest {

  @Autowired MockMvc mvc;
  @MockitoBean AnalysisSessions sessions;

  @Test
  void limitsAndActionsOutOfRangeNameTheParameterAndTheRange() throws Exception {
    mvc.perform(get("/api/recommendations").param("ecosystem", "creative").param("limit", "501"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("limit")))
        .andExpect(jsonPath("$.detail", is("limit must be between 1 and 500, not 501")));
    mvc.perform(
            get("/api/gaps/research/brokers").param("ecosystem", "creative").param("limit", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", is("limit must be between 1 and 500, not 0")));
    mvc.perform(get("/api/ecosystems/creative/plan").param("actions", "21"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("actions")))
        .andExpect(jsonPath("$.detail", is("actions must be between 1 and 20, not 21")));
    verifyNoInteractions(sessions);
  }

  @Test
  void anUnknownIndexListsTheIndexes() throws Exception {
    String valid = String.join(", ", LinkPredictionIndex.ids());
    for (var request :
        List.of(
            get("/api/recommendations").param("ecosystem", "creative").param("index", "katz"),
            get("/api/recommendations/evaluation").param("index", "katz"),
            get("/api/ecosystems/creative/plan").param("index", "katz"),
            get("/api/ecosystems/creative/plan").param("index", "katz").accept("text/markdown"))) {
      mvc.perform(request)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.parameter", is("index")))
          .andExpect(jsonPath("$.detail", is("'katz' is not a valid index; use one of " + valid)))
          .andExpect(jsonPath("$.validValues", is(LinkPredictionIndex.ids())));
    }
    verifyNoInteractions(sessions);
  }

  @Test
  void anEvaluationShareOutsideZeroToOneIsABadParameter() throws Exception {
    for (String share : new String[] {"0", "1", "-0.5", "2"}) {
      mvc.perform(get("/api/recommendations/evaluation").param("share", share))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.parameter", is("share")))
          .andExpect(
              jsonPath(
                  "$.detail",
                  is(
                      "share must be greater than 0 and less than 1, not "
                          + Double.parseDouble(share))));
    }
    mvc.perform(get("/api/recommendations/evaluation").param("share", "NaN"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("share")));
    verifyNoInteractions(sessions);
  }
}
