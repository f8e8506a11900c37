package org.brobygge.web.centrality;

import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.brobygge.web.NetworkViews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The limit of the centrality ranking and of brokerage, answered without a network. */
@WebMvcTest(controllers = {CentralityController.class, BrokerageController.class})
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
}
