package org.brobygge.system;

import org.brobygge.session.AnalysisSession;
import org.brobygge.session.AnalysisSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Reads the analysis snapshot in the background once the app is ready and computes what the first
 * requests would ask for (the gaps, the region, the matrix, every measure of the whole network with
 * its default options: {@link AnalysisSession#warmUp()}), so they do not pay for it; a request that
 * comes sooner waits for the same computation. On 100,000 actors and a million ties this is some
 * seconds of background work after the port opens. Later snapshots are warmed the same way before
 * they are served ({@link AnalysisSessions}).
 */
@Component
@ConditionalOnWebApplication // the command line has no requests to serve
class SnapshotWarmUp implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(SnapshotWarmUp.class);

  private final AnalysisSessions sessions;

  SnapshotWarmUp(AnalysisSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    Thread.ofVirtual()
        .name("snapshot-warm-up")
        .start(
            () -> {
              try {
                long started = System.nanoTime();
                AnalysisSession before = sessions.served().orElse(null);
                // the server's sessions warm a new snapshot before they serve it
                AnalysisSession session = sessions.refresh();
                double seconds = (System.nanoTime() - started) / 1e9;
                if (session == before) {
                  // an import before the port opened (the sample's) answered once its data was
                  // served, so the snapshot was read and warmed then
                  log.info(
                      "Snapshot already read and analyses warmed by the import at start-up: {}",
                      session.graph());
                  return;
                }
                log.info(
                    "Snapshot read and analyses warmed in {} s: gaps, region, matrix and every measure of {}",
                    String.format(java.util.Locale.ROOT, "%.1f", seconds),
                    session.graph());
              } catch (RuntimeException e) {
                log.warn("Snapshot warm-up failed; the first request will try again", e);
              }
            });
  }
}
