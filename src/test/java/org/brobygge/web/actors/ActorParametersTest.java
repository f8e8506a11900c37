package org.brobygge.web.actors;

import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.session.AnalysisSessions;
import org.brobygge.store.NetworkQueries;
import org.brobygge.web.KeptAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The actor list's paging parameters, answered before the database is asked. */
// The store of kept answers is KeptAnswersIT's: here every request reaches the controller.
@WebMvcTest(
    controllers = ActorController.class,
    excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = KeptAnswers.class))
class ActorParametersTest {

  @Autowired MockMvc mvc;
  @MockitoBean NetworkQueries queries;
  @MockitoBean AnalysisSessions sessions;

  @Test
  void aPageBelowZeroOrASizeOutOfRangeIsABadParameter() throws Exception {
    mvc.perform(get("/api/actors").param("page", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("page")))
        .andExpect(jsonPath("$.detail", is("page must be 0 or more, not -1")));
    mvc.perform(get("/api/actors").param("size", "501"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("size")))
        .andExpect(jsonPath("$.detail", is("size must be between 1 and 500, not 501")));
    mvc.perform(get("/api/actors").param("size", "0").param("page", "-2"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()", is(2)));
    verifyNoInteractions(queries, sessions);
  }

  @Test
  void anUnknownSectorOrRoleListsTheIds() throws Exception {
    mvc.perform(get("/api/actors").param("sector", "church"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("sector")))
        .andExpect(
            jsonPath(
                "$.detail",
                is(
                    "'church' is not a valid sector; use one of "
                        + String.join(", ", Sector.ids()))))
        .andExpect(jsonPath("$.validValues", is(Sector.ids())));
    mvc.perform(get("/api/actors").param("role", "pope"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter", is("role")))
        .andExpect(jsonPath("$.validValues", is(Role.ids())));
    verifyNoInteractions(queries, sessions);
  }
}
