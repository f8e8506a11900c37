package org.brobygge.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Component;

/** Reads behind the actor endpoints: filtered, paged lists and one actor with its ties. */
@Component
public class NetworkQueries {

  private static final Set<String> CORE_PROPERTIES =
      Set.of("id", "name", "sector", "roles", "region", "country", Staging.PROPERTY);

  /**
   * The actors {@code filter} keeps, as {@code a} (with {@code pending}). Only the filters given
   * are written into the query, so the planner starts from the most selective one: the ids of a
   * name search by the unique index on {@code Actor.id}, an ecosystem from its members, instead of
   * testing every actor ({@code $ids IS NULL OR ...} cannot use an index). At most 16 query texts,
   * each planned once.
   */
  private static String actorFilter(ActorFilter filter) {
    StringBuilder query =
        new StringBuilder("CALL () { ").append(Staging.PENDING_QUERY).append(" } WITH pending\n");
    if (filter.ecosystem() == null) {
      query.append("MATCH (a:Actor)\n");
    } else {
      query.append(
          "MATCH (:Ecosystem {id: $ecosystem})<-[:MEMBER_OF]-(member:Actor)\n"
              + "WITH DISTINCT member AS a, pending\n");
    }
    query.append("WHERE a.sector IN $sectors AND coalesce(NOT a.importId IN pending, true)\n");
    if (filter.sector() != null) {
      query.append("  AND a.sector = $sector\n");
    }
    if (filter.role() != null) {
      query.append("  AND $role IN a.roles\n");
    }
    if (filter.ids() != null) {
      query.append("  AND a.id IN $ids\n");
    }
    return query.toString();
  }

  private final Driver driver;
  private final TieKinds tieKinds;

  NetworkQueries(Driver driver, TieKinds tieKinds) {
    this.driver = driver;
    this.tieKinds = tieKinds;
  }

  /**
   * Filters for {@link #actors}; a null field does not filter. {@code ids} is the result of a name
   * search (graph.NameSearch, which folds diacritics and case: Cypher has no function for that).
   */
  public record ActorFilter(
      Sector sector, Role role, String ecosystem, java.util.Collection<String> ids) {}

  /** One page of a longer list. */
  public record Page<T>(List<T> items, long total, int page, int size) {}

  /** An actor with everything the detail view shows. */
  public record ActorDetail(
      Actor actor, List<Ecosystem> ecosystems, List<Tie> ties, Map<String, String> actorNames) {}

