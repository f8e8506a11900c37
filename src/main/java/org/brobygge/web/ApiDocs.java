package org.brobygge.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's head: its title and introduction, the tags in the order a user meets
 * them (the gaps first, the imports last; Swagger UI lists operations in this order), and operation
 * ids a client generator can use ({@code ecosystemsGet}, not springdoc's {@code get_1}).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

  /** The tags in the user's order, with what each holds; controllers name them in @Tag. */
  static final List<Tag> TAGS =
      List.of(
          tag("Gaps", "The seven gaps of every ecosystem: findings, region view, matrix, trend"),
          tag("Bridges", "Recommended ties that would close a gap, brokers, what-if"),
          tag("Plans", "Cluster development plans built from the gaps and the bridges"),
          tag("Evaluation", "Did the gaps close between a baseline and a follow-up year?"),
          tag("Ecosystems", "Ecosystems (clusters), their members, ties and maps"),
          tag("Actors", "Organisations in the network and their ties"),
          tag("Measures", "Per-actor network measures for researchers"),
          tag("Brokerage", "Gould-Fernandez brokerage roles"),
          tag("Communities", "Detected communities against the declared ecosystems"),
          tag("Network", "Network-level figures"),
          tag("Export", "The network with its scores, for Gephi, yEd or NetworkX"),
          tag("Imports", "Load ecosystems, actors and ties (needs the write token)"),
          tag(
              "Corrections",
              "Remove actors, ties, ecosystems or a source (needs the write token)"));

  @Bean
  OpenAPI brobyggeOpenApi(@Value("${brobygge.version:0.1.0}") String version) {
    return new OpenAPI()
        .info(
            new Info()
                .title("Brobygge API")
                .version(version)
                .description(
                    "Finds the gaps that hold an innovation ecosystem back (research, education,"
                        + " capital, public authority, inter-firm, inter-ecosystem, global"
                        + " market), recommends the ties that would close them and turns them"
                        + " into cluster plans; per-actor measures for researchers. Reads are"
                        + " open to this machine; every write needs the write token (Authorize:"
                        + " the token the app logs at start, or brobygge.security.write-token)."
                        + " Errors are RFC 9457 problem details naming the parameter, file, line"
                        + " or field and how to fix it. Ids are lower case with underscores;"
                        + " `members` counts actors, `actors` lists them.")
                .license(new License().name("See the repository")))
        .tags(TAGS);
  }

  /**
   * The tags once each, in {@link #TAGS}' order and with its descriptions: springdoc adds each
   * controller's {@code @Tag} as it finds it (in no useful order, and twice where two controllers
   * describe one tag differently). A tag not in the list keeps its place after them.
   */
  @Bean
  OpenApiCustomizer tagsInTheUsersOrder() {
    return openApi -> {
      Map<String, Tag> tags = new LinkedHashMap<>();
      TAGS.forEach(t -> tags.put(t.getName(), t));
      if (openApi.getTags() != null) {
        openApi.getTags().forEach(t -> tags.putIfAbsent(t.getName(), t));
      }
      openApi.setTags(new ArrayList<>(tags.values()));
    };
  }

  /**
   * Operation ids from the controller and the method: {@code EcosystemController.get} becomes
   * {@code ecosystemGet}, unique because a controller's handler methods have distinct names.
   */
  @Bean
  OperationCustomizer operationIds() {
    return (operation, handler) -> {
      String controller = handler.getBeanType().getSimpleName().replace("Controller", "");
      String method = handler.getMethod().getName();
      operation.setOperationId(
          controller.substring(0, 1).toLowerCase(Locale.ROOT)
              + controller.substring(1)
              + method.substring(0, 1).toUpperCase(Locale.ROOT)
              + method.substring(1));
      return operation;
    };
  }

  private static Tag tag(String name, String description) {
    return new Tag().name(name).description(description);
  }
}
