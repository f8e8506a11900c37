package org.brobygge.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.brobygge.support.Api;
import org.brobygge.support.EmbeddedNeo4jTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Communities on the sample loaded at first start, through the real API. */
@EmbeddedNeo4jTest
class CommunityApiIT {

  @LocalServerPort int port;

  @Test
  void comparesDetectedCommunitiesWithTheEcosystems() {
    Api api = new Api(port);
    JsonNode greedy = api.get("/api/communities").getBody();

    assertThat(greedy.get("algorithm").asString()).isEqualTo("greedy_modularity");
    assertThat(greedy.get("communities").asInt()).isGreaterThan(1);
    assertThat(greedy.get("modularity").asDouble()).isBetween(0.0, 1.0);
    assertThat(greedy.get("normalizedMutualInformation").asDouble()).isBetween(0.0, 1.0);
    int members = 0;
    for (JsonNode community : greedy.get("detected")) {
      members += community.get("members").asInt();
      assertThat(community.get("actors").size()).isEqualTo(community.get("members").asInt());
    }
    assertThat(members).isEqualTo(620); // every actor of the sample in exactly one community
    // the field names of the splits and merges (the web's records, not the core's)
    JsonNode label = api.get("/api/communities?algorithm=label_propagation&seed=1").getBody();
    for (JsonNode answer : java.util.List.of(greedy, label)) {
      for (JsonNode split : answer.get("splits")) {
        assertThat(split.propertyNames()).containsExactly("ecosystemId", "members", "shares");
        assertThat(split.get("shares").get(0).propertyNames())
            .containsExactly("community", "members", "share");
      }
      for (JsonNode merge : answer.get("merges")) {
        assertThat(merge.propertyNames()).containsExactly("community", "members", "ecosystems");
        assertThat(merge.get("ecosystems").get(0).propertyNames())
            .containsExactly("ecosystemId", "members", "share");
      }
    }
    assertThat(greedy.get("splits").size() + label.get("splits").size()).isPositive();
  }

  @Test
  void givesTheSameLabelPropagationForTheSameSeed() {
    Api api = new Api(port);

    String first = api.getText("/api/communities?algorithm=label_propagation&seed=7").getBody();
    String again = api.getText("/api/communities?algorithm=label_propagation&seed=7").getBody();

    assertThat(again).isEqualTo(first);
    JsonNode bad = api.get("/api/communities?algorithm=louvain").getBody();
    assertThat(bad.get("status").asInt()).isEqualTo(400);
    assertThat(bad.get("validValues").toString()).contains("label_propagation");
    assertThat(api.get("/api/communities?ecosystem=atlantis").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
