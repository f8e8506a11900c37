package org.brobygge.web.network;

import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.brobygge.analysis.centrality.Measure;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.web.KeptAnswers;
import org.brobygge.web.NetworkViews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A slice of the web layer (the map's controller and the problem-details advice, no database):
 * parameter errors are answered before any analysis is asked for, so they need no Neo4j.
 */
// The store of kept answers is KeptAnswersIT's: here every request reaches the controller.
@WebMvcTest(
    controllers = MapController.class,
    excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = KeptAnswers.class))
class MapParametersTest {

  @Autowired MockMvc mvc;
  @MockitoBean AnalysisSessions sessions;
  @MockitoBean NetworkViews views;

  @Test
  void aLimitOutOfRangeIsABadParameterNamingItAndTheRange() throws Exception {
    for (String limit : new String[] {"0", "5001", "-3"}) {
      mvc.perform(get("/api/ecosystems/creative/map").param("limit", limit))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
          .andExpect(jsonPath("$.title", is("Bad parameter")))
          .andExpect(jsonPath("$.parameter", is("limit")))
          .andExpect(jsonPath("$.detail", is("limit must be between 1 and 5000, not " + limit)));
    }
    verifyNoInteractions(sessions, views);
  }

  @Test
  void aLimitThatIsNotANumberIsABadParameterToo() throws Exception {
    mvc.perform(get("/api/ecosystems/creative/map").param("limit", "many"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("limit")));
    verifyNoInteractions(sessions, views);
  }

  @Test
  void anUnknownMeasureListsTheMeasureIds() throws Exception {
    mvc.perform(get("/api/ecosystems/creative/map").param("measure", "fame"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("measure")))
        .andExpect(jsonPath("$.validValues", is(Measure.ids())));
    verifyNoInteractions(sessions, views);
  }
}
