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

  NativeImporter(TieKinds tieKinds, NetworkWriter writer, Snapshots snapshots) {
    this.parser = new NativeCsvParser(tieKinds);
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

  /**
   * Validates and writes {@code data} that another format's parser read (CORDIS, spreadsheets,
   * graph files), all or nothing like {@link #importFiles}: an actor's ecosystems and a tie's two
   * actors must be in {@code data} or already in the database.
   *
   * @param files the names of the files it was read from, for the report and the problems
   * @throws ImportRejectedException when a reference is unknown; nothing is written then
   */
  public synchronized ImportReport importData(EcosystemData data, java.util.List<String> files) {
    long started = System.nanoTime();
    String file = String.join(", ", files);
    java.util.List<ImportProblem> problems = new java.util.ArrayList<>();
    Set<String> ecosystemIds = new java.util.HashSet<>();
    data.ecosystems().forEach(e -> ecosystemIds.add(e.id()));
    Set<String> actorIds = new java.util.HashSet<>();
    data.actors().forEach(a -> actorIds.add(a.id()));
    Set<String> missingEcosystems = new java.util.TreeSet<>();
    data.actors().stream()
        .flatMap(a -> a.ecosystems().stream())
        .filter(id -> !ecosystemIds.contains(id))
        .forEach(missingEcosystems::add);
    missingEcosystems.removeAll(writer.existingEcosystemIds(missingEcosystems));
    missingEcosystems.forEach(
        id ->
            problems.add(
                new ImportProblem(file, 0, "ecosystems", "unknown ecosystem '" + id + "'")));
    Set<String> missingActors = new java.util.TreeSet<>();
    data.ties().stream()
        .flatMap(t -> java.util.stream.Stream.of(t.from(), t.to()))
        .filter(id -> !actorIds.contains(id))
        .forEach(missingActors::add);
    missingActors.removeAll(writer.existingActorIds(missingActors));
    missingActors.forEach(
        id -> problems.add(new ImportProblem(file, 0, "from/to", "unknown actor '" + id + "'")));
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    NetworkWriter.WriteCounts counts;
    try {
      counts = writer.write(data);
    } finally {
      snapshots.invalidate();
    }
    ImportReport report =
        new ImportReport(
            files,
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
