package org.brobygge.analysis.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;

/**
 * A seeded random network with gaps planted in known places, to check the gap engine against what
 * was planted rather than against its own output.
 *
 * <p>Six to eight ecosystems of 30 to 60 members (firms, universities, institutes, schools,
 * investors, funds, agencies, cluster organisations, associations; some non-firms in two
 * ecosystems) and 20 to 30 actors outside every ecosystem, most of them abroad. Ties of every kind,
 * mostly strong. Planted:
 *
 * <ul>
 *   <li>{@link #NO_RESEARCH}: its firms have no tie of any kind to an actor with role research;
 *   <li>{@link #WEAK_CAPITAL}: every tie between its non-capital members and an actor with role
 *       capital is weak (weight at or below the kind's threshold, or ended before 2016);
 *   <li>{@link #APART_A} and {@link #APART_B}: no shared member and no tie between their members;
 *   <li>{@link #HEALTHY}: every firm has a strong tie to a research, education, capital, authority
 *       and foreign partner and to a firm of its own ecosystem; every member a strong tie into
 *       another ecosystem, every non-capital member a strong tie to a capital provider.
 * </ul>
 *
 * Weakness follows the shipped definitions at {@link #REFERENCE_YEAR}: weight 1 or less (0.5 or
 * less for capital and trade), or ended more than six years before. No two ties of one kind join
 * the same two actors, so each tie is judged on its own.
 */
final class PlantedGapNetwork {

  static final String HEALTHY = "healthy";
  static final String NO_RESEARCH = "no_research";
  static final String WEAK_CAPITAL = "weak_capital";
  static final String APART_A = "apart_a";
  static final String APART_B = "apart_b";
  static final int REFERENCE_YEAR = 2026;

  private static final List<String> ABROAD = List.of("NO", "FI", "DE", "US");

  private enum Type {
    FIRM(Sector.BUSINESS, Set.of(Role.FIRM), 45),
    UNIVERSITY(Sector.ACADEMIA, Set.of(Role.RESEARCH, Role.EDUCATION), 3),
    INSTITUTE(Sector.ACADEMIA, Set.of(Role.RESEARCH), 5),
    SCHOOL(Sector.ACADEMIA, Set.of(Role.EDUCATION), 6),
    INVESTOR(Sector.BUSINESS, Set.of(Role.CAPITAL), 5),
    FUND(Sector.PUBLIC, Set.of(Role.CAPITAL), 3),
    AGENCY(Sector.PUBLIC, Set.of(Role.AUTHORITY), 8),
    CLUSTER(Sector.CIVIL_SOCIETY, Set.of(Role.INTERMEDIARY), 3),
    ASSOCIATION(Sector.CIVIL_SOCIETY, Set.of(), 10);

    final Sector sector;
    final Set<Role> roles;
    final int weight;

    Type(Sector sector, Set<Role> roles, int weight) {
      this.sector = sector;
      this.roles = roles;
      this.weight = weight;
    }
  }

  private record Draft(String id, Type type, String country, List<String> ecosystems) {
    boolean has(Role role) {
      return type.roles.contains(role);
    }

    boolean in(String ecosystem) {
      return ecosystems.contains(ecosystem);
    }

    boolean abroad() {
      return !country.equals("SE");
    }
  }

  final EcosystemData data;

  private final SplittableRandom rng;
  private final List<String> ecosystemIds = new ArrayList<>();
  private final List<Draft> actors = new ArrayList<>();
  private final Map<String, List<Draft>> members = new HashMap<>();
  private final List<Tie> ties = new ArrayList<>();
  private final Set<String> pairKinds = new HashSet<>();

