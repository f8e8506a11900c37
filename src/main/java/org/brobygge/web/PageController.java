package org.brobygge.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.brobygge.session.AnalysisSessions;
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
 * The strategists' web app: every page is the one shell {@code static/app/page.html}, whose script
 * ({@code main.js}) loads the page's module by the address and reads the JSON API; served here
 * under short, shareable addresses. An ecosystem or actor that does not exist answers 404 with the
 * friendly not-found page ({@code static/error/404.html}, which Spring Boot also shows for any
 * other unknown address).
 */
@Controller
@Hidden
class PageController {

  private static final Resource NOT_FOUND = new ClassPathResource("static/error/404.html");

  private final AnalysisSessions sessions;

  PageController(AnalysisSessions sessions) {
    this.sessions = sessions;
  }

  @GetMapping(
      value = {"/", "/index.html"},
      produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> overview() {
    return page();
  }

  @GetMapping(value = "/ecosystems/{id}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> ecosystem(@PathVariable String id) {
    return ecosystemExists(id) ? page() : notFound();
  }

  @GetMapping(value = "/ecosystems/{id}/plan", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> plan(@PathVariable String id) {
    return ecosystemExists(id) ? page() : notFound();
  }

  @GetMapping(value = "/ecosystems/{id}/evaluation", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> evaluation(@PathVariable String id) {
    return ecosystemExists(id) ? page() : notFound();
  }

  @GetMapping(value = "/evaluation", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> regionEvaluation() {
    return page();
  }

  @GetMapping(value = "/actors/{id}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> actor(@PathVariable String id) {
    return sessions.current().graph().actorIndex(id).isPresent() ? page() : notFound();
  }

  @GetMapping(value = "/what-if", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> whatIf() {
    return page();
  }

  @GetMapping(value = "/researchers", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<Resource> researchers() {
    return page();
  }

  private boolean ecosystemExists(String id) {
    return sessions.current().graph().ecosystemIndex(id).isPresent();
  }

  private static final Resource PAGE = new ClassPathResource("static/app/page.html");

  private static ResponseEntity<Resource> page() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body(PAGE);
  }

  private static ResponseEntity<Resource> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(NOT_FOUND);
  }
}
