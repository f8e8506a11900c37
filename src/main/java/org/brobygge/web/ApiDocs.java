package org.brobygge.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
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
 * them (the gaps first, the imports last; Swagger UI lists operations in this order), operation ids
 * a client generator can use ({@code ecosystemsGet}, not springdoc's {@code get_1}), the write
 * token on every operation that writes, and problem details as the schema of every error answer.
 * Each 200 answer's schema comes from the controller's response record (ServiceIT checks that every
 * operation has one).
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

  /** The components schema of every error answer. */
  static final String PROBLEM = "Problem";

  static final String PROBLEM_JSON = "application/problem+json";

  /**
   * The write token on every operation that writes ({@link WriteAccess#needsToken}, the rule the
   * interceptor applies): the security requirement, and the 401 and 403 answers, so a controller
   * declares none of them.
   */
  @Bean
  OperationCustomizer writeTokenOnWrites() {
    return (operation, handler) -> {
      if (WriteAccess.needsToken(handler)) {
        operation.addSecurityItem(new SecurityRequirement().addList(WriteAccess.SCHEME));
        if (operation.getResponses() == null) {
          operation.setResponses(new ApiResponses());
        }
        operation
            .getResponses()
            .addApiResponse(
                "401", problem("No write token (Authorization: Bearer ...); nothing written"))
            .addApiResponse("403", problem("Wrong write token; nothing written"));
      }
      return operation;
    };
  }

  /**
   * Every error answer as what it is, RFC 9457 problem details ({@link #PROBLEM}): the codes a
   * controller declares get the schema, and every API operation gets 400 (a parameter or the body
   * is wrong: the answer names it and lists the valid values) and, with an id in its address, 404.
   * Springdoc knows none of them, because one advice answers every error.
   */
  @Bean
  OpenApiCustomizer problemDetails() {
    return openApi -> {
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      if (openApi.getPaths() == null) {
        return;
      }
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperations()
                      .forEach(
                          operation -> {
                            ApiResponses responses = operation.getResponses();
                            if (responses == null || !path.startsWith("/api/")) {
                              return;
                            }
                            boolean takesInput =
                                (operation.getParameters() != null
                                        && !operation.getParameters().isEmpty())
                                    || operation.getRequestBody() != null;
                            if (takesInput && !responses.containsKey("400")) {
                              responses.addApiResponse(
                                  "400",
                                  problem(
                                      "A parameter or the body is not valid: the answer names it"
                                          + " (parameter) and, for a closed list, the valid"
                                          + " values (validValues)"));
                            }
                            if (path.contains("{") && !responses.containsKey("404")) {
                              responses.addApiResponse(
                                  "404", problem("No such id (the one in the address)"));
                            }
                            responses.forEach(
                                (code, response) -> {
                                  if (code.startsWith("4") || code.startsWith("5")) {
                                    response.setContent(
                                        new Content()
                                            .addMediaType(
                                                PROBLEM_JSON,
                                                new MediaType()
                                                    .schema(
                                                        new Schema<>()
                                                            .$ref(
                                                                "#/components/schemas/"
                                                                    + PROBLEM))));
                                  }
                                });
                          }));
    };
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse().description(description);
  }

  /** RFC 9457's members and the ones this API adds. */
  private static Schema<?> problemSchema() {
    Schema<?> importProblem =
        new ObjectSchema()
            .description("one problem in an imported file")
            .addProperty("file", new StringSchema().example("ties.csv"))
            .addProperty("line", new IntegerSchema().example(12))
            .addProperty("field", new StringSchema().example("weight"))
            .addProperty(
                "message",
                new StringSchema().example("weight must be a number above 0, not 'many'"));
    return new ObjectSchema()
        .description(
            "An error, as RFC 9457 problem details: what went wrong in a sentence (detail), with"
                + " the parameter, file, line or field at fault and how to fix it.")
        .addProperty("type", new StringSchema().example("about:blank"))
        .addProperty("title", new StringSchema().example("Bad Request"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty(
            "detail",
            new StringSchema()
                .example(
                    "'fame' is not a valid measure; use one of degree, strength, pagerank, ..."))
        .addProperty("instance", new StringSchema().example("/api/centrality"))
        .addProperty(
            "parameter",
            new StringSchema()
                .description("the query parameter, path variable or part at fault")
                .example("measure"))
        .addProperty(
            "validValues",
            new ArraySchema()
                .items(new StringSchema())
                .description("the valid choices of that parameter")
                .example(List.of("degree", "strength", "pagerank")))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(importProblem)
                .description("an import's problems, each with file, line and field"))
        .addProperty(
            "field", new StringSchema().description("the field of an unreadable JSON body"))
        .addProperty(
            "expected",
            new StringSchema().description("the Content-Type to send, when another was sent"))
        .addProperty(
            "retryAfterSeconds",
            new IntegerSchema().description("when another import holds the lock: wait this long"))
        .addProperty(
            "incident",
            new StringSchema()
                .description("an internal error's id in the server's log, to report it"));
  }

  private static Tag tag(String name, String description) {
    return new Tag().name(name).description(description);
  }
}
