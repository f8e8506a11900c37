package org.brobygge.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.brobygge.store.Snapshots;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The strategists' web app: each page is a static HTML file under {@code static/app/} whose script
 * reads the JSON API, served here under a short, shareable address. An ecosystem or actor that does
 * not exist answers 404 with the friendly not-found page ({@code static/error/404.html}, which
 * Spring Boot also shows for any other unknown address).
 */
@Controller
@Hidden
class PageController {

  private static final Resource NOT_FOUND = new ClassPathResource("static/error/404.html");

  private final Snapshots snapshots;

  PageController(Snapshots snapshots) {
    this.snapshots = snapshots;
  }

  @GetMapping(
      value = {"/", "/index.html"},
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> overview() {
    return page("overview");
  }

  @GetMapping(value = "/ecosystems/{id}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> ecosystem(@PathVariable String id) {
    return ecosystemExists(id) ? page("ecosystem") : notFound();
  }

  @GetMapping(value = "/ecosystems/{id}/plan", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> plan(@PathVariable String id) {
    return ecosystemExists(id) ? page("plan") : notFound();
  }

  @GetMapping(value = "/actors/{id}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> actor(@PathVariable String id) {
    return snapshots.current().actorIndex(id).isPresent() ? page("actor") : notFound();
  }

  @GetMapping(value = "/what-if", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> whatIf() {
    return page("what-if");
  }

  @GetMapping(value = "/researchers", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> researchers() {
    return page("researchers");
  }

  private boolean ecosystemExists(String id) {
    return snapshots.current().ecosystemIndex(id).isPresent();
  }

  private static ResponseEntity<Resource> page(String name) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body(new ClassPathResource("static/app/" + name + ".html"));
  }

  private static ResponseEntity<Resource> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(NOT_FOUND);
  }
}
