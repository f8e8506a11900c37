package org.brobygge.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes data: an actor, a tie, an ecosystem, or everything from one source. Each removal is one
 * transaction (all or nothing) that bumps the database version when it removed anything, so every
 * snapshot and cached analysis is read again; a dry run runs the same statements and rolls them
 * back, so it reports exactly what the removal would take.
 *
 * <p>The caller holds the import lock (imports and removals are written one at a time); a removal
 * refuses while another process stages an import ({@link Staging}), as an import does.
 */
@Component
public class NetworkDeleter {

  /** At most this many ids are listed per kind in a {@link Removal}; the counts are complete. */
  public static final int LISTED = 1_000;

  private static final Logger log = LoggerFactory.getLogger(NetworkDeleter.class);

  private final Driver driver;

  NetworkDeleter(Driver driver) {
    this.driver = driver;
  }

  /**
   * What a removal took (or, in a dry run, would take).
   *
   * @param ecosystemIds, actorIds, tieIds the first {@link #LISTED} ids of each, sorted
   * @param memberships MEMBER_OF relationships removed (with their actors or ecosystem)
   */
  public record Removal(
      boolean dryRun,
      int ecosystems,
      int actors,
      int ties,
      int memberships,
      List<String> ecosystemIds,
      List<String> actorIds,
      List<String> tieIds) {

    public boolean removedAnything() {
      return ecosystems + actors + ties + memberships > 0;
    }
  }

  /** Thrown when the id (or source) names nothing in the database; nothing was removed. */
  public static final class NotFoundException extends RuntimeException {
    private final String what;
    private final String id;

    NotFoundException(String what, String id) {
      super("There is no " + what + " '" + id + "' in the database; nothing was removed.");
      this.what = what;
      this.id = id;
    }

    /** "actor", "tie", "ecosystem", "source". */
    public String what() {
      return what;
    }

    public String id() {
      return id;
    }
  }

  /** Removes the actor with its ties and memberships. */
  public Removal deleteActor(String id, boolean dryRun) {
    return inTransaction(
        dryRun,
        (tx, removal) -> {
          if (ids(tx, "MATCH (a:Actor {id: $id}) RETURN a.id AS id", Map.of("id", id)).isEmpty()) {
            throw new NotFoundException("actor", id);
          }
          removal.removeActors(tx, List.of(id));
        });
  }

  /** Removes the tie with this id (its two actors stay). */
  public Removal deleteTie(String id, boolean dryRun) {
    return inTransaction(
        dryRun,
        (tx, removal) -> {
          // No index on relationship properties (the types are configurable): a scan, fine for an
          // occasional correction.
          Set<String> found =
              ids(
                  tx,
                  "MATCH (:Actor)-[t]->(:Actor) WHERE t.id = $id WITH t, t.id AS id DELETE t RETURN id",
                  Map.of("id", id));
          if (found.isEmpty()) {
            throw new NotFoundException("tie", id);
          }
          removal.ties.add(id);
        });
  }

  /**
   * Removes the ecosystem and its memberships. With {@code withActors}, also every member that
   * belongs to no other ecosystem (with its ties and memberships); members of another ecosystem
   * stay, with that membership.
   */
  public Removal deleteEcosystem(String id, boolean withActors, boolean dryRun) {
    return inTransaction(
        dryRun,
        (tx, removal) -> {
          Map<String, Object> params = Map.of("id", id);
          if (ids(tx, "MATCH (e:Ecosystem {id: $id}) RETURN e.id AS id", params).isEmpty()) {
            throw new NotFoundException("ecosystem", id);
          }
          if (withActors) {
            removal.removeActors(
                tx,
                ids(
                    tx,
                    """
                    MATCH (a:Actor)-[:MEMBER_OF]->(:Ecosystem {id: $id})
                    WHERE COUNT { (a)-[:MEMBER_OF]->(:Ecosystem) } = 1
                    RETURN a.id AS id
                    """,
                    params));
          }
          removal.memberships +=
              tx.run(
                      """
                      MATCH (e:Ecosystem {id: $id})
                      OPTIONAL MATCH ()-[m:MEMBER_OF]->(e)
                      DELETE m
                      WITH e, count(m) AS memberships
                      DETACH DELETE e
                      RETURN memberships
                      """,
                      params)
                  .single()
                  .get("memberships")
                  .asInt();
          removal.ecosystems.add(id);
        });
  }

