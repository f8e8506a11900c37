package org.brobygge.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers a repeated read by copying bytes: the first successful answer of a {@link SnapshotAnswer}
 * endpoint is kept, serialised (status 200, its headers and body), with the analysis session that
 * served it ({@link AnalysisSession#keepAnswer}), and the same request on the same session is
 * answered from it without reaching Spring MVC, the controller or Jackson. A new snapshot comes
 * with a new session and an empty store, so no answer outlives its data.
 *
 * <p>The same request is the same request path (as sent, still encoded), the same query parameters
 * (decoded; names sorted, each name's values in their order) and the same {@code Accept} headers:
 * the only inputs such an endpoint has besides the session. Kept: only a 200 written whole through
 * the output stream, without an exception handled on the way, at most {@link #MAX_ANSWER_BYTES},
 * and only when the session served after the request is the one served before it (so the bytes were
 * made on it). Never kept: errors, anything but GET, other endpoints (the actor list reads Neo4j),
 * streamed or asynchronous answers. With reads closed ({@code brobygge.security.open-reads} false)
 * only a request with the token is answered from the store; others go on to {@link WriteAccess}'s
 * refusal.
 *
 * <p>Placed after Boot's character-encoding and observation filters, so every request is still
 * timed under its endpoint's path pattern. No answer here varies with another request header; if
 * one ever does (CORS answers vary with {@code Origin}, compression done in Spring with {@code
 * Accept-Encoding}), that header belongs in {@link Key}.
 */
@Component
@Order(KeptAnswers.ORDER)
public class KeptAnswers extends OncePerRequestFilter {

  /** After the character-encoding (highest precedence) and observation (+1) filters. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

  /** The largest answer kept; a larger one is made anew for every request. */
  static final int MAX_ANSWER_BYTES = (int) (AnalysisSession.ANSWER_BYTES / 8);

  /** Headers the server sets itself on every answer: not kept, so never replayed stale. */
  private static final Set<String> SERVER_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    SERVER_HEADERS.addAll(
        List.of(
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.TRANSFER_ENCODING,
            HttpHeaders.DATE,
            HttpHeaders.CONNECTION,
            "Keep-Alive"));
  }

  private final AnalysisSessions sessions;
  private final WriteAccess access;

  KeptAnswers(AnalysisSessions sessions, WriteAccess access) {
    this.sessions = sessions;
    this.access = access;
  }

  /** What a {@link SnapshotAnswer} endpoint's answer depends on, besides the session. */
  record Key(String path, Map<String, List<String>> query, List<String> accept) {
    static Key of(HttpServletRequest request) {
      Map<String, List<String>> query = new TreeMap<>();
      request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
      return new Key(
          request.getRequestURI(), query, Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
    }
  }

  /**
   * A kept answer: a 200 with these headers and body, its length declared in advance or not (as the
   * endpoint did: so a long answer is sent chunked, or not, as when it was made).
   */
  private record Answer(
      String contentType,
      List<Map.Entry<String, String>> headers,
      byte[] body,
      boolean declaredLength,
      String pattern) {

    int bytes() {
      int bytes = body.length + 64;
      for (var h : headers) {
        bytes += h.getKey().length() + h.getValue().length();
      }
      return bytes;
    }

    void replay(HttpServletRequest request, HttpServletResponse response) throws IOException {
      if (pattern != null) {
        ServerHttpObservationFilter.findObservationContext(request)
            .ifPresent(c -> c.setPathPattern(pattern));
      }
      response.setStatus(HttpServletResponse.SC_OK);
      if (contentType != null) {
        response.setContentType(contentType);
      }
      if (declaredLength) {
        response.setContentLength(body.length);
      }
      List<String> set = new ArrayList<>();
      for (var h : headers) {
        if (set.contains(h.getKey())) {
          response.addHeader(h.getKey(), h.getValue());
        } else {
          response.setHeader(h.getKey(), h.getValue());
          set.add(h.getKey());
        }
      }
      response.getOutputStream().write(body);
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!access.mayRead(request)) {
      chain.doFilter(request, response); // WriteAccess answers 401 or 403
      return;
    }
    AnalysisSession session = served();
    if (session == null) {
      chain.doFilter(request, response); // the endpoint answers the failure as problem details
      return;
    }
    Key key = Key.of(request);
    Answer kept = session.keptAnswer(key);
    if (kept != null) {
      kept.replay(request, response);
      return;
    }
    Capture capture = new Capture(request, response);
    chain.doFilter(request, capture);
    Answer answer = capture.answer();
    if (answer != null && served() == session) {
      session.keepAnswer(key, answer, answer.bytes());
    }
  }

  /** The session served now, or null if there is none (the snapshot could not be read). */
  private AnalysisSession served() {
    try {
      return sessions.current();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether the request was answered by a {@link SnapshotAnswer} endpoint. */
  private static boolean fromSnapshot(HttpServletRequest request) {
    return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
            instanceof HandlerMethod handler
        && (handler.hasMethodAnnotation(SnapshotAnswer.class)
            || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), SnapshotAnswer.class));
  }

  /** The response as it goes to the client, its body copied on the way if it may be kept. */
  private static final class Capture extends HttpServletResponseWrapper {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private ByteArrayOutputStream body = new ByteArrayOutputStream();
    private Boolean keep; // decided at the first byte, once the handler is known
    private ServletOutputStream out;
    private boolean declaredLength;

    Capture(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
      this.response = response;
    }

    /** The answer to keep, or null if this one must not be kept. */
    Answer answer() {
      if (body == null
          || keep == Boolean.FALSE
          || response.getStatus() != HttpServletResponse.SC_OK
          || request.isAsyncStarted()
          || request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) != null
          || !fromSnapshot(request)) {
        return null;
      }
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      for (String name : response.getHeaderNames()) {
        if (!SERVER_HEADERS.contains(name)) {
          for (String value : response.getHeaders(name)) {
            headers.add(Map.entry(name, value));
          }
        }
      }
      String pattern =
          ServerHttpObservationFilter.findObservationContext(request)
              .map(ServerRequestObservationContext::getPathPattern)
              .orElse(null);
      return new Answer(
          response.getContentType(), headers, body.toByteArray(), declaredLength, pattern);
    }

    private void copy(byte[] bytes, int offset, int length) {
      if (keep == null) {
        keep = fromSnapshot(request);
      }
      if (!keep || body == null) {
        return;
      }
      if (body.size() + length > MAX_ANSWER_BYTES) {
        body = null;
      } else {
        body.write(bytes, offset, length);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (out == null) {
        ServletOutputStream target = super.getOutputStream();
        out =
            new ServletOutputStream() {
              @Override
              public void write(int b) throws IOException {
                target.write(b);
                copy(new byte[] {(byte) b}, 0, 1);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                target.write(b, off, len);
                copy(b, off, len);
              }

              @Override
              public void flush() throws IOException {
                target.flush();
              }

              @Override
              public void close() throws IOException {
                target.close();
              }

              @Override
              public boolean isReady() {
                return target.isReady();
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                target.setWriteListener(listener);
              }
            };
      }
      return out;
    }

    @Override
    public void setContentLength(int length) {
      declaredLength = true;
      super.setContentLength(length);
    }

    @Override
    public void setContentLengthLong(long length) {
      declaredLength = true;
      super.setContentLengthLong(length);
    }

    @Override
    public void setHeader(String name, String value) {
      declaredLength |= HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      declaredLength |= HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
      super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
      declaredLength |= HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
      super.setIntHeader(name, value);
    }

    @Override
    public void addIntHeader(String name, int value) {
      declaredLength |= HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name);
      super.addIntHeader(name, value);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      keep = false; // characters, not bytes: not copied
      return super.getWriter();
    }

    @Override
    public void reset() {
      super.reset();
      declaredLength = false;
      if (body != null) {
        body.reset();
      }
    }

    @Override
    public void resetBuffer() {
      super.resetBuffer();
      if (body != null) {
        body.reset();
      }
    }
  }
}
