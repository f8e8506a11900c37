package org.brobygge.ingest;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.TieKinds;
import org.brobygge.store.NetworkWriter;
import org.brobygge.store.Snapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Imports validated network data: validate everything, then write all or nothing ({@link
 * NetworkWriter}), then mark the analysis snapshot stale.
 *
 * <p>Validation runs without any lock, so a bad file is answered at once even while a large import
 * is being written. Writes run one at a time: a write waits at most {@code
 * brobygge.import.lock-wait} (2 s by default) for a running one and otherwise fails with {@link
 * ImportBusyException}, which says when to try again. Validating outside the lock is safe because
 * imports only add and replace rows, and rows of an unfinished import do not count as existing.
 */
@Service
public class NativeImporter {

  private static final Logger log = LoggerFactory.getLogger(NativeImporter.class);

  private final NativeCsvParser parser;
  private final NetworkWriter writer;
  private final Snapshots snapshots;
  private final Duration lockWait;
  // Package-private for the test that holds it to see the 409.
  final ReentrantLock writeLock = new ReentrantLock(true);
  private volatile Running running;

  NativeImporter(
      TieKinds tieKinds,
      NativeCsvParser.Limits limits,
      NetworkWriter writer,
      Snapshots snapshots,
      @Value("${brobygge.import.lock-wait:2s}") Duration lockWait) {
    this.parser = new NativeCsvParser(tieKinds, limits);
    this.writer = writer;
    this.snapshots = snapshots;
    this.lockWait = lockWait;
  }

  /** What an import read and what it changed. */
  public record ImportReport(
      List<String> files,
      int ecosystems,
      int actors,
      int ties,
      int nodesCreated,
      int relationshipsCreated,
      int relationshipsDeleted,
      int propertiesSet,
      long millis) {}

  /** The import being written: when it started and how far it is, for the retry estimate. */
  private record Running(long startedNanos, long[] progress) {}

  /**
   * Parses, validates and writes native CSV files.
   *
   * @throws ImportRejectedException when any file has a problem; nothing is written then
   * @throws ImportBusyException when another import is being written for longer than the wait
   */
  public ImportReport importFiles(ImportFiles files) {
    return importFiles(files, CsvDialect.AUTO);
  }

  /**
   * As {@link #importFiles(ImportFiles)}, for files written in {@code dialect} (separator and
   * decimal mark; the parts left null are detected per file).
   */
  public ImportReport importFiles(ImportFiles files, CsvDialect dialect) {
    long started = System.nanoTime();
    EcosystemData data = parser.parse(files, knownIds(), dialect);
    return write(data, files.names(), started);
  }

  /**
   * The ids already in the database, for a parser of another format to validate references the way
   * {@link NativeCsvParser} does.
   */
  public NativeCsvParser.KnownIds knownIds() {
    return new NativeCsvParser.KnownIds() {
      @Override
      public Set<String> existingActors(Collection<String> ids) {
        return writer.existingActorIds(ids);
      }

      @Override
      public Set<String> existingEcosystems(Collection<String> ids) {
        return writer.existingEcosystemIds(ids);
      }

      @Override
      public java.util.Map<String, String> existingTies(Collection<String> ids) {
        return writer.existingTies(ids);
      }
    };
  }

  /**
   * Validates the references of {@code data} that another format's parser read (CORDIS,
   * spreadsheets, graph files) and writes it all or nothing like {@link #importFiles}: an actor's
   * ecosystems and a tie's two actors must be in {@code data} or already in the database.
   *
   * @param files the names of the files it was read from, for the report and the problems
   * @throws ImportRejectedException when a reference is unknown; nothing is written then
   * @throws ImportBusyException when another import is being written for longer than the wait
   */
  public ImportReport importData(EcosystemData data, List<String> files) {
    long started = System.nanoTime();
    String file = String.join(", ", files);
    List<ImportProblem> problems = new java.util.ArrayList<>();
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
    Set<String> memberActors = new java.util.TreeSet<>();
    Set<String> memberEcosystems = new java.util.TreeSet<>();
    for (var m : data.memberships()) {
      if (!actorIds.contains(m.actor())) {
        memberActors.add(m.actor());
      }
      if (!ecosystemIds.contains(m.ecosystem())) {
        memberEcosystems.add(m.ecosystem());
      }
    }
    memberActors.removeAll(writer.existingActorIds(memberActors));
    memberEcosystems.removeAll(writer.existingEcosystemIds(memberEcosystems));
    memberActors.forEach(
        id ->
            problems.add(
                new ImportProblem(file, 0, "actor", "unknown actor '" + id + "' in a membership")));
    memberEcosystems.forEach(
        id ->
            problems.add(
                new ImportProblem(
                    file, 0, "ecosystem", "unknown ecosystem '" + id + "' in a membership")));
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    return write(data, files, started);
  }