  /**
   * Removes everything from {@code source}: every tie whose {@code source} is it, and every actor
   * from it. An actor is from the source when its own {@code source} property (an actors.csv
   * column) is the source, or when it has no {@code source} property naming another one and every
   * one of its ties (at least one) is from the source, so that the removal would leave it with no
   * tie at all. Actors go with their memberships and any remaining ties; ecosystems stay, emptied
   * or not. With {@code keepActors}, only the ties go.
   */
  public Removal deleteSource(String source, boolean keepActors, boolean dryRun) {
    return inTransaction(
        dryRun,
        (tx, removal) -> {
          Map<String, Object> params = Map.of("source", source);
          Set<String> actors = new LinkedHashSet<>();
          if (!keepActors) {
            actors.addAll(
                ids(tx, "MATCH (a:Actor) WHERE a.source = $source RETURN a.id AS id", params));
            actors.addAll(
                ids(
                    tx,
                    """
                    MATCH (a:Actor)
                    WHERE coalesce(a.source, $source) = $source
                      AND EXISTS { (a)-[t]-(:Actor) WHERE t.source = $source }
                      AND NOT EXISTS { (a)-[t]-(:Actor) WHERE coalesce(t.source, '') <> $source }
                    RETURN a.id AS id
                    """,
                    params));
          }
          removal.ties.addAll(
              ids(
                  tx,
                  "MATCH (:Actor)-[t]->(:Actor) WHERE t.source = $source WITH t, t.id AS id DELETE t RETURN id",
                  params));
          removal.removeActors(tx, actors);
          if (!removal.removedAnything()) {
            throw new NotFoundException("tie or actor from source", source);
          }
        });
  }

  @FunctionalInterface
  private interface Work {
    void run(Transaction tx, Tally removal);
  }

  private Removal inTransaction(boolean dryRun, Work work) {
    try (var session = driver.session();
        Transaction tx = session.beginTransaction()) {
      if (!Staging.pending(tx).isEmpty()) {
        throw new NetworkWriter.ImportInProgressException();
      }
      Tally tally = new Tally();
      work.run(tx, tally);
      Removal removal = tally.removal(dryRun);
      if (dryRun || !removal.removedAnything()) {
        tx.rollback();
      } else {
        tx.run(NetworkWriter.BUMP_VERSION).consume();
        tx.commit();
        log.info("Removed {}", removal);
      }
      return removal;
    }
  }

  private static Set<String> ids(Transaction tx, String query, Map<String, Object> params) {
    Set<String> ids = new LinkedHashSet<>();
    tx.run(query, params).forEachRemaining(r -> ids.add(r.get("id").asString()));
    return ids;
  }

  /** What one removal has taken so far. */
  private static final class Tally {
    final Set<String> ecosystems = new LinkedHashSet<>();
    final Set<String> actors = new LinkedHashSet<>();
    final Set<String> ties = new LinkedHashSet<>();
    int memberships;

    boolean removedAnything() {
      return !ecosystems.isEmpty() || !actors.isEmpty() || !ties.isEmpty() || memberships > 0;
    }

    /** Removes the actors with their ties and memberships, counting them. */
    void removeActors(Transaction tx, java.util.Collection<String> ids) {
      if (ids.isEmpty()) {
        return;
      }
      Map<String, Object> params = Map.of("ids", List.copyOf(ids));
      ties.addAll(
          NetworkDeleter.ids(
              tx,
              "MATCH (a:Actor)-[t]-(:Actor) WHERE a.id IN $ids RETURN DISTINCT t.id AS id",
              params));
      memberships +=
          tx.run(
                  """
                  MATCH (a:Actor)-[m:MEMBER_OF]->(:Ecosystem) WHERE a.id IN $ids
                  RETURN count(m) AS n
                  """,
                  params)
              .single()
              .get("n")
              .asInt();
      tx.run("MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a", params).consume();
      actors.addAll(ids);
    }

    Removal removal(boolean dryRun) {
      return new Removal(
          dryRun,
          ecosystems.size(),
          actors.size(),
          ties.size(),
          memberships,
          listed(ecosystems),
          listed(actors),
          listed(ties));
    }

    private static List<String> listed(Set<String> ids) {
      List<String> sorted = new ArrayList<>(ids);
      sorted.sort(null);
      return List.copyOf(sorted.subList(0, Math.min(sorted.size(), LISTED)));
    }
  }
}
