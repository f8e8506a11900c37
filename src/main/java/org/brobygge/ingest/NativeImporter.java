package org.brobygge.ingest;

import java.util.Collection;
import java.util.Set;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.TieKinds;
import org.brobygge.store.NetworkWriter;
import org.brobygge.store.Snapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports native-format files: validate everything, then write all or nothing, then mark the
 * analysis snapshot stale. Imports run one at a time, so a validation never races another write.
 */
@Service
public class NativeImporter {

  private static final Logger log = LoggerFactory.getLogger(NativeImporter.class);

  private final NativeCsvParser parser;
  private final NetworkWriter writer;
  private final Snapshots snapshots;

  NativeImporter(
      TieKinds tieKinds, NativeCsvParser.Limits limits, NetworkWriter writer, Snapshots snapshots) {
    this.parser = new NativeCsvParser(tieKinds, limits);
    this.writer = writer;
    this.snapshots = snapshots;
  }

  /** What an import read and what it changed. */
  public record ImportReport(
      java.util.List<String> files,
      int ecosystems,
      int actors,
      int ties,
      int nodesCreated,
      int relationshipsCreated,
      int relationshipsDeleted,
      int propertiesSet,
      long millis) {}

  /**
   * @throws ImportRejectedException when any file has a problem; nothing is written then
   */
  public synchronized ImportReport importFiles(ImportFiles files) {
    long started = System.nanoTime();
    EcosystemData data =
        parser.parse(
            files,
            new NativeCsvParser.KnownIds() {
              @Override
              public Set<String> existingActors(Collection<String> ids) {
                return writer.existingActorIds(ids);
              }

              @Override
              public Set<String> existingEcosystems(Collection<String> ids) {
                return writer.existingEcosystemIds(ids);
              }
            });
    NetworkWriter.WriteCounts counts;
    try {
      counts = writer.write(data);
    } finally {
      snapshots.invalidate();
    }
    ImportReport report =
        new ImportReport(
            files.names(),
            data.ecosystems().size(),
            data.actors().size(),
            data.ties().size(),
            counts.nodesCreated(),
            counts.relationshipsCreated(),
            counts.relationshipsDeleted(),
            counts.propertiesSet(),
            (System.nanoTime() - started) / 1_000_000);
    log.info("Import done: {}", report);
    return report;
  }
}