  public long actorCount() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx ->
              tx.run(
                      "CALL () { %s } MATCH (a:Actor) WHERE coalesce(NOT a.importId IN pending, true)"
                              .formatted(Staging.PENDING_QUERY)
                          + " RETURN count(a) AS n")
                  .single()
                  .get("n")
                  .asLong());
    }
  }

  /** Actors matching {@code filter}, ordered by name then id. */
  public Page<Actor> actors(ActorFilter filter, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    params.put("sectors", Sector.ids());
    params.put("sector", filter.sector() == null ? null : filter.sector().id());
    params.put("role", filter.role() == null ? null : filter.role().id());
    params.put("ecosystem", filter.ecosystem());
    params.put("ids", filter.ids() == null ? null : List.copyOf(filter.ids()));
    params.put("skip", (long) page * size);
    params.put("limit", size);
    String matching = actorFilter(filter);
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> {
            long total =
                tx.run(matching + "RETURN count(a) AS n", params).single().get("n").asLong();
            List<Actor> actors =
                tx.run(
                        matching
                            + """
                            CALL (a) {
                              OPTIONAL MATCH (a)-[:MEMBER_OF]->(e:Ecosystem)
                              WITH e ORDER BY e.id
                              RETURN collect(e.id) AS ecosystems
                            }
                            RETURN a, ecosystems
                            ORDER BY a.name, a.id SKIP $skip LIMIT $limit
                            """,
                        params)
                    .list(r -> actor(r.get("a").asNode(), r.get("ecosystems")));
            return new Page<>(actors, total, page, size);
          });
    }
  }

  public Optional<ActorDetail> actor(String id) {
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> {
            List<Long> pending = Staging.pending(tx);
            var found =
                tx.run(
                        """
                        MATCH (a:Actor {id: $id}) WHERE %s
                        OPTIONAL MATCH (a)-[:MEMBER_OF]->(e:Ecosystem) WHERE %s
                        WITH a, e ORDER BY e.id
                        RETURN a, collect(e) AS ecosystems
                        """
                            .formatted(
                                Staging.visible(pending, "a"), Staging.visible(pending, "e")),
                        Map.of("id", id, "pending", pending))
                    .list();
            if (found.isEmpty()) {
              return Optional.empty();
            }
            var row = found.getFirst();
            List<Ecosystem> ecosystems =
                row.get("ecosystems")
                    .asList(
                        v -> {
                          Node e = v.asNode();
                          return new Ecosystem(
                              e.get("id").asString(),
                              e.get("name").asString(""),
                              e.get("region").asString(""));
                        });
            Actor actor =
                actor(
                    row.get("a").asNode(),
                    org.neo4j.driver.Values.value(ecosystems.stream().map(Ecosystem::id).toList()));
            Map<String, String> names = new TreeMap<>();
            List<Tie> ties = new ArrayList<>();
            tx.run(
                    """
                    MATCH (a:Actor {id: $id})-[t]-(b:Actor) WHERE %s
                    RETURN startNode(t) = a AS outgoing, type(t) AS type, t, b.id AS other,
                           b.name AS otherName
                    ORDER BY type, other
                    """
                        .formatted(Staging.visible(pending, "t", "b")),
                    Map.of("id", id, "pending", pending))
                .forEachRemaining(
                    r -> {
                      String other = r.get("other").asString();
                      names.put(other, r.get("otherName").asString(other));
                      tie(
                              id,
                              other,
                              r.get("outgoing").asBoolean(),
                              r.get("type").asString(),
                              r.get("t"))
                          .ifPresent(ties::add);
                    });
            return Optional.of(new ActorDetail(actor, ecosystems, ties, names));
          });
    }
  }

  private Optional<Tie> tie(String self, String other, boolean outgoing, String type, Value t) {
    Optional<TieKind> found = tieKinds.forRelationshipType(type);
    if (found.isEmpty()) {
      return Optional.empty(); // a relationship written by hand that is no tie kind
    }
    TieKind kind = found.get();
    var r = t.asRelationship();
    double weight = r.get("weight").isNull() ? 1.0 : r.get("weight").asDouble();
    Integer since = r.get("since").isNull() ? null : r.get("since").asInt();
    Integer until = r.get("until").isNull() ? null : r.get("until").asInt();
    return Optional.of(
        new Tie(
            r.get("id").asString(r.elementId()),
            outgoing ? self : other,
            outgoing ? other : self,
            kind,
            weight,
            since,
            until,
            r.get("source").asString("")));
  }

  private static Actor actor(Node node, Value ecosystems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (!node.get("roles").isNull()) {
      node.get("roles").asList(Value::asString).forEach(r -> Role.fromId(r).ifPresent(roles::add));
    }
    Map<String, Object> attributes = new TreeMap<>();
    for (String key : node.keys()) {
      if (!CORE_PROPERTIES.contains(key)) {
        attributes.put(key, node.get(key).asObject());
      }
    }
    return new Actor(
        node.get("id").asString(),
        node.get("name").asString(""),
        Sector.fromId(node.get("sector").asString(""))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "actor "
                            + node.get("id")
                            + " has sector "
                            + node.get("sector")
                            + " in Neo4j, which is none of "
                            + Sector.ids())),
        roles,
        node.get("region").asString(""),
        node.get("country").asString(""),
        ecosystems.asList(Value::asString),
        attributes);
  }
}
