package org.brobygge.system;

import org.brobygge.store.Snapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Reads the analysis snapshot in the background once the app is ready, so the first analysis
 * request does not pay for it; a request that comes sooner waits for the same read.
 */
@Component
@ConditionalOnWebApplication // the command line has no requests to serve
class SnapshotWarmUp implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(SnapshotWarmUp.class);

  private final Snapshots snapshots;

  SnapshotWarmUp(Snapshots snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    Thread.ofVirtual()
        .name("snapshot-warm-up")
        .start(
            () -> {
              try {
                snapshots.current();
              } catch (RuntimeException e) {
                log.warn("Snapshot warm-up failed; the first request will try again", e);
              }
            });
  }
}