  private PlantedGapNetwork(long seed) {
    rng = new SplittableRandom(seed);
    ecosystemIds.addAll(List.of(HEALTHY, NO_RESEARCH, WEAK_CAPITAL, APART_A, APART_B));
    int plain = 1 + rng.nextInt(3); // 6 to 8 ecosystems
    for (int i = 1; i <= plain; i++) {
      ecosystemIds.add("plain_" + i);
    }
    ecosystemIds.forEach(e -> members.put(e, new ArrayList<>()));
    makeActors();
    for (String e : ecosystemIds) {
      if (e.equals(HEALTHY)) {
        coverHealthy();
      } else {
        cover(e);
      }
    }
    addRandomTies();
    data = new EcosystemData(ecosystems(), finishedActors(), ties);
  }

  static PlantedGapNetwork generate(long seed) {
    return new PlantedGapNetwork(seed);
  }

  // -------------------------------------------------------------------------- actors

  private void makeActors() {
    for (String e : ecosystemIds) {
      int size = 30 + rng.nextInt(31);
      List<Type> types = new ArrayList<>(List.of(Type.values())); // one of each at least
      for (int i = 0; i < 7; i++) {
        types.add(Type.FIRM);
      }
      while (types.size() < size) {
        types.add(drawType());
      }
      for (Type type : types) {
        String country = rng.nextDouble() < 0.05 ? pick(ABROAD) : "SE";
        Draft actor = new Draft("a" + (actors.size() + 1), type, country, new ArrayList<>());
        join(actor, e);
        actors.add(actor);
      }
    }
    // some non-firms join a second ecosystem
    for (Draft actor : List.copyOf(actors)) {
      if (actor.type != Type.FIRM && actor.type != Type.ASSOCIATION && rng.nextDouble() < 0.25) {
        String second = pick(ecosystemIds);
        if (mayJoin(actor, second)) {
          join(actor, second);
        }
      }
    }
    int outside = 20 + rng.nextInt(11);
    for (int i = 0; i < outside; i++) {
      String country = rng.nextDouble() < 0.7 ? pick(ABROAD) : "SE";
      actors.add(new Draft("a" + (actors.size() + 1), drawType(), country, new ArrayList<>()));
    }
  }

  private boolean mayJoin(Draft actor, String second) {
    if (actor.in(second)) {
      return false;
    }
    Set<String> both = new HashSet<>(actor.ecosystems);
    both.add(second);
    if (both.contains(APART_A) && both.contains(APART_B)) {
      return false;
    }
    // a non-capital member of weak_capital may have no strong capital tie, one of healthy must
    return !(both.contains(HEALTHY) && both.contains(WEAK_CAPITAL) && !actor.has(Role.CAPITAL));
  }

  private void join(Draft actor, String ecosystem) {
    actor.ecosystems.add(ecosystem);
    members.get(ecosystem).add(actor);
  }

  private Type drawType() {
    int total = 0;
    for (Type t : Type.values()) {
      total += t.weight;
    }
    int x = rng.nextInt(total);
    for (Type t : Type.values()) {
      x -= t.weight;
      if (x < 0) {
        return t;
      }
    }
    throw new AssertionError();
  }

  // ---------------------------------------------------------------------------- ties

  /** The planted gaps as a rule on pairs: false where a tie would close one. */
  private boolean allowed(Draft u, Draft v) {
    if (u == v) {
      return false;
    }
    if (isNoResearchFirm(u) && v.has(Role.RESEARCH)
        || isNoResearchFirm(v) && u.has(Role.RESEARCH)) {
      return false;
    }
    return !(u.in(APART_A) && v.in(APART_B) || u.in(APART_B) && v.in(APART_A));
  }

  private static boolean isNoResearchFirm(Draft d) {
    return d.in(NO_RESEARCH) && d.has(Role.FIRM);
  }

  /** A tie between a non-capital member of weak_capital and a capital provider must be weak. */
  private static boolean mustBeWeak(Draft u, Draft v) {
    return u.in(WEAK_CAPITAL) && !u.has(Role.CAPITAL) && v.has(Role.CAPITAL)
        || v.in(WEAK_CAPITAL) && !v.has(Role.CAPITAL) && u.has(Role.CAPITAL);
  }

