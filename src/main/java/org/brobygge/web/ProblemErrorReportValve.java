package org.brobygge.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers itself, before a request reaches Spring (a URL with a raw {@code |} or
 * {@code {}, a bad percent-encoding, an encoded slash, a malformed header), leave as RFC 9457
 * problem details like every other error, instead of Tomcat's HTML page (which also named the
 * server). The body never echoes the request.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail =
        status == 400
            ? "The request is not valid HTTP: its address or a header could not be read. In a"
                + " URL, characters such as spaces, |, {, }, \\, %, and a slash inside an id must"
                + " be percent-encoded (a space as %20, | as %7C); check the address and send it"
                + " again."
            : "The server could not take this request (" + title + ").";
    String json =
        "{\"type\":\"about:blank\",\"title\":\""
            + title
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"}";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the connection is gone or the response was committed meanwhile: nothing more to say
    }
  }

  /** Puts this valve in place of Tomcat's (and Spring Boot's) error report valve. */
  @Configuration(proxyBeanMethods = false)
  static class Setup {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
      return factory ->
          factory.addContextCustomizers(
              context -> {
                Container parent = context.getParent();
                if (parent instanceof StandardHost host) {
                  for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                      host.getPipeline().removeValve(valve);
                    }
                  }
                  host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                  host.getPipeline().addValve(new ProblemErrorReportValve());
                }
              });
    }
  }
}
