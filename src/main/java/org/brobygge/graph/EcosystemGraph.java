package org.brobygge.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;

/**
 * The in-memory snapshot every analysis runs on: actors, ecosystems, memberships and ties as
 * int-indexed primitive arrays, read once per database state.
 *
 * <p>Actors are numbered {@code 0..actorCount()-1}, ecosystems {@code 0..ecosystemCount()-1}, ties
 * {@code 0..tieCount()-1}. Memberships and adjacency are stored in compressed sparse row form, so a
 * network of 100,000 actors and 1,000,000 ties takes some 50 MB beyond the id strings and is walked
 * without boxing. JGraphT algorithms get it through {@code org.brobygge.graph.NetworkView}, the
 * simple graph of the whole network, one ecosystem or an ego network.
 *
 * <p>Instances are immutable and safe to share between threads. Build one with {@link #builder()}.
 */
public final class EcosystemGraph {

  /** Marks a missing {@code since} or {@code until} year in the int arrays. */
  public static final int NO_YEAR = Integer.MIN_VALUE;

  private static final Sector[] SECTORS = Sector.values(); // values() copies the array per call

  private final String[] ecosystemIds;
  private final String[] ecosystemNames;
  private final String[] ecosystemRegions;
  private final Map<String, Integer> ecosystemIndex;

  private final String[] actorIds;
  private final String[] actorNames;
  private final byte[] actorSector;
  private final int[] actorRoles;
  private final String[] actorRegion;
  private final String[] actorCountry;
  private final java.util.BitSet actorSme;
  private final Map<String, Integer> actorIndex;

  private final int[] membershipStart; // per actor, into memberships; length actorCount + 1
  private final int[] memberships; // ecosystem indices
  private final int[] memberStart; // per ecosystem, into members; length ecosystemCount + 1
  private final int[] members; // actor indices
  // the membership rows as added, with their years (NO_YEAR: unknown start, no end)
  private final int[] membershipRowActor;
  private final int[] membershipRowEcosystem;
  private final int[] membershipRowSince;
  private final int[] membershipRowUntil;

  private final TieKind[] kinds;
  private final int[] tieFrom;
  private final int[] tieTo;
  private final byte[] tieKind;
  private final double[] tieWeight;
  private final int[] tieSince;
  private final int[] tieUntil;

  private final int[] incidentStart; // per actor, into incident; length actorCount + 1
  private final int[] incident; // tie indices, both directions; a self-tie once
  private final int[] incidentOther; // the other end of each entry of incident, in its order
  private final byte[] incidentKind; // the kind index of each entry of incident, in its order
  private final int[] degree; // tie ends per actor; a self-tie twice
  private final Optional<YearRange> years;