  /**
   * Ties {@code u} to a partner drawn from {@code pool} that passes {@code accept} and the planted
   * rules; false if none is found. The tie is weak when {@code weak} or when the rules demand it;
   * with {@code strongOnly} a partner that would need a weak tie is passed over.
   */
  private boolean tie(
      Draft u, List<Draft> pool, Predicate<Draft> accept, boolean weak, boolean strongOnly) {
    for (int attempt = 0; attempt < 200 && !pool.isEmpty(); attempt++) {
      Draft v = pool.get(rng.nextInt(pool.size()));
      if (!accept.test(v) || !allowed(u, v)) {
        continue;
      }
      boolean isWeak = weak || mustBeWeak(u, v);
      if (strongOnly && isWeak) {
        continue;
      }
      TieKind kind = kindFor(u, v);
      if (!pairKinds.add(pairKey(u, v, kind))) {
        continue;
      }
      ties.add(make(u, v, kind, isWeak));
      return true;
    }
    return false;
  }

  private static String pairKey(Draft u, Draft v, TieKind kind) {
    return u.id.compareTo(v.id) < 0
        ? u.id + "-" + v.id + "-" + kind.id()
        : v.id + "-" + u.id + "-" + kind.id();
  }

  private TieKind kindFor(Draft u, Draft v) {
    if (rng.nextDouble() < 0.3) {
      return pick(
          List.of(
              TieKind.RESEARCH,
              TieKind.EDUCATION,
              TieKind.CAPITAL,
              TieKind.AUTHORITY,
              TieKind.TRADE,
              TieKind.COLLABORATION));
    }
    Draft partner = rng.nextBoolean() ? u : v;
    if (partner.has(Role.CAPITAL)) {
      return TieKind.CAPITAL;
    }
    if (partner.has(Role.RESEARCH)) {
      return TieKind.RESEARCH;
    }
    if (partner.has(Role.EDUCATION)) {
      return TieKind.EDUCATION;
    }
    if (partner.has(Role.AUTHORITY)) {
      return TieKind.AUTHORITY;
    }
    return u.has(Role.FIRM) && v.has(Role.FIRM) ? TieKind.TRADE : TieKind.COLLABORATION;
  }

  private Tie make(Draft u, Draft v, TieKind kind, boolean weak) {
    boolean money = kind.equals(TieKind.CAPITAL) || kind.equals(TieKind.TRADE);
    double strongWeight = money ? 1 + rng.nextInt(50) : 2 + rng.nextInt(9);
    double weight;
    Integer since;
    Integer until;
    if (!weak) {
      weight = strongWeight;
      since = 2004 + rng.nextInt(21);
      until = rng.nextBoolean() ? null : Math.max(since, 2020 + rng.nextInt(7));
    } else if (rng.nextBoolean()) { // light
      weight = money ? 0.1 * (1 + rng.nextInt(5)) : 1;
      since = 2004 + rng.nextInt(21);
      until = rng.nextBoolean() ? null : Math.max(since, 2020 + rng.nextInt(7));
    } else { // ended long ago
      weight = strongWeight;
      until = 2005 + rng.nextInt(11);
      since = until - rng.nextInt(3);
    }
    boolean uFirst = !kind.equals(TieKind.CAPITAL) || u.has(Role.CAPITAL) || !v.has(Role.CAPITAL);
    Draft from = uFirst ? u : v;
    Draft to = uFirst ? v : u;
    return new Tie("t" + (ties.size() + 1), from.id, to.id, kind, weight, since, until, "planted");
  }

  private List<Draft> withRole(Role role) {
    return actors.stream().filter(a -> a.has(role)).toList();
  }

  private List<Draft> abroad() {
    return actors.stream().filter(Draft::abroad).toList();
  }

  private List<Draft> outsideOf(String ecosystem) {
    return actors.stream().filter(a -> !a.ecosystems.isEmpty() && !a.in(ecosystem)).toList();
  }

