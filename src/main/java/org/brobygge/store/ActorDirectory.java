package org.brobygge.store;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.brobygge.model.Actor;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Every committed actor as the import wrote it (properties and memberships), for imports that
 * change existing actors rather than bring whole rows: the member-list import matches names to them
 * and writes them back with one more membership. Properties Brobygge writes itself (scores, the
 * staging tag) are left out, as an import would not give them.
 */
@Component
public class ActorDirectory {

  private static final Set<String> OWN =
      Set.of("id", "name", "sector", "roles", "region", "country");

  private final Driver driver;

  ActorDirectory(Driver driver) {
    this.driver = driver;
  }

  /** All visible actors, in id order. */
  public List<Actor> actors() {
    try (var session = driver.session()) {
      return session.executeRead(
          tx -> {
            List<Long> pending = Staging.pending(tx);
            List<Actor> actors = new ArrayList<>();
            tx.run(
                    """
                    MATCH (a:Actor) WHERE %s
                    OPTIONAL MATCH (a)-[:MEMBER_OF]->(e:Ecosystem)
                    WITH a, e ORDER BY e.id
                    WITH a.id AS id, properties(a) AS p, collect(e.id) AS ecosystems
                    RETURN p, ecosystems ORDER BY id
                    """
                        .formatted(Staging.visible(pending, "a")),
                    Map.of("pending", pending))
                .forEachRemaining(r -> actors.add(actor(r.get("p"), r.get("ecosystems"))));
            return actors;
          });
    }
  }

  private static Actor actor(Value p, Value ecosystems) {
    Map<String, Object> properties = p.asMap();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object role : (List<?>) properties.getOrDefault("roles", List.of())) {
      Role.fromId(String.valueOf(role)).ifPresent(roles::add);
    }
    Map<String, Object> attributes = new TreeMap<>();
    properties.forEach(
        (key, value) -> {
          String lower = key.toLowerCase(java.util.Locale.ROOT);
          if (!OWN.contains(key)
              && !lower.startsWith("score_")
              && !lower.equals("scoresversion")
              && !lower.equals("importid")) {
            attributes.put(
                key, value instanceof Long l && l == l.intValue() ? l.intValue() : value);
          }
        });
    return new Actor(
        String.valueOf(properties.get("id")),
        String.valueOf(properties.getOrDefault("name", "")),
        Sector.fromId(String.valueOf(properties.get("sector"))).orElse(Sector.CIVIL_SOCIETY),
        roles,
        String.valueOf(properties.getOrDefault("region", "")),
        String.valueOf(properties.getOrDefault("country", "")),
        ecosystems.asList(Value::asString),
        attributes);
  }
}
