package org.brobygge.session;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.brobygge.analysis.centrality.ComputeLimits;
import org.brobygge.analysis.gaps.GapDefinitions;
import org.brobygge.graph.EcosystemGraph;
import org.brobygge.model.HomeRegion;
import org.brobygge.model.TieKinds;

/**
 * The session of the current snapshot, in one of two ways.
 *
 * <p>On request (the command line, tests): {@link #current()} asks the supplier for the snapshot
 * (cheap: the store keeps it until the database version changes) and builds a new session, with
 * empty caches, when the snapshot is new, in the caller's thread.
 *
 * <p>In the background (a server): a read never waits for a new snapshot. {@link #current()}
 * answers the session it has at once and, at most once every {@link #CHECK_INTERVAL_NANOS}, asks a
 * background thread to look for a new snapshot. That thread builds the next session and computes
 * its common analyses (the first {@link AnalysisSession#warmUp()}, the next what the served one had
 * computed: {@link AnalysisSession#warmUpLike}) before it replaces the served one; until then every
 * request gets the previous session, whole. Each answer is computed on one session, so on one
 * database version. Only the first request, before any session exists, waits for a load.
 *
 * <p>A writer calls {@link #refresh()} after its write: it returns once a session read after the
 * call is served, so the writer's next read sees its own write. Background loads are coalesced:
 * writes made while one runs are all served by the next. Thread-safe.
 */
public final class AnalysisSessions {

  /** How often {@link #current()} has the background thread look for a new snapshot. */
  public static final long CHECK_INTERVAL_NANOS = 1_000_000_000L;

  private final Supplier<EcosystemGraph> snapshots;
  private final GapDefinitions definitions;
  private final HomeRegion home;
  private final TieKinds kinds;
  private final ComputeLimits limits;
  private final boolean background;
  private final ExecutorService loader =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().daemon().name("analysis-session-loader").factory());
  private volatile AnalysisSession session;
  private volatile long checkedAt;
  private CompletableFuture<AnalysisSession> queued; // a load not started yet; guarded by this

  /** Sessions loaded on request (the command line, tests): analyses are computed on use. */
  public AnalysisSessions(
      Supplier<EcosystemGraph> snapshots,
      GapDefinitions definitions,
      HomeRegion home,
      TieKinds kinds,
      ComputeLimits limits) {
    this(snapshots, definitions, home, kinds, limits, false);
  }

  /**
   * @param warm whether a new session computes {@link AnalysisSession#warmUp()} before it is served
   *     (a server: the previous session answers meanwhile)
   */
  public AnalysisSessions(
      Supplier<EcosystemGraph> snapshots,
      GapDefinitions definitions,
      HomeRegion home,
      TieKinds kinds,
      ComputeLimits limits,
      boolean background) {
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.home = Objects.requireNonNull(home, "home");
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.background = background;
  }

  /** The session served now, if one is (nothing is loaded or waited for). */
  public Optional<AnalysisSession> served() {
    return Optional.ofNullable(session);
  }

  /**
   * The session served now, without waiting for a newer snapshot (the first call waits for the
   * first one).
   */
  public AnalysisSession current() {
    if (!background) {
      return onRequest();
    }
    AnalysisSession s = session;
    if (s == null) {
      return refresh();
    }
    if (System.nanoTime() - checkedAt >= CHECK_INTERVAL_NANOS) {
      load();
    }
    return s;
  }

  /**
   * Loads the snapshot the supplier gives now (a new session, warmed, if the snapshot is new) and
   * waits until it is served.
   *
   * @return the session served after the load
   */
  public AnalysisSession refresh() {
    if (!background) {
      return onRequest();
    }
    try {
      return load().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private AnalysisSession onRequest() {
    EcosystemGraph graph = snapshots.get();
    AnalysisSession s = session;
    if (s != null && s.graph() == graph) {
      return s;
    }
    synchronized (this) {
      s = session;
      if (s == null || s.graph() != graph) {
        s = new AnalysisSession(graph, definitions, home, kinds, limits);
        session = s;
      }
      return s;
    }
  }

  /** Asks the background thread for a load that starts after this call; a pending one will do. */
  private synchronized CompletableFuture<AnalysisSession> load() {
    if (queued == null) {
      queued = new CompletableFuture<>();
      checkedAt = System.nanoTime();
      loader.execute(this::loadNow);
    }
    return queued;
  }

  private void loadNow() {
    CompletableFuture<AnalysisSession> done;
    synchronized (this) {
      done = queued;
      queued = null;
    }
    try {
      EcosystemGraph graph = snapshots.get();
      AnalysisSession s = session;
      if (s == null || s.graph() != graph) {
        AnalysisSession previous = s;
        s = new AnalysisSession(graph, definitions, home, kinds, limits);
        try {
          if (previous == null) {
            s.warmUp();
          } else {
            s.warmUpLike(previous);
          }
        } catch (RuntimeException e) {
          // served anyway: a request for what failed computes it again and answers the error
        }
        session = s;
      }
      checkedAt = System.nanoTime();
      done.complete(s);
    } catch (Throwable e) {
      done.completeExceptionally(e);
    }
  }

  public GapDefinitions definitions() {
    return definitions;
  }
}
