package org.brobygge.web;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may change the database over HTTP: every request other than GET, HEAD and OPTIONS to the API
 * (imports, the write-back of scores, and any endpoint added later) needs the write token as {@code
 * Authorization: Bearer <token>}, unless its handler is marked {@link ReadOnly}. Reads and the web
 * app stay open unless {@code brobygge.security.open-reads} is false, when every API request needs
 * the token.
 *
 * <p>The token is {@code brobygge.security.write-token}. When it is not set, a random one is made
 * at start and written to the log, as Jupyter does, so a first user can import at once and nobody
 * else on the machine can without reading that log. Tokens are compared in constant time.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(
    name = WriteAccess.SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "The write token (brobygge.security.write-token, or the one the app logs at start)."
            + " Needed by every endpoint that changes the database.")
public class WriteAccess implements WebMvcConfigurer, HandlerInterceptor {

  /**
   * The OpenAPI security scheme's name; {@link ApiDocs} puts it, with the 401 and 403 answers, on
   * every operation {@link #needsToken(HandlerMethod)} says writes.
   */
  public static final String SCHEME = "writeToken";

  private static final Logger log = LoggerFactory.getLogger(WriteAccess.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final byte[] token;
  private final boolean openReads;

  WriteAccess(
      @Value("${brobygge.security.write-token:}") String configured,
      @Value("${brobygge.security.open-reads:true}") boolean openReads) {
    String token = configured.strip();
    if (token.isEmpty()) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      token = HexFormat.of().formatHex(random);
      log.warn(
          "No write token configured (brobygge.security.write-token, environment variable"
              + " BROBYGGE_SECURITY_WRITE_TOKEN). Imports and other writes over HTTP need this"
              + " generated one until the next start: Authorization: Bearer {}",
          token);
    }
    this.token = token.getBytes(StandardCharsets.UTF_8);
    this.openReads = openReads;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  /**
   * Whether a handler needs the write token with reads open: one mapped to a method other than GET,
   * HEAD and OPTIONS (or to every method) and not marked {@link ReadOnly}. The rule {@link
   * #preHandle} applies to each request, read from the mapping for the OpenAPI description.
   */
  static boolean needsToken(HandlerMethod handler) {
    if (handler.hasMethodAnnotation(ReadOnly.class)) {
      return false;
    }
    RequestMapping mapping =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    if (mapping == null || mapping.method().length == 0) {
      return true;
    }
    for (RequestMethod method : mapping.method()) {
      if (!SAFE_METHODS.contains(method.name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code request} may read the API without being refused: always when reads are open,
   * otherwise only with the right token. Asked by {@link KeptAnswers} before it answers from its
   * store, which it does ahead of this interceptor.
   */
  boolean mayRead(HttpServletRequest request) {
    if (openReads) {
      return true;
    }
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null
        && header.regionMatches(true, 0, "Bearer ", 0, 7)
        && MessageDigest.isEqual(
            header.substring(7).strip().getBytes(StandardCharsets.UTF_8), token);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    boolean safe = SAFE_METHODS.contains(request.getMethod());
    boolean readOnly =
        handler instanceof HandlerMethod method && method.hasMethodAnnotation(ReadOnly.class);
    if ((safe || readOnly) && openReads) {
      return true;
    }
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    String what =
        safe || readOnly
            ? "This server's API needs the token for reads too (brobygge.security.open-reads is"
                + " false)"
            : "This request changes the database and needs the write token";
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      throw ApiException.unauthorized(
          "Write token required",
          what
              + ": send the header 'Authorization: Bearer <token>'. The token is the setting"
              + " brobygge.security.write-token (environment variable"
              + " BROBYGGE_SECURITY_WRITE_TOKEN); when it is not set, the app writes a generated"
              + " one to its log at start.");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw ApiException.forbidden(
          "Wrong write token",
          "The token in the Authorization header is not this server's write token. Use the"
              + " value of brobygge.security.write-token, or the generated one in the log of this"
              + " start; nothing was changed.");
    }
    return true;
  }
}