  /** The healthy control: every actor gets a strong tie across every gap it is a source of. */
  private void coverHealthy() {
    for (Draft a : members.get(HEALTHY)) {
      if (a.has(Role.FIRM)) {
        require(tie(a, withRole(Role.RESEARCH), v -> true, false, true), a, "research");
        require(tie(a, withRole(Role.EDUCATION), v -> true, false, true), a, "education");
        require(tie(a, withRole(Role.AUTHORITY), v -> true, false, true), a, "authority");
        require(
            tie(a, members.get(HEALTHY), v -> v.has(Role.FIRM), false, true),
            a,
            "firm in ecosystem");
        require(tie(a, abroad(), v -> true, false, true), a, "abroad");
      }
      if (!a.has(Role.CAPITAL)) {
        require(tie(a, withRole(Role.CAPITAL), v -> true, false, true), a, "capital");
      }
      require(tie(a, outsideOf(HEALTHY), v -> true, false, true), a, "other ecosystem");
    }
  }

  private static void require(boolean made, Draft a, String what) {
    if (!made) {
      throw new IllegalStateException("no " + what + " partner for healthy member " + a.id);
    }
  }

  /** Any other ecosystem: most actors get a tie across each gap, most of them strong. */
  private void cover(String e) {
    for (Draft a : members.get(e)) {
      if (a.has(Role.FIRM)) {
        maybeTie(a, withRole(Role.RESEARCH), v -> true);
        maybeTie(a, withRole(Role.EDUCATION), v -> true);
        maybeTie(a, withRole(Role.AUTHORITY), v -> true);
        maybeTie(a, members.get(e), v -> v.has(Role.FIRM));
        maybeTie(a, abroad(), v -> true);
      }
      if (!a.has(Role.CAPITAL)) {
        maybeTie(a, withRole(Role.CAPITAL), v -> true);
      }
      maybeTie(a, outsideOf(e), v -> true);
    }
  }

  private void maybeTie(Draft a, List<Draft> pool, Predicate<Draft> accept) {
    if (rng.nextDouble() < 0.8) {
      tie(a, pool, accept, rng.nextDouble() < 0.1, false);
    }
  }

  /** Background: ties between random actors, mostly inside one ecosystem, 90 % strong. */
  private void addRandomTies() {
    int count = actors.size() * 2;
    for (int i = 0; i < count; i++) {
      Draft u;
      List<Draft> pool;
      if (rng.nextDouble() < 0.6) {
        pool = members.get(pick(ecosystemIds));
        u = pool.get(rng.nextInt(pool.size()));
      } else {
        pool = actors;
        u = pick(actors);
      }
      tie(u, pool, v -> true, rng.nextDouble() < 0.1, false);
    }
  }

  private <T> T pick(List<T> list) {
    return list.get(rng.nextInt(list.size()));
  }

  // -------------------------------------------------------------------------- output

  private List<Ecosystem> ecosystems() {
    return ecosystemIds.stream().map(e -> new Ecosystem(e, e, "SE332")).toList();
  }

  private List<Actor> finishedActors() {
    return actors.stream()
        .map(
            d ->
                new Actor(
                    d.id,
                    d.type.name().toLowerCase() + " " + d.id,
                    d.type.sector,
                    d.type.roles,
                    d.country.equals("SE") ? "SE332" : "",
                    d.country,
                    d.ecosystems,
                    Map.of()))
        .toList();
  }

  /** Ids of the members of {@code ecosystem}, in generation order. */
  Set<String> memberIds(String ecosystem) {
    Set<String> ids = new LinkedHashSet<>();
    members.get(ecosystem).forEach(d -> ids.add(d.id));
    return ids;
  }

  /** Ids of the firms among the members of {@code ecosystem}. */
  Set<String> firmIds(String ecosystem) {
    Set<String> ids = new LinkedHashSet<>();
    members.get(ecosystem).stream().filter(d -> d.has(Role.FIRM)).forEach(d -> ids.add(d.id));
    return ids;
  }

  List<String> ecosystemIds() {
    return List.copyOf(ecosystemIds);
  }
}
