package org.brobygge.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The app's HTTP API as a client sees it: real requests to the random port, no mocks. */
public final class Api {

  /** The write token every {@link EmbeddedNeo4jTest} app is configured with. */
  public static final String WRITE_TOKEN = "it-write-token";

  private final RestClient client;
  private final int port;
  private final String baseUrl;
  private final String token;

  /** A client that sends the write token, as a user who set one up would. */
  public Api(int port) {
    this(port, WRITE_TOKEN);
  }

  /**
   * @param token the write token to send as {@code Authorization: Bearer}, or null for none
   */
  public Api(int port, String token) {
    this.port = port;
    this.baseUrl = "http://localhost:" + port;
    this.token = token;
    RestClient.Builder builder =
        RestClient.builder()
            .baseUrl(baseUrl)
            .defaultStatusHandler(status -> true, (request, response) -> {});
    if (token != null) {
      builder.defaultHeader("Authorization", "Bearer " + token);
    }
    this.client = builder.build();
  }

  public ResponseEntity<JsonNode> get(String path) {
    return client.get().uri(path).retrieve().toEntity(JsonNode.class);
  }

  /** POSTs {@code body} as JSON (a String is sent as it is). */
  public ResponseEntity<JsonNode> postJson(String path, Object body) {
    return client
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(JsonNode.class);
  }

  /**
   * POSTs {@code body} with exactly the Content-Type given, or none at all when it is null (which
   * RestClient cannot send), with the write token; the answer as JSON.
   */
  public ResponseEntity<JsonNode> postRaw(String path, String contentType, String body) {
    try {
      var request =
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      try (var http = java.net.http.HttpClient.newHttpClient()) {
        var response =
            http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        JsonNode json =
            response.body().isEmpty()
                ? null
                : tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(response.body());
        return ResponseEntity.status(response.statusCode()).body(json);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public ResponseEntity<String> getText(String path) {
    return client.get().uri(path).retrieve().toEntity(String.class);
  }

  /** GETs {@code path} as text asking for {@code accept}, as a browser or a tool would. */
  public ResponseEntity<String> getText(String path, String accept) {
    return client.get().uri(path).header("Accept", accept).retrieve().toEntity(String.class);
  }

  /** POSTs the native files found in {@code folder} as multipart parts named after them. */
  public ResponseEntity<JsonNode> importFolder(Path folder) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    for (String part : new String[] {"ecosystems", "actors", "ties", "memberships"}) {
      Path file = folder.resolve(part + ".csv");
      if (Files.exists(file)) {
        parts.add(part, resource(part + ".csv", read(file)));
      }
    }
    return postImport(parts);
  }

  /** POSTs the native files of {@code folder} zipped into one archive part. */
  public ResponseEntity<JsonNode> importFolderAsZip(Path folder) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : new String[] {"ecosystems.csv", "actors.csv", "ties.csv"}) {
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
          zip.putNextEntry(new ZipEntry("network/" + name));
          zip.write(read(file));
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("archive", resource("network.zip", bytes.toByteArray()));
    return postImport(parts);
  }

  /**
   * DELETEs {@code path} as given: percent-escapes in it ({@code %7C} for '|') reach the server
   * unchanged.
   */
  public ResponseEntity<JsonNode> delete(String path) {
    return client
        .delete()
        .uri(java.net.URI.create("http://localhost:" + port + path))
        .retrieve()
        .toEntity(JsonNode.class);
  }

  /** POSTs native CSV texts (null for a part left out) to {@code path}, e.g. with a mode. */
  public ResponseEntity<JsonNode> importCsv(
      String path, String ecosystems, String actors, String ties) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    String[][] named = {{"ecosystems", ecosystems}, {"actors", actors}, {"ties", ties}};
    for (String[] part : named) {
      if (part[1] != null) {
        parts.add(
            part[0],
            resource(part[0] + ".csv", part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
    return postImport(path, parts);
  }

  public ResponseEntity<JsonNode> postImport(MultiValueMap<String, Object> parts) {
    return postImport("/api/imports", parts);
  }

  public ResponseEntity<JsonNode> postImport(String path, MultiValueMap<String, Object> parts) {
    return client
        .post()
        .uri(java.net.URI.create("http://localhost:" + port + path))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .retrieve()
        .toEntity(JsonNode.class);
  }

  /** POSTs multipart {@code parts} to {@code uri} (path and query). */
  public ResponseEntity<JsonNode> postMultipart(String uri, MultiValueMap<String, Object> parts) {
    return client
        .post()
        .uri(uri)
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .retrieve()
        .toEntity(JsonNode.class);
  }

  public static ByteArrayResource resource(String filename, byte[] bytes) {
    return new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return filename;
      }
    };
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