  private EcosystemGraph(Builder b) {
    EcosystemGraph base = b.base;
    if (base != null) {
      // a year of this network: the same ecosystems and actors, shared (they are immutable)
      ecosystemIds = base.ecosystemIds;
      ecosystemNames = base.ecosystemNames;
      ecosystemRegions = base.ecosystemRegions;
      ecosystemIndex = base.ecosystemIndex;
      actorIds = base.actorIds;
      actorNames = base.actorNames;
      actorSector = base.actorSector;
      actorRoles = base.actorRoles;
      actorRegion = base.actorRegion;
      actorCountry = base.actorCountry;
      actorSme = base.actorSme;
      actorIndex = base.actorIndex;
    } else {
      ecosystemIds = b.ecosystemIds.toArray(String[]::new);
      ecosystemNames = b.ecosystemNames.toArray(String[]::new);
      ecosystemRegions = b.ecosystemRegions.toArray(String[]::new);
      ecosystemIndex = Map.copyOf(b.ecosystemIndex);
      int actors = b.actorIds.size();
      actorIds = b.actorIds.toArray(String[]::new);
      actorNames = b.actorNames.toArray(String[]::new);
      actorSector = Arrays.copyOf(b.actorSector, actors);
      actorRoles = Arrays.copyOf(b.actorRoles, actors);
      actorRegion = b.actorRegion.toArray(String[]::new);
      actorCountry = b.actorCountry.toArray(String[]::new);
      actorSme = (java.util.BitSet) b.actorSme.clone();
      actorIndex = Map.copyOf(b.actorIndex);
    }
    int n = actorIds.length;

    int e = ecosystemIds.length;
    int m = b.membershipCount;
    membershipRowActor = Arrays.copyOf(b.membershipActor, m);
    membershipRowEcosystem = Arrays.copyOf(b.membershipEcosystem, m);
    membershipRowSince = Arrays.copyOf(b.membershipSince, m);
    membershipRowUntil = Arrays.copyOf(b.membershipUntil, m);
    membershipStart = new int[n + 1];
    memberStart = new int[e + 1];
    for (int i = 0; i < m; i++) {
      membershipStart[b.membershipActor[i] + 1]++;
      memberStart[b.membershipEcosystem[i] + 1]++;
    }
    prefixSum(membershipStart);
    prefixSum(memberStart);
    memberships = new int[m];
    members = new int[m];
    int[] nextMembership = Arrays.copyOf(membershipStart, n);
    int[] nextMember = Arrays.copyOf(memberStart, e);
    for (int i = 0; i < m; i++) {
      int actor = b.membershipActor[i];
      int eco = b.membershipEcosystem[i];
      memberships[nextMembership[actor]++] = eco;
      members[nextMember[eco]++] = actor;
    }
    // rows come in the order they were added (the database's order); the getters promise ascending
    sortRows(membershipStart, memberships);
    sortRows(memberStart, members);

    // asOf takes the kinds as they are; a copy may have added one
    kinds = base != null && b.kinds.isEmpty() ? base.kinds : b.kinds.toArray(TieKind[]::new);
    int t = b.tieCount;
    tieFrom = Arrays.copyOf(b.tieFrom, t);
    tieTo = Arrays.copyOf(b.tieTo, t);
    tieKind = Arrays.copyOf(b.tieKind, t);
    tieWeight = Arrays.copyOf(b.tieWeight, t);
    tieSince = Arrays.copyOf(b.tieSince, t);
    tieUntil = Arrays.copyOf(b.tieUntil, t);

    incidentStart = new int[n + 1];
    degree = new int[n];
    for (int i = 0; i < t; i++) {
      incidentStart[tieFrom[i] + 1]++;
      if (tieTo[i] != tieFrom[i]) {
        incidentStart[tieTo[i] + 1]++;
      }
      degree[tieFrom[i]]++;
      degree[tieTo[i]]++;
    }
    prefixSum(incidentStart);
    years = YearRange.spanning(tieSince, tieUntil, membershipRowSince, membershipRowUntil);
    incident = new int[incidentStart[n]];
    incidentOther = new int[incident.length];
    incidentKind = new byte[incident.length];
    int[] next = Arrays.copyOf(incidentStart, n);
    for (int i = 0; i < t; i++) {
      int at = next[tieFrom[i]]++;
      incident[at] = i;
      incidentOther[at] = tieTo[i];
      incidentKind[at] = tieKind[i];
      if (tieTo[i] != tieFrom[i]) {
        at = next[tieTo[i]]++;
        incident[at] = i;
        incidentOther[at] = tieFrom[i];
        incidentKind[at] = tieKind[i];
      }
    }
  }

  private static void sortRows(int[] start, int[] values) {
    for (int row = 0; row + 1 < start.length; row++) {
      Arrays.sort(values, start[row], start[row + 1]);
    }
  }

