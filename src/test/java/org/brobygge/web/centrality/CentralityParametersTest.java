package org.brobygge.web.centrality;

import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.brobygge.analysis.centrality.Measure;
import org.brobygge.analysis.communities.CommunityAlgorithm;
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
 * The centrality ranking's, brokerage's, the export's and community detection's parameter errors,
 * answered without a network.
 */
// The store of kept answers is KeptAnswersIT's: here every request reaches the controller.
@WebMvcTest(
    controllers = {
      CentralityController.class,
      BrokerageController.class,
      ExportController.class,
      CommunityController.class
    },
    excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = KeptAnswers.class))
class CentralityParametersTest {

  @Autowired MockMvc mvc;
  @MockitoBean NetworkViews views;

  @Test
  void aLimitBelowOneIsABadParameter() throws Exception {
    mvc.perform(get("/api/centrality").param("measure", "degree").param("limit", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("limit")))
        .andExpect(jsonPath("$.detail", is("limit must be 1 or more, not 0")));
    mvc.perform(get("/api/brokerage").param("limit", "-5"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", is("limit must be 1 or more, not -5")));
    verifyNoInteractions(views);
  }

  @Test
  void anUnknownOrMissingMeasureListsTheMeasureIds() throws Exception {
    mvc.perform(get("/api/centrality").param("measure", "fame"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.title", is("Bad parameter")))
        .andExpect(jsonPath("$.parameter", is("measure")))
        .andExpect(
            jsonPath(
                "$.detail",
                is(
                    "'fame' is not a valid measure; use one of "
                        + String.join(", ", Measure.ids()))))
        .andExpect(jsonPath("$.validValues", is(Measure.ids())));
    for (String missing : new String[] {null, "", "  "}) {
      var request = get("/api/centrality");
      if (missing != null) {
        request.param("measure", missing);
      }
      mvc.perform(request)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.parameter", is("measure")))
          .andExpect(
              jsonPath(
                  "$.detail",
                  is("measure is required: use one of " + String.join(", ", Measure.ids()))))
          .andExpect(jsonPath("$.validValues", is(Measure.ids())));
    }
    verifyNoInteractions(views);
  }

  @Test
  void anUnknownOrderOrGroupingListsTheChoices() throws Exception {
    mvc.perform(get("/api/centrality").param("measure", "degree").param("order", "up"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("order")))
        .andExpect(jsonPath("$.detail", is("'up' is not a valid order; use one of desc, asc")))
        .andExpect(jsonPath("$.validValues", is(List.of("desc", "asc"))));
    mvc.perform(get("/api/brokerage").param("groupBy", "club"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("groupBy")))
        .andExpect(
            jsonPath("$.detail", is("'club' is not a valid groupBy; use one of sector, ecosystem")))
        .andExpect(jsonPath("$.validValues", is(List.of("sector", "ecosystem"))));
    verifyNoInteractions(views);
  }

  @Test
  void aDampingOutsideZeroToOneOrPivotsBelowOneIsABadParameter() throws Exception {
    for (String damping : new String[] {"1", "1.5", "-0.1"}) {
      mvc.perform(get("/api/centrality").param("measure", "pagerank").param("damping", damping))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.parameter", is("damping")))
          .andExpect(
              jsonPath(
                  "$.detail", is("damping must be in [0, 1), not " + Double.parseDouble(damping))));
    }
    mvc.perform(get("/api/centrality").param("measure", "pagerank").param("damping", "NaN"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("damping")));
    mvc.perform(get("/api/centrality").param("measure", "betweenness").param("pivots", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("pivots")))
        .andExpect(jsonPath("$.detail", is("pivots must be 1 or more, not 0")));
    verifyNoInteractions(views);
  }

  @Test
  void anUnknownFormatOrExportMeasureOrAlgorithmListsTheChoices() throws Exception {
    mvc.perform(get("/api/export").param("format", "pajek"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("format")))
        .andExpect(
            jsonPath(
                "$.detail", is("'pajek' is not a valid format; use one of gexf, graphml, csv")))
        .andExpect(jsonPath("$.validValues", is(List.of("gexf", "graphml", "csv"))));
    mvc.perform(get("/api/export").param("measures", "degree, fame"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("measures")))
        .andExpect(
            jsonPath(
                "$.detail",
                is(
                    "'fame' is not a valid measure; use one of "
                        + String.join(", ", Measure.ids()))));
    mvc.perform(get("/api/communities").param("algorithm", "louvain"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("algorithm")))
        .andExpect(jsonPath("$.validValues", is(CommunityAlgorithm.ids())));
    verifyNoInteractions(views);
  }
}