  /**
   * What a replacing import read and changed: the fields of {@link ImportReport}, then the
   * ecosystem replaced, the memberships it lost and the ties removed with them.
   */
  public record ReplaceReport(
      List<String> files,
      int ecosystems,
      int actors,
      int ties,
      int nodesCreated,
      int relationshipsCreated,
      int relationshipsDeleted,
      int propertiesSet,
      long millis,
      String replacedEcosystem,
      int membershipsRemoved,
      int tiesRemoved) {}

  /** Thrown when the ecosystem to replace is neither in the database nor in the files. */
  public static final class UnknownEcosystemException extends RuntimeException {
    private final String id;

    UnknownEcosystemException(String id) {
      super(
          "There is no ecosystem '"
              + id
              + "' in the database or in ecosystems.csv to replace; nothing was written.");
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /**
   * Parses and validates native CSV files like {@link #importFiles}, then writes them replacing the
   * ecosystem's members and ties ({@link NetworkWriter#replace}), all in one: the import and the
   * removals are seen together or not at all.
   *
   * @throws UnknownEcosystemException when {@code ecosystem} is neither in the database nor in the
   *     files; nothing is written then
   */
  public ReplaceReport replaceFiles(ImportFiles files, String ecosystem) {
    long started = System.nanoTime();
    EcosystemData data = parser.parse(files, knownIds());
    if (data.ecosystems().stream().noneMatch(e -> e.id().equals(ecosystem))
        && writer.existingEcosystemIds(List.of(ecosystem)).isEmpty()) {
      throw new UnknownEcosystemException(ecosystem);
    }
    NetworkWriter.ReplaceCounts replaced =
        written(data, progress -> writer.replace(data, ecosystem, progress));
    NetworkWriter.WriteCounts counts = replaced.counts();
    ReplaceReport report =
        new ReplaceReport(
            files.names(),
            data.ecosystems().size(),
            data.actors().size(),
            data.ties().size(),
            counts.nodesCreated(),
            counts.relationshipsCreated(),
            counts.relationshipsDeleted(),
            counts.propertiesSet(),
            (System.nanoTime() - started) / 1_000_000,
            ecosystem,
            replaced.membershipsRemoved(),
            replaced.tiesRemoved());
    log.info("Import replacing ecosystem {} done: {}", ecosystem, report);
    return report;
  }

  /** Runs {@code writing} under the import lock, telling it how to report its progress. */
  private <T> T written(
      EcosystemData data, java.util.function.Function<NetworkWriter.Progress, T> writing) {
    lock();
    try {
      long[] progress = {0, data.ecosystems().size() + data.actors().size() + data.ties().size()};
      running = new Running(System.nanoTime(), progress);
      return writing.apply(
          (written, total) -> {
            progress[0] = written;
            progress[1] = total;
          });
    } catch (NetworkWriter.ImportInProgressException e) {
      throw new ImportBusyException(Duration.ofSeconds(30), e.getMessage());
    } finally {
      running = null;
      writeLock.unlock();
      snapshots.invalidate();
    }
  }

  private ImportReport write(EcosystemData data, List<String> files, long started) {
    NetworkWriter.WriteCounts counts = written(data, progress -> writer.write(data, progress));
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
    log.info("Import done{}: {}", counts.changed() ? "" : " (nothing changed)", report);
    return report;
  }

  /**
   * Runs {@code write} (a removal, a correction) under the import lock, so that it never overlaps
   * an import or another write, then marks the analysis snapshot stale. Waits like an import.
   *
   * @throws ImportBusyException when an import is being written for longer than the wait, or
   *     another process is staging one
   */
  public <T> T exclusively(java.util.function.Supplier<T> write) {
    lock();
    try {
      return write.get();
    } catch (NetworkWriter.ImportInProgressException e) {
      throw new ImportBusyException(Duration.ofSeconds(30), e.getMessage());
    } finally {
      writeLock.unlock();
      snapshots.invalidate();
    }
  }

  private void lock() {
    try {
      if (writeLock.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new ImportBusyException(lockWait, retryAfter());
  }

  /** Time left for the running import: its pace so far applied to the rows it has left. */
  private Duration retryAfter() {
    Running now = running;
    long seconds = 10;
    if (now != null && now.progress()[0] > 0) {
      double elapsed = (System.nanoTime() - now.startedNanos()) / 1e9;
      long written = now.progress()[0];
      long total = Math.max(written, now.progress()[1]);
      seconds = (long) Math.ceil(elapsed * (total - written) / written);
    }
    return Duration.ofSeconds(Math.clamp(seconds, 1, 600));
  }
}