  private static void prefixSum(int[] counts) {
    for (int i = 1; i < counts.length; i++) {
      counts[i] += counts[i - 1];
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that already holds this snapshot's ecosystems, actors, memberships and ties, in the
   * same order and so with the same indices: add ties to it and build a changed copy, as a what-if
   * does, while this snapshot stays as it is.
   */
  public Builder toBuilder() {
    return toBuilder(tie -> true);
  }

  /**
   * As {@link #toBuilder()}, but with only the ties {@code keepTie} accepts (by tie index): a
   * hold-out evaluation hides ties this way. Actors, ecosystems and tie kinds keep their indices;
   * the kept ties are renumbered in order.
   */
  public Builder toBuilder(IntPredicate keepTie) {
    Objects.requireNonNull(keepTie, "keepTie");
    // ecosystems and actors shared, not copied (a copy takes ties only); memberships and ties as
    // rows, the kinds so that a tie of a new kind can be added
    Builder b = new Builder();
    b.base = this;
    b.memberships = false; // one row per pair here already
    int m = membershipRowActor.length;
    b.membershipCount = m;
    b.membershipActor = Arrays.copyOf(membershipRowActor, Math.max(16, m));
    b.membershipEcosystem = Arrays.copyOf(membershipRowEcosystem, Math.max(16, m));
    b.membershipSince = Arrays.copyOf(membershipRowSince, Math.max(16, m));
    b.membershipUntil = Arrays.copyOf(membershipRowUntil, Math.max(16, m));
    for (TieKind kind : kinds) {
      b.indexOfKind(kind);
    }
    int t = tieCount();
    int capacity = Math.max(16, t + 16);
    b.tieFrom = new int[capacity];
    b.tieTo = new int[capacity];
    b.tieKind = new byte[capacity];
    b.tieWeight = new double[capacity];
    b.tieSince = new int[capacity];
    b.tieUntil = new int[capacity];
    int kept = 0;
    for (int i = 0; i < t; i++) {
      if (keepTie.test(i)) {
        b.tieFrom[kept] = tieFrom[i];
        b.tieTo[kept] = tieTo[i];
        b.tieKind[kept] = tieKind[i];
        b.tieWeight[kept] = tieWeight[i];
        b.tieSince[kept] = tieSince[i];
        b.tieUntil[kept] = tieUntil[i];
        kept++;
      }
    }
    b.tieCount = kept;
    return b;
  }

  /**
   * The network as it stood in {@code year}: the ties begun by then, the memberships valid then,
   * every actor and ecosystem at the same index as here.
   *
   * <ul>
   *   <li>A tie is in when its {@code since} is at or before {@code year}, or unknown (a tie of
   *       unknown start is taken to have always been there). A tie that ends after {@code year} was
   *       ongoing then: its {@code until} is dropped. A tie that had already ended stays, with its
   *       end year, so the gap rules judge it as they judge any ended tie (weak once it ended more
   *       than the weakness window before the year being judged).
   *   <li>A membership is in when {@code since <= year <= until}, a missing year being open; as for
   *       ties, an end after {@code year} is dropped.
   * </ul>
   *
   * <p>Tie kinds keep their indices, ties are renumbered in order. Cost: O(actors + memberships +
   * ties); pure, so the snapshot of a year can be derived again and again from the one read.
   */
  public EcosystemGraph asOf(int year) {
    Builder b = new Builder();
    b.base = this; // ecosystems, actors and tie kinds as here, without copying them
    b.memberships = false; // one membership row per pair here already: no de-duplication needed
    for (int i = 0; i < membershipRowActor.length; i++) {
      int since = membershipRowSince[i];
      int until = membershipRowUntil[i];
      if (startedBy(since, year) && (until == NO_YEAR || until >= year)) {
        b.membershipRow(
            membershipRowActor[i],
            membershipRowEcosystem[i],
            since,
            until > year ? NO_YEAR : until);
      }
    }
    for (int t = 0; t < tieCount(); t++) {
      if (startedBy(tieSince[t], year)) {
        int until = tieUntil[t];
        b.tieRow(
            tieFrom[t],
            tieTo[t],
            tieKind[t],
            tieWeight[t],
            tieSince[t],
            until > year ? NO_YEAR : until);
      }
    }
    return b.build();
  }

  private static boolean startedBy(int since, int year) {
    return since == NO_YEAR || since <= year;
  }

  /**
   * The first and last year any tie or membership names (start or end); empty when none names a
   * year.
   */
  public Optional<YearRange> years() {
    return years;
  }

  /**
   * The snapshot of plain data, as it would be read back after importing it: for tests, benchmarks
   * and notebooks that have no database.
   *
   * @throws IllegalArgumentException for a membership or tie that names an unknown id
   */
  public static EcosystemGraph of(EcosystemData data) {
    Builder builder = builder();
    data.ecosystems().forEach(e -> builder.ecosystem(e.id(), e.name(), e.region()));
    for (Actor a : data.actors()) {
      builder.actor(a.id(), a.name(), a.sector(), a.roles(), a.region(), a.country());
      if (Boolean.TRUE.equals(a.attributes().get("sme"))) {
        builder.sme(a.id());
      }
    }
    for (var m : data.allMemberships()) {
      builder.membership(m.actor(), m.ecosystem(), m.since(), m.until());
    }
    for (Tie t : data.ties()) {
      builder.tie(t.from(), t.to(), t.kind(), t.weight(), t.since(), t.until());
    }
    return builder.build();
  }

  // ---- ecosystems

  public int ecosystemCount() {
    return ecosystemIds.length;
  }

  public String ecosystemId(int ecosystem) {
    return ecosystemIds[ecosystem];
  }

  public String ecosystemName(int ecosystem) {
    return ecosystemNames[ecosystem];
  }

  public String ecosystemRegion(int ecosystem) {
    return ecosystemRegions[ecosystem];
  }

  public OptionalInt ecosystemIndex(String id) {
    Integer i = ecosystemIndex.get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** The actors that are members of {@code ecosystem}, as actor indices in ascending order. */
  public int[] members(int ecosystem) {
    return Arrays.copyOfRange(members, memberStart[ecosystem], memberStart[ecosystem + 1]);
  }

  public int memberCount(int ecosystem) {
    return memberStart[ecosystem + 1] - memberStart[ecosystem];
  }

  // ---- actors

  public int actorCount() {
    return actorIds.length;
  }

  public String actorId(int actor) {
    return actorIds[actor];
  }

  public String actorName(int actor) {
    return actorNames[actor];
  }

  public Sector sector(int actor) {
    return SECTORS[actorSector[actor]];
  }

  /** Whether the actor is a small or medium-sized enterprise: its {@code sme} attribute is true. */
  public boolean isSme(int actor) {
    return actorSme.get(actor);
  }

  /** The actor's roles as a bit mask of {@link Role#bit()}. */
  public int roleMask(int actor) {
    return actorRoles[actor];
  }

  public boolean hasRole(int actor, Role role) {
    return (actorRoles[actor] & role.bit()) != 0;
  }

  public Set<Role> roles(int actor) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (hasRole(actor, role)) {
        roles.add(role);
      }
    }
    return roles;
  }

  public String region(int actor) {
    return actorRegion[actor];
  }

  public String country(int actor) {
    return actorCountry[actor];
  }

  public OptionalInt actorIndex(String id) {
    Integer i = actorIndex.get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Number of memberships (actor-ecosystem pairs). */
  public int membershipCount() {
    return membershipRowActor.length;
  }

  /**
   * First year of {@code actor}'s membership of {@code ecosystem}, or {@link #NO_YEAR} when unknown
   * or when it is no member.
   */
  public int membershipSince(int actor, int ecosystem) {
    int i = membershipRow(actor, ecosystem);
    return i < 0 ? NO_YEAR : membershipRowSince[i];
  }

  /** Last year of the membership, or {@link #NO_YEAR} when ongoing, unknown or no member. */
  public int membershipUntil(int actor, int ecosystem) {
    int i = membershipRow(actor, ecosystem);
    return i < 0 ? NO_YEAR : membershipRowUntil[i];
  }

  private int membershipRow(int actor, int ecosystem) {
    // an actor has a handful of memberships: a scan of the rows is fine for these getters
    for (int i = 0; i < membershipRowActor.length; i++) {
      if (membershipRowActor[i] == actor && membershipRowEcosystem[i] == ecosystem) {
        return i;
      }
    }
    return -1;
  }

  /** The ecosystems {@code actor} is a member of, as ecosystem indices in ascending order. */
  public int[] memberships(int actor) {
    return Arrays.copyOfRange(memberships, membershipStart[actor], membershipStart[actor + 1]);
  }

  /** How many ecosystems {@code actor} is a member of, without copying them. */
  public int membershipCount(int actor) {
    return membershipStart[actor + 1] - membershipStart[actor];
  }

  // ---- ties

  public int tieCount() {
    return tieFrom.length;
  }

  /** The tie kinds present, indexed by {@link #tieKindIndex(int)}. */
  public List<TieKind> tieKinds() {
    return List.of(kinds);
  }

  public int tieFrom(int tie) {
    return tieFrom[tie];
  }

  public int tieTo(int tie) {
    return tieTo[tie];
  }

  /** The end of {@code tie} that is not {@code actor} ({@code actor} itself for a self-tie). */
  public int otherEnd(int tie, int actor) {
    return tieFrom[tie] == actor ? tieTo[tie] : tieFrom[tie];
  }

  public TieKind tieKind(int tie) {
    return kinds[tieKind[tie]];
  }

  public int tieKindIndex(int tie) {
    return tieKind[tie];
  }

  public double tieWeight(int tie) {
    return tieWeight[tie];
  }

  /** First year of the tie, or {@link #NO_YEAR}. */
  public int tieSince(int tie) {
    return tieSince[tie];
  }

  /** Last year of the tie, or {@link #NO_YEAR} when ongoing or unknown. */
  public int tieUntil(int tie) {
    return tieUntil[tie];
  }

  /**
   * The ties that touch {@code actor}, in either direction, as tie indices. A self-tie is listed
   * once.
   */
  public int[] incidentTies(int actor) {
    return Arrays.copyOfRange(incident, incidentStart[actor], incidentStart[actor + 1]);
  }

  /** The length of {@link #incidentTies}{@code (actor)}, without copying it. */
  public int incidentTieCount(int actor) {
    return incidentStart[actor + 1] - incidentStart[actor];
  }

  /**
   * {@link #incidentTies}{@code (actor)[j]} without copying the list, for loops that visit every
   * tie of many actors (the gap sides judge every source actor's ties, for every gap).
   */
  public int incidentTie(int actor, int j) {
    return incident[incidentStart[actor] + j];
  }

  /**
   * {@code otherEnd(incidentTie(actor, j), actor)}, stored beside the list so that a loop over many
   * actors' ties reads it in order instead of looking each tie up (the gap sides read it for every
   * tie of every source actor, for every gap).
   */
  public int incidentOtherEnd(int actor, int j) {
    return incidentOther[incidentStart[actor] + j];
  }

  /** {@code tieKindIndex(incidentTie(actor, j))}, stored beside the list as the other end is. */
  public int incidentKindIndex(int actor, int j) {
    return incidentKind[incidentStart[actor] + j];
  }

  /**
   * Number of tie ends at {@code actor}, parallel ties counted one by one. A self-tie has both its
   * ends there and counts twice, as JGraphT's degreeOf counts a loop; without self-ties this is
   * {@code incidentTies(actor).length}.
   */
  public int degree(int actor) {
    return degree[actor];
  }

  @Override
  public String toString() {
    return "EcosystemGraph[ecosystems="
        + ecosystemCount()
        + ", actors="
        + actorCount()
        + ", ties="
        + tieCount()
        + "]";
  }

  /**
   * Collects a snapshot row by row. Add ecosystems and actors before the memberships and ties that
   * name them; an unknown id is an {@link IllegalArgumentException}.
   */
  public static final class Builder {
    private final List<String> ecosystemIds = new ArrayList<>();
    private final List<String> ecosystemNames = new ArrayList<>();
    private final List<String> ecosystemRegions = new ArrayList<>();
    private final Map<String, Integer> ecosystemIndex = new HashMap<>();

    private final List<String> actorIds = new ArrayList<>();
    private final List<String> actorNames = new ArrayList<>();
    private byte[] actorSector = new byte[16];
    private int[] actorRoles = new int[16];
    private final List<String> actorRegion = new ArrayList<>();
    private final List<String> actorCountry = new ArrayList<>();
    private final java.util.BitSet actorSme = new java.util.BitSet();
    private final Map<String, Integer> actorIndex = new HashMap<>();

    private final Map<Long, Integer> membershipKeys = new HashMap<>();
    private int membershipCount;
    private int[] membershipActor = new int[16];
    private int[] membershipEcosystem = new int[16];
    private int[] membershipSince = new int[16];
    private int[] membershipUntil = new int[16];

    private final List<TieKind> kinds = new ArrayList<>();
    private final Map<String, Integer> kindIndex = new HashMap<>();
    private int tieCount;
    private int[] tieFrom = new int[16];
    private int[] tieTo = new int[16];
    private byte[] tieKind = new byte[16];
    private double[] tieWeight = new double[16];
    private int[] tieSince = new int[16];
    private int[] tieUntil = new int[16];

    // set by asOf and toBuilder: its ecosystems and actors are taken as they are (and by asOf its
    // kinds); such a builder takes ties and memberships only
    private EcosystemGraph base;
    private boolean memberships = true; // whether membership rows are de-duplicated

    private Builder() {}

    public Builder ecosystem(String id, String name, String region) {
      Objects.requireNonNull(id, "id");
      requireOwnRows("ecosystem", id);
      if (ecosystemIndex.putIfAbsent(id, ecosystemIds.size()) != null) {
        throw new IllegalArgumentException("duplicate ecosystem id: " + id);
      }
      ecosystemIds.add(id);
      ecosystemNames.add(name == null ? id : name);
      ecosystemRegions.add(region == null ? "" : region);
      return this;
    }

    public Builder actor(
        String id, String name, Sector sector, Set<Role> roles, String region, String country) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(sector, "sector");
      int mask = 0;
      for (Role role : roles) {
        mask |= role.bit();
      }
      return actorRow(id, name, (byte) sector.ordinal(), mask, region, country);
    }

    /** Marks an actor added before as a small or medium-sized enterprise (its sme is true). */
    public Builder sme(String actorId) {
      if (base != null) {
        throw new IllegalArgumentException(
            "a copy of a snapshot takes ties and memberships only, not whether "
                + actorId
                + " is an SME");
      }
      actorSme.set(require(actors(), actorId, "actor"));
      return this;
    }

    private Builder actorRow(
        String id, String name, byte sector, int roleMask, String region, String country) {
      requireOwnRows("actor", id);
      int index = actorIds.size();
      if (actorIndex.putIfAbsent(id, index) != null) {
        throw new IllegalArgumentException("duplicate actor id: " + id);
      }
      if (index == actorSector.length) {
        actorSector = Arrays.copyOf(actorSector, index * 2);
        actorRoles = Arrays.copyOf(actorRoles, index * 2);
      }
      actorIds.add(id);
      actorNames.add(name == null ? id : name);
      actorSector[index] = sector;
      actorRoles[index] = roleMask;
      actorRegion.add(region == null ? "" : region);
      actorCountry.add(country == null ? "" : country);
      return this;
    }

    /** Makes {@code actorId} a member of {@code ecosystemId}; a repeated pair counts once. */
    public Builder membership(String actorId, String ecosystemId) {
      return membership(actorId, ecosystemId, null, null);
    }

    /**
     * Makes {@code actorId} a member of {@code ecosystemId} from {@code since} to {@code until}
     * (either may be null: unknown start, no end). A repeated pair counts once, over the span of
     * its periods: from the earliest start to the latest end (open if either is open).
     *
     * @throws IllegalArgumentException for an unknown id, or {@code until} before {@code since}
     */
    public Builder membership(String actorId, String ecosystemId, Integer since, Integer until) {
      if (since != null && until != null && until < since) {
        throw new IllegalArgumentException(
            "membership of " + actorId + " in " + ecosystemId + " ends before it begins");
      }
      if (!memberships) {
        // a copy's rows are one per pair: index them for the de-duplication from now on
        for (int i = 0; i < membershipCount; i++) {
          membershipKeys.put(((long) membershipActor[i] << 32) | membershipEcosystem[i], i);
        }
        memberships = true;
      }
      return membershipRow(
          require(actors(), actorId, "actor"),
          require(ecosystems(), ecosystemId, "ecosystem"),
          since == null ? NO_YEAR : since,
          until == null ? NO_YEAR : until);
    }

    private Builder membershipRow(int actor, int eco, int since, int until) {
      Integer row =
          memberships
              ? membershipKeys.putIfAbsent(((long) actor << 32) | eco, membershipCount)
              : null;
      if (row != null) {
        membershipSince[row] =
            membershipSince[row] == NO_YEAR || since == NO_YEAR
                ? NO_YEAR
                : Math.min(membershipSince[row], since);
        membershipUntil[row] =
            membershipUntil[row] == NO_YEAR || until == NO_YEAR
                ? NO_YEAR
                : Math.max(membershipUntil[row], until);
        return this;
      }
      if (membershipCount == membershipActor.length) {
        int size = membershipCount * 2;
        membershipActor = Arrays.copyOf(membershipActor, size);
        membershipEcosystem = Arrays.copyOf(membershipEcosystem, size);
        membershipSince = Arrays.copyOf(membershipSince, size);
        membershipUntil = Arrays.copyOf(membershipUntil, size);
      }
      membershipActor[membershipCount] = actor;
      membershipEcosystem[membershipCount] = eco;
      membershipSince[membershipCount] = since;
      membershipUntil[membershipCount] = until;
      membershipCount++;
      return this;
    }

    /**
     * Adds a tie. {@code since} and {@code until} may be null.
     *
     * @throws IllegalArgumentException for an unknown actor or a weight that is not > 0
     */
    public Builder tie(
        String fromId, String toId, TieKind kind, double weight, Integer since, Integer until) {
      return tie(
          require(actors(), fromId, "actor"),
          require(actors(), toId, "actor"),
          kind,
          weight,
          since,
          until);
    }

    /**
     * A tie between the actors of indices {@code from} and {@code to} (0-based, in the order they
     * were added): {@link #tie(String, String, TieKind, double, Integer, Integer)} for a reader
     * that knows the indices already and need not look up two ids per tie.
     */
    public Builder tie(
        int from, int to, TieKind kind, double weight, Integer since, Integer until) {
      int actors = actors().size();
      if (from < 0 || from >= actors || to < 0 || to >= actors) {
        throw new IllegalArgumentException(
            "no actor of index " + (from < 0 || from >= actors ? from : to) + " of " + actors);
      }
      Objects.requireNonNull(kind, "kind");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("tie weight must be a finite number > 0: " + weight);
      }
      return tieRow(
          from,
          to,
          indexOfKind(kind),
          weight,
          since == null ? NO_YEAR : since,
          until == null ? NO_YEAR : until);
    }

    private byte indexOfKind(TieKind kind) {
      Integer k = kindIndex.get(kind.id());
      if (k == null) {
        if (kinds.size() == Byte.MAX_VALUE) {
          throw new IllegalArgumentException("more than " + Byte.MAX_VALUE + " tie kinds");
        }
        k = kinds.size();
        kinds.add(kind);
        kindIndex.put(kind.id(), k);
      }
      return (byte) (int) k;
    }

    private Builder tieRow(int from, int to, byte kind, double weight, int since, int until) {
      if (tieCount == tieFrom.length) {
        int size = tieCount * 2;
        tieFrom = Arrays.copyOf(tieFrom, size);
        tieTo = Arrays.copyOf(tieTo, size);
        tieKind = Arrays.copyOf(tieKind, size);
        tieWeight = Arrays.copyOf(tieWeight, size);
        tieSince = Arrays.copyOf(tieSince, size);
        tieUntil = Arrays.copyOf(tieUntil, size);
      }
      tieFrom[tieCount] = from;
      tieTo[tieCount] = to;
      tieKind[tieCount] = kind;
      tieWeight[tieCount] = weight;
      tieSince[tieCount] = since;
      tieUntil[tieCount] = until;
      tieCount++;
      return this;
    }

    private Map<String, Integer> actors() {
      return base != null ? base.actorIndex : actorIndex;
    }

    private Map<String, Integer> ecosystems() {
      return base != null ? base.ecosystemIndex : ecosystemIndex;
    }

    /** A copy takes ties and memberships only: its actors and ecosystems are the snapshot's. */
    private void requireOwnRows(String what, String id) {
      if (base != null) {
        boolean known =
            what.equals("actor")
                ? base.actorIndex.containsKey(id)
                : base.ecosystemIndex.containsKey(id);
        throw new IllegalArgumentException(
            (known ? "duplicate " + what + " id: " + id + "; " : "")
                + "a copy of a snapshot takes ties and memberships only, not the "
                + what
                + " "
                + id);
      }
    }

    private static int require(Map<String, Integer> index, String id, String what) {
      Integer i = index.get(id);
      if (i == null) {
        throw new IllegalArgumentException("unknown " + what + " id: " + id);
      }
      return i;
    }

    public EcosystemGraph build() {
      return new EcosystemGraph(this);
    }
  }
}
