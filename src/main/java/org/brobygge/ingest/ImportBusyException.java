package org.brobygge.ingest;

import java.time.Duration;

/**
 * An import that was not written because another import was writing and did not finish within the
 * wait (NativeImporter, {@code brobygge.import.lock-wait}); the files were valid and the database
 * is unchanged. Try again after {@link #retryAfter()}.
 */
public class ImportBusyException extends RuntimeException {

  private final Duration retryAfter;

  public ImportBusyException(Duration waited, Duration retryAfter) {
    this(
        retryAfter,
        "Another import is being written and did not finish within "
            + waited.toMillis()
            + " ms; nothing was written.");
  }

  ImportBusyException(Duration retryAfter, String reason) {
    super(reason + " Send the request again in about " + retryAfter.toSeconds() + " s.");
    this.retryAfter = retryAfter;
  }

  /** The estimated time until the running import is done, at least one second. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
