package org.brobygge.web.imports;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every import endpoint asks of its multipart parts: whether one was sent, its bytes, the name
 * to report problems under, and the address the request came to, for the curl example of an error
 * message (with the port the app really listens on).
 */
final class Uploads {

  private Uploads() {}

  /** Whether the part was sent and is not empty. */
  static boolean present(MultipartFile part) {
    return part != null && !part.isEmpty();
  }

  /** The part's bytes, or null when it was not sent. */
  static byte[] bytes(MultipartFile part) throws IOException {
    return present(part) ? part.getBytes() : null;
  }

  /** The part's file name, or {@code fallback} when the client sent none. */
  static String name(MultipartFile part, String fallback) {
    String name = part.getOriginalFilename();
    return name == null || name.isBlank() ? fallback : name;
  }

  /**
   * The address of the current request without its query, e.g. http://localhost:8080/api/imports.
   */
  static String here() {
    return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
  }
}
