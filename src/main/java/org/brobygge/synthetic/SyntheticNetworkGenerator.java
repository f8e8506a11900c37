package org.brobygge.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;

/**
 * Makes a synthetic innovation network with the seven gaps of the Norrbotten strategy planted in
 * it: the checked-in illustrative sample ({@link #norrbottenLaplandSample(long)}) and large
 * networks of the same structure ({@link #scaled(int, int, long)}) for benchmarks.
 *
 * <p>Every actor and tie is invented. Actors are drawn per ecosystem from a fixed mix of types
 * (firms, universities, institutes, schools, funds, investors, agencies, cluster organisations,
 * science parks, associations); some join several ecosystems of their region, and a share sits
 * outside every ecosystem, elsewhere in Sweden or abroad. Ties are made in two passes. The
 * <em>coverage</em> pass gives each home firm, with an ecosystem-specific probability, one tie to a
 * research, education, capital, authority, firm and foreign partner: this is where a planted
 * missing-edge gap shows as firms without such a partner. The <em>mix</em> pass then adds ties of
 * fixed shares of kinds between preferentially chosen actors (earlier members of a pool, the
 * locomotives and universities, get more) until the target count is reached. In both passes a
 * candidate tie that touches a firm of an ecosystem with a planted gap is kept only with that gap's
 * probability ({@link Channel#kept()}) and made weak with at least the gap's probability ({@link
 * Channel#weak()}); ties between two ecosystems declared {@link Apart} are never made.
 *
 * <p>A weak tie has the lowest weight of its kind (1 shared project, contact or course; 0.1 to 0.5
 * MSEK) or ended in 2016 or earlier; a strong tie has weight 2 or more (1 MSEK or more) and is
 * ongoing or ended in 2022 or later. Weights count shared projects, courses or contacts per year
 * for research, education, authority and collaboration ties and MSEK for capital and trade ties.
 *
 * <p>Cost: O(actors + ties) time and memory; each candidate tie costs O(1) draws (a binary search
 * over the ecosystems aside), and the number of candidates is bounded by a constant times the
 * target, so a network of 100,000 actors and 1,000,000 ties takes a few seconds. The same {@link
 * Spec} and seed give equal data on every JVM: one {@link SplittableRandom} stream, {@link
 * StrictMath} for the few transcendental functions.
 */
public final class SyntheticNetworkGenerator {

  /** The seed of the checked-in sample in {@code data/sample}. */
  public static final long SAMPLE_SEED = 42;

  /** Actor count of the illustrative sample. */
  public static final int SAMPLE_ACTORS = 620;

  /** Tie count of the illustrative sample. */
  public static final int SAMPLE_TIES = 3800;

  /** The home country: a tie to any other country is a tie abroad. */
  public static final String HOME_COUNTRY = "SE";

  /** {@link #scaled} adds one more copy of the thirteen ecosystems per this many actors. */
  public static final int ACTORS_PER_COPY = 5000;

  /** Probability that a home firm gets one tie of each gap kind in the coverage pass. */
  public static final double DEFAULT_COVERAGE = 0.7;

  /** Probability that a partner is drawn from outside every ecosystem. */
  public static final double DEFAULT_OUTSIDE_REACH = 0.12;

  /** Share of actors outside every ecosystem. */
  public static final double DEFAULT_OUTSIDE_SHARE = 0.10;

  /** Share of the actors outside the ecosystems that sit abroad (the rest elsewhere in Sweden). */
  public static final double DEFAULT_FOREIGN_SHARE = 0.7;

  static final double SAME_ECOSYSTEM = 0.7;
  static final double BASE_WEAK = 0.12;
  static final int LAST_WEAK_YEAR = 2016;
  private static final double COVERAGE_BUDGET = 0.5;
  private static final int COVERAGE_TRIES = 8;
  private static final int MAX_EXTRA_MEMBERSHIPS = 4;
  private static final int ATTEMPTS_PER_TIE = 50;

  /**
   * How one gap is planted in an ecosystem's firms: the probability that a candidate tie of the
   * gap's kind is kept, and the least probability that a kept one is weak.
   *
   * @param kept 0 plants a missing-edge gap (no such tie at all), 1 plants none
   * @param weak 0 leaves the default share of weak ties, near 1 plants a weak-edge gap
   */
  public record Channel(double kept, double weak) {
    /** No gap. */
    public static final Channel NORMAL = new Channel(1, 0);

    public Channel {
      if (!(kept >= 0 && kept <= 1) || !(weak >= 0 && weak <= 1)) {
        throw new IllegalArgumentException(
            "kept and weak must be in [0, 1]: " + kept + ", " + weak);
      }
    }
  }

  /**
   * The gaps planted in one ecosystem, one {@link Channel} per gap between its firms and a kind of
   * partner. The inter-ecosystem gap is planted with {@link Apart} instead.
   *
   * @param research ties to actors with role research
   * @param education ties to actors with role education
   * @param capital ties to actors with role capital (for the ecosystem's non-firms too)
   * @param authority ties to public bodies with role authority (not to public funds, which are
   *     capital)
   * @param interFirm ties to other firms
   * @param globalMarket ties to actors in another country than the ecosystem's
   */
  public record GapPlan(
      Channel research,
      Channel education,
      Channel capital,
      Channel authority,
      Channel interFirm,
      Channel globalMarket) {
    /** No planted gap. */
    public static final GapPlan NONE =
        new GapPlan(
            Channel.NORMAL,
            Channel.NORMAL,
            Channel.NORMAL,
            Channel.NORMAL,
            Channel.NORMAL,
            Channel.NORMAL);

    public GapPlan {
      Objects.requireNonNull(research, "research");
      Objects.requireNonNull(education, "education");
      Objects.requireNonNull(capital, "capital");
      Objects.requireNonNull(authority, "authority");
      Objects.requireNonNull(interFirm, "interFirm");
      Objects.requireNonNull(globalMarket, "globalMarket");
    }
  }

  /**
   * One ecosystem to generate.
   *
   * @param id ecosystem id
   * @param name display name
   * @param region NUTS-3 code of its members
   * @param country ISO alpha-2 code of its members
   * @param weight relative number of members
   * @param coverage probability that a member firm gets a tie of each gap kind in the coverage pass
   * @param outsideReach probability that a partner of a member is drawn outside every ecosystem
   * @param gaps the gaps planted in it
   */
  public record EcosystemSpec(
      String id,
      String name,
      String region,
      String country,
      double weight,
      double coverage,
      double outsideReach,
      GapPlan gaps) {
    public EcosystemSpec {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(gaps, "gaps");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight must be > 0: " + weight);
      }
      if (!(coverage >= 0 && coverage <= 1) || !(outsideReach >= 0 && outsideReach <= 1)) {
        throw new IllegalArgumentException("coverage and outsideReach must be in [0, 1]");
      }
    }
  }

  /** Two ecosystems whose members never tie to each other: a planted inter-ecosystem gap. */
  public record Apart(String first, String second) {
    public Apart {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }

  /**
   * What to generate.
   *
   * @param ecosystems the ecosystems, in output order
   * @param apart pairs of ecosystems that never connect
   * @param actors exact number of actors
   * @param ties exact number of ties
   * @param outsideShare share of actors that belong to no ecosystem
   * @param foreignShare share of those that sit abroad rather than elsewhere in Sweden
   */
  public record Spec(
      List<EcosystemSpec> ecosystems,
      List<Apart> apart,
      int actors,
      int ties,
      double outsideShare,
      double foreignShare) {
    public Spec {
      ecosystems = List.copyOf(ecosystems);
      apart = List.copyOf(apart);
      if (ecosystems.isEmpty()) {
        throw new IllegalArgumentException("at least one ecosystem is needed");
      }
      if (!(outsideShare >= 0 && outsideShare < 1) || !(foreignShare >= 0 && foreignShare <= 1)) {
        throw new IllegalArgumentException("outsideShare in [0, 1), foreignShare in [0, 1]");
      }
      if (ties < 0) {
        throw new IllegalArgumentException("ties must be >= 0: " + ties);
      }
      var ids = ecosystems.stream().map(EcosystemSpec::id).toList();
      if (ids.stream().distinct().count() != ids.size()) {
        throw new IllegalArgumentException("duplicate ecosystem id in " + ids);
      }
      for (Apart pair : apart) {
        if (!ids.contains(pair.first()) || !ids.contains(pair.second())) {
          throw new IllegalArgumentException("apart names an unknown ecosystem: " + pair);
        }
      }
      int least = minimumActors(ecosystems, outsideShare);
      if (actors < least) {
        throw new IllegalArgumentException(
            "actors must be at least " + least + " for " + ecosystems.size() + " ecosystems");
      }
    }

    /**
     * Norrbotten's seven ecosystems and Lapland's six Arctic Smartness clusters with the seven gaps
     * planted as in {@code data/sample/README.md}, copied once more per {@link #ACTORS_PER_COPY}
     * actors (copy k &gt; 1 has ids {@code space_k}, {@code lap_testing_k} ...).
     */
    public static Spec norrbottenLapland(int actors, int ties) {
      int copies = Math.max(1, Math.ceilDiv(actors, ACTORS_PER_COPY));
      List<EcosystemSpec> ecosystems = new ArrayList<>();
      List<Apart> apart = new ArrayList<>();
      for (int copy = 1; copy <= copies; copy++) {
        String suffix = copy == 1 ? "" : "_" + copy;
        String nameSuffix = copy == 1 ? "" : " " + copy;
        for (EcosystemSpec template : NORRBOTTEN_LAPLAND) {
          ecosystems.add(
              new EcosystemSpec(
                  template.id() + suffix,
                  template.name() + nameSuffix,
                  template.region(),
                  template.country(),
                  template.weight(),
                  template.coverage(),
                  template.outsideReach(),
                  template.gaps()));
        }
        apart.add(new Apart("arctic_test" + suffix, "lap_testing" + suffix));
      }
      return new Spec(
          ecosystems, apart, actors, ties, DEFAULT_OUTSIDE_SHARE, DEFAULT_FOREIGN_SHARE);
    }
  }

  private static final String NORRBOTTEN = "SE332";
  private static final String LAPLAND = "FI1D7";

  private static final List<EcosystemSpec> NORRBOTTEN_LAPLAND =
      List.of(
          // the healthy control: nearly every firm has every kind of partner
          norrbotten("space", "Space", 1.0, 0.95, DEFAULT_OUTSIDE_REACH, GapPlan.NONE),
          // capital gap, moderate: capital ties exist but nearly all are weak
          norrbotten("mining", "Mining", 1.4, 0.80, DEFAULT_OUTSIDE_REACH, capital(1, 0.9)),
          // inter-firm gap, mild: a firm-firm tie touching a composites firm is kept at 65 % (42 %
          // between
          // two of them), so its firms trade and collaborate with other firms about half as much
          norrbotten(
              "composites",
              "Composite materials",
              0.7,
              0.80,
              DEFAULT_OUTSIDE_REACH,
              interFirm(0.3)),
          // global-market gap, severe: firms' ties never leave Sweden
          norrbotten(
              "bioeconomy", "Bio-economy", 1.1, 0.80, DEFAULT_OUTSIDE_REACH, globalMarket(0)),
          // education gap, moderate: few firms have any education partner
          norrbotten("tourism", "Tourism", 1.2, 0.80, DEFAULT_OUTSIDE_REACH, education(0.25)),
          // no own gap; many ties abroad; never connects with lap_testing (see Apart)
          norrbotten("arctic_test", "Arctic test", 0.9, 0.80, 0.5, GapPlan.NONE),
          // research gap, severe: no firm has any tie to a research organisation
          norrbotten(
              "creative", "Creative industries", 0.8, 0.80, DEFAULT_OUTSIDE_REACH, research(0)),
          lapland(
              "lap_industry_circular", "Arctic industry and circular economy", 1.0, GapPlan.NONE),
          lapland("lap_design", "Arctic design", 0.6, GapPlan.NONE),
          lapland("lap_safety", "Arctic safety", 0.5, GapPlan.NONE),
          lapland("lap_rural_tourism", "Rural Arctic tourism", 0.8, GapPlan.NONE),
          lapland("lap_testing", "Arctic testing environments", 0.6, GapPlan.NONE),
          // public-authority gap, mild: fewer ties to public bodies, and many of those weak
          lapland("lap_energy", "Arctic energy", 0.7, authority(0.6, 0.6)));

  private static EcosystemSpec norrbotten(
      String id, String name, double weight, double coverage, double reach, GapPlan gaps) {
    return new EcosystemSpec(id, name, NORRBOTTEN, HOME_COUNTRY, weight, coverage, reach, gaps);
  }

  private static EcosystemSpec lapland(String id, String name, double weight, GapPlan gaps) {
    return new EcosystemSpec(
        id, name, LAPLAND, "FI", weight, DEFAULT_COVERAGE, DEFAULT_OUTSIDE_REACH, gaps);
  }

  private static GapPlan research(double kept) {
    Channel n = Channel.NORMAL;
    return new GapPlan(new Channel(kept, 0), n, n, n, n, n);
  }

  private static GapPlan education(double kept) {
    Channel n = Channel.NORMAL;
    return new GapPlan(n, new Channel(kept, 0), n, n, n, n);
  }

  private static GapPlan capital(double kept, double weak) {
    Channel n = Channel.NORMAL;
    return new GapPlan(n, n, new Channel(kept, weak), n, n, n);
  }

  private static GapPlan authority(double kept, double weak) {
    Channel n = Channel.NORMAL;
    return new GapPlan(n, n, n, new Channel(kept, weak), n, n);
  }

  private static GapPlan interFirm(double kept) {
    Channel n = Channel.NORMAL;
    return new GapPlan(n, n, n, n, new Channel(kept, 0), n);
  }

  private static GapPlan globalMarket(double kept) {
    Channel n = Channel.NORMAL;
    return new GapPlan(n, n, n, n, n, new Channel(kept, 0));
  }

  private final Spec spec;
  private final long seed;

  /** A generator for {@code spec}; {@link #generate()} gives the same data for the same seed. */
  public SyntheticNetworkGenerator(Spec spec, long seed) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.seed = seed;
  }

  /**
   * The illustrative Norrbotten-Lapland sample: {@value #SAMPLE_ACTORS} fictional actors in
   * thirteen ecosystems, {@value #SAMPLE_TIES} ties, the seven gaps planted. With seed {@value
   * #SAMPLE_SEED} it is the network in {@code data/sample}.
   */
  public static EcosystemData norrbottenLaplandSample(long seed) {
    return new SyntheticNetworkGenerator(Spec.norrbottenLapland(SAMPLE_ACTORS, SAMPLE_TIES), seed)
        .generate();
  }

  /**
   * A network of exactly {@code actors} actors and {@code ties} ties with the structure of the
   * sample, the thirteen ecosystems copied once per {@value #ACTORS_PER_COPY} actors.
   *
   * @throws IllegalArgumentException if {@code actors} is too small to hold one of each fixed actor
   *     (about 60 for one copy) or {@code ties} is negative
   */
  public static EcosystemData scaled(int actors, int ties, long seed) {
    return new SyntheticNetworkGenerator(Spec.norrbottenLapland(actors, ties), seed).generate();
  }

  /** Generates the network; each call starts the random stream afresh from the seed. */
  public EcosystemData generate() {
    return new Run(spec, new SplittableRandom(seed)).generate();
  }

  /** One cluster organisation and one locomotive per ecosystem, one university per 7 per region. */
  private static int fixedActors(List<EcosystemSpec> ecosystems) {
    Map<String, Integer> perRegion = new LinkedHashMap<>();
    ecosystems.forEach(e -> perRegion.merge(e.region(), 1, Integer::sum));
    int universities = perRegion.values().stream().mapToInt(n -> Math.ceilDiv(n, 7)).sum();
    return 2 * ecosystems.size() + universities;
  }

  private static int outsideActors(int actors, double outsideShare) {
    return (int) Math.round(actors * outsideShare);
  }

  private static int minimumActors(List<EcosystemSpec> ecosystems, double outsideShare) {
    int home = fixedActors(ecosystems) + 2 * ecosystems.size();
    return (int) Math.ceil(home / (1 - outsideShare)) + 1;
  }

  /** The partner pools a tie is drawn from: actors with one role, or any actor. */
  private enum Pool {
    FIRM(Role.FIRM),
    RESEARCH(Role.RESEARCH),
    EDUCATION(Role.EDUCATION),
    CAPITAL(Role.CAPITAL),
    AUTHORITY(Role.AUTHORITY),
    INTERMEDIARY(Role.INTERMEDIARY),
    ANY(null);

    final Role role;

    Pool(Role role) {
      this.role = role;
    }

    boolean admits(int roleMask) {
      return role == null || (roleMask & role.bit()) != 0;
    }
  }

  /** Which endpoint of a directed kind is {@link Tie#from()}. */
  private enum Orientation {
    PARTNER_FIRST,
    EITHER
  }

  /** One line of the tie mix: a kind between a focus actor and a partner, and its share. */
  private record Recipe(
      TieKind kind, Pool focus, Pool partner, Orientation orientation, double share) {}

  private static final List<Recipe> MIX =
      List.of(
          new Recipe(TieKind.TRADE, Pool.FIRM, Pool.FIRM, Orientation.EITHER, 0.22),
          new Recipe(TieKind.COLLABORATION, Pool.FIRM, Pool.FIRM, Orientation.EITHER, 0.08),
          new Recipe(TieKind.RESEARCH, Pool.FIRM, Pool.RESEARCH, Orientation.EITHER, 0.14),
          new Recipe(TieKind.EDUCATION, Pool.FIRM, Pool.EDUCATION, Orientation.EITHER, 0.08),
          new Recipe(TieKind.CAPITAL, Pool.FIRM, Pool.CAPITAL, Orientation.PARTNER_FIRST, 0.10),
          new Recipe(
              TieKind.CAPITAL, Pool.EDUCATION, Pool.CAPITAL, Orientation.PARTNER_FIRST, 0.02),
          new Recipe(TieKind.CAPITAL, Pool.ANY, Pool.CAPITAL, Orientation.PARTNER_FIRST, 0.02),
          new Recipe(TieKind.AUTHORITY, Pool.FIRM, Pool.AUTHORITY, Orientation.EITHER, 0.08),
          new Recipe(TieKind.AUTHORITY, Pool.ANY, Pool.AUTHORITY, Orientation.EITHER, 0.03),
          new Recipe(TieKind.RESEARCH, Pool.RESEARCH, Pool.RESEARCH, Orientation.EITHER, 0.06),
          new Recipe(TieKind.EDUCATION, Pool.EDUCATION, Pool.RESEARCH, Orientation.EITHER, 0.02),
          new Recipe(TieKind.COLLABORATION, Pool.INTERMEDIARY, Pool.ANY, Orientation.EITHER, 0.10),
          new Recipe(TieKind.COLLABORATION, Pool.ANY, Pool.ANY, Orientation.EITHER, 0.05));

  /** The coverage pass: one tie per gap kind, in this order, for each home firm. */
  private static final List<Recipe> COVERAGE =
      List.of(
          new Recipe(TieKind.RESEARCH, Pool.FIRM, Pool.RESEARCH, Orientation.EITHER, 0),
          new Recipe(TieKind.EDUCATION, Pool.FIRM, Pool.EDUCATION, Orientation.EITHER, 0),
          new Recipe(TieKind.CAPITAL, Pool.FIRM, Pool.CAPITAL, Orientation.PARTNER_FIRST, 0),
          new Recipe(TieKind.AUTHORITY, Pool.FIRM, Pool.AUTHORITY, Orientation.EITHER, 0),
          new Recipe(TieKind.TRADE, Pool.FIRM, Pool.FIRM, Orientation.EITHER, 0),
          new Recipe(TieKind.TRADE, Pool.FIRM, Pool.FIRM, Orientation.EITHER, 0)); // abroad

  private static final int GLOBAL_COVERAGE = 5;

  private record Place(String country, String region, double weight) {}

  private static final List<Place> ABROAD =
      List.of(
          new Place("NO", "NO074", 0.18),
          new Place("FI", "FI1B1", 0.10),
          new Place("FI", "FI1D9", 0.07),
          new Place("DE", "DE111", 0.12),
          new Place("DE", "DE212", 0.08),
          new Place("US", "US-MI", 0.07),
          new Place("US", "US-CA", 0.05),
          new Place("JP", "JP-23", 0.06),
          new Place("JP", "JP-13", 0.04),
          new Place("FR", "FRJ23", 0.08));

  private static final List<Place> ELSEWHERE_IN_SWEDEN =
      List.of(
          new Place("SE", "SE110", 0.4),
          new Place("SE", "SE232", 0.3),
          new Place("SE", "SE331", 0.2),
          new Place("SE", "SE121", 0.1));

  private static final Map<ActorType, Double> OUTSIDE_MIX = outsideMix();

  private static Map<ActorType, Double> outsideMix() {
    Map<ActorType, Double> mix = new EnumMap<>(ActorType.class);
    mix.put(ActorType.FIRM, 0.55);
    mix.put(ActorType.LOCOMOTIVE, 0.12);
    mix.put(ActorType.UNIVERSITY, 0.08);
    mix.put(ActorType.RESEARCH_INSTITUTE, 0.10);
    mix.put(ActorType.INVESTOR, 0.07);
    mix.put(ActorType.AGENCY, 0.05);
    mix.put(ActorType.ASSOCIATION, 0.03);
    return mix;
  }

  private static final String SURVEY = "survey-2025";
  private static final Integer[] YEARS = new Integer[40];

  static {
    for (int i = 0; i < YEARS.length; i++) {
      YEARS[i] = 2000 + i;
    }
  }

  private static Integer year(int year) {
    return YEARS[year - 2000];
  }

  /** The state of one generation: int-indexed actors, pools, and the growing tie list. */
  private static final class Run {
    private final Spec spec;
    private final SplittableRandom rng;
    private final FictionalNames names;

    private final int ecosystemCount;
    private final String[] ecosystemCountry;
    private final GapPlan[] plans;
    private final int[][] apartOf;
    private final double[] ecosystemWeightSum;
    private final Map<String, int[]> ecosystemsByRegion = new LinkedHashMap<>();

    private int actorCount;
    private final ActorType[] type;
    private final int[] roles;
    private final String[] region;
    private final String[] country;
    private final int[][] memberOf;
    private final String[] actorId;
    private final String[] actorName;
    private final Integer[] size;
    private final boolean[] hasWebsite;

    private int[][][] pools; // [ecosystem][pool]
    private int[][] cumulative; // [pool][ecosystem]: members of that pool up to that ecosystem
    private int[][] homePools; // [pool]
    private int[][] abroadPools; // [pool]
    private int[][] elsewherePools; // [pool]

    private final List<Tie> ties;
    private final int tieIdWidth;

    // the verdict of the last judge(a, b)
    private double kept;
    private double weakFloor;

    Run(Spec spec, SplittableRandom rng) {
      this.spec = spec;
      this.rng = rng;
      this.names = new FictionalNames(rng.split());
      List<EcosystemSpec> ecosystems = spec.ecosystems();
      ecosystemCount = ecosystems.size();
      ecosystemCountry = new String[ecosystemCount];
      plans = new GapPlan[ecosystemCount];
      ecosystemWeightSum = new double[ecosystemCount];
      Map<String, Integer> index = new LinkedHashMap<>();
      Map<String, List<Integer>> byRegion = new LinkedHashMap<>();
      double sum = 0;
      for (int e = 0; e < ecosystemCount; e++) {
        EcosystemSpec es = ecosystems.get(e);
        index.put(es.id(), e);
        ecosystemCountry[e] = es.country();
        plans[e] = es.gaps();
        sum += es.weight();
        ecosystemWeightSum[e] = sum;
        byRegion.computeIfAbsent(es.region(), r -> new ArrayList<>()).add(e);
      }
      byRegion.forEach(
          (r, list) ->
              ecosystemsByRegion.put(r, list.stream().mapToInt(Integer::intValue).toArray()));
      List<List<Integer>> apart = new ArrayList<>();
      for (int e = 0; e < ecosystemCount; e++) {
        apart.add(new ArrayList<>());
      }
      for (Apart pair : spec.apart()) {
        int a = index.get(pair.first());
        int b = index.get(pair.second());
        apart.get(a).add(b);
        apart.get(b).add(a);
      }
      apartOf = new int[ecosystemCount][];
      for (int e = 0; e < ecosystemCount; e++) {
        apartOf[e] = apart.get(e).stream().mapToInt(Integer::intValue).toArray();
      }

      int n = spec.actors();
      type = new ActorType[n];
      roles = new int[n];
      region = new String[n];
      country = new String[n];
      memberOf = new int[n][];
      actorId = new String[n];
      actorName = new String[n];
      size = new Integer[n];
      hasWebsite = new boolean[n];
      ties = new ArrayList<>(spec.ties());
      tieIdWidth = Math.max(6, Integer.toString(spec.ties()).length());
    }

    EcosystemData generate() {
      makeActors();
      buildPools();
      coveragePass();
      mixPass();
      // the years of memberships and planted changes, from a stream of their own
      return SampleHistory.apply(new EcosystemData(ecosystems(), actors(), ties), rng.split());
    }

    // ---------------------------------------------------------------- actors

    private void makeActors() {
      for (Map.Entry<String, int[]> entry : ecosystemsByRegion.entrySet()) {
        int[] inRegion = entry.getValue();
        int universities = Math.ceilDiv(inRegion.length, 7);
        for (int u = 0; u < universities; u++) {
          addHomeActor(ActorType.UNIVERSITY, inRegion[(u * 7) % inRegion.length]);
        }
      }
      for (int e = 0; e < ecosystemCount; e++) {
        addHomeActor(ActorType.CLUSTER_ORGANISATION, e);
        addHomeActor(ActorType.LOCOMOTIVE, e);
      }
      int outside = outsideActors(spec.actors(), spec.outsideShare());
      int drawn = spec.actors() - outside - actorCount;
      ActorType[] homeTypes =
          Arrays.stream(ActorType.values()).filter(t -> t.share > 0).toArray(ActorType[]::new);
      double[] homeShares = cumulativeShares(homeTypes, t -> t.share);
      double totalWeight = ecosystemWeightSum[ecosystemCount - 1];
      for (int i = 0; i < drawn; i++) {
        ActorType t = homeTypes[pickCumulative(homeShares)];
        int e = upperIndex(ecosystemWeightSum, rng.nextDouble() * totalWeight);
        addHomeActor(t, e);
      }
      ActorType[] outsideTypes = OUTSIDE_MIX.keySet().toArray(ActorType[]::new);
      double[] outsideShares = cumulativeShares(outsideTypes, OUTSIDE_MIX::get);
      double[] abroadShares = cumulativeShares(ABROAD.toArray(Place[]::new), Place::weight);
      double[] elsewhereShares =
          cumulativeShares(ELSEWHERE_IN_SWEDEN.toArray(Place[]::new), Place::weight);
      for (int i = 0; i < outside; i++) {
        ActorType t = outsideTypes[pickCumulative(outsideShares)];
        Place place =
            rng.nextDouble() < spec.foreignShare()
                ? ABROAD.get(pickCumulative(abroadShares))
                : ELSEWHERE_IN_SWEDEN.get(pickCumulative(elsewhereShares));
        addActor(t, place.region(), place.country(), new int[0], null, null);
      }
      assert actorCount == spec.actors();
    }

    private void addHomeActor(ActorType t, int primary) {
      EcosystemSpec es = spec.ecosystems().get(primary);
      int[] inRegion = ecosystemsByRegion.get(es.region());
      int[] members = {primary};
      for (int extra = 0;
          extra < MAX_EXTRA_MEMBERSHIPS
              && members.length < inRegion.length
              && rng.nextDouble() < t.extraMembership;
          extra++) {
        int candidate = inRegion[rng.nextInt(inRegion.length)];
        if (!contains(members, candidate)) {
          members = Arrays.copyOf(members, members.length + 1);
          members[members.length - 1] = candidate;
        }
      }
      addActor(t, es.region(), es.country(), members, es.id(), es.name());
    }

    private void addActor(
        ActorType t,
        String actorRegion,
        String actorCountry,
        int[] members,
        String ecosystemId,
        String ecosystemName) {
      int a = actorCount++;
      type[a] = t;
      roles[a] = t.roleMask();
      region[a] = actorRegion;
      country[a] = actorCountry;
      memberOf[a] = members;
      actorId[a] = "a" + zeroPadded(a + 1, Math.max(4, Integer.toString(spec.actors()).length()));
      actorName[a] = names.name(t, actorRegion, actorCountry, ecosystemId, ecosystemName);
      boolean prominent =
          t == ActorType.LOCOMOTIVE
              || t == ActorType.UNIVERSITY
              || t == ActorType.CLUSTER_ORGANISATION;
      if (prominent || rng.nextDouble() < 0.85) {
        size[a] = logUniformInt(t.minSize, t.maxSize);
      }
      hasWebsite[a] = prominent || rng.nextDouble() < (t == ActorType.ASSOCIATION ? 0.3 : 0.65);
    }

    private List<Ecosystem> ecosystems() {
      return spec.ecosystems().stream()
          .map(e -> new Ecosystem(e.id(), e.name(), e.region()))
          .toList();
    }

    private List<Actor> actors() {
      List<Actor> actors = new ArrayList<>(actorCount);
      for (int a = 0; a < actorCount; a++) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (size[a] != null) {
          attributes.put("size", size[a]);
          if (type[a].isFirm()) {
            attributes.put("sme", size[a] < 250);
          }
        }
        if (hasWebsite[a]) {
          attributes.put("website", FictionalNames.website(actorName[a]));
        }
        List<String> ecosystemIds = new ArrayList<>(memberOf[a].length);
        for (int e : memberOf[a]) {
          ecosystemIds.add(spec.ecosystems().get(e).id());
        }
        actors.add(
            new Actor(
                actorId[a],
                actorName[a],
                type[a].sector,
                type[a].roles,
                region[a],
                country[a],
                ecosystemIds,
                attributes));
      }
      return actors;
    }

    // ----------------------------------------------------------------- pools

    private void buildPools() {
      int poolCount = Pool.values().length;
      IntList[][] members = new IntList[ecosystemCount][poolCount];
      IntList[] home = new IntList[poolCount];
      IntList[] abroad = new IntList[poolCount];
      IntList[] elsewhere = new IntList[poolCount];
      for (int p = 0; p < poolCount; p++) {
        home[p] = new IntList();
        abroad[p] = new IntList();
        elsewhere[p] = new IntList();
        for (int e = 0; e < ecosystemCount; e++) {
          members[e][p] = new IntList();
        }
      }
      // actors were made in order of prominence, so earlier pool members are the hubs
      for (int a = 0; a < actorCount; a++) {
        for (Pool pool : Pool.values()) {
          if (!pool.admits(roles[a])) {
            continue;
          }
          int p = pool.ordinal();
          if (memberOf[a].length == 0) {
            (HOME_COUNTRY.equals(country[a]) ? elsewhere : abroad)[p].add(a);
          } else {
            home[p].add(a);
            for (int e : memberOf[a]) {
              members[e][p].add(a);
            }
          }
        }
      }
      pools = new int[ecosystemCount][poolCount][];
      cumulative = new int[poolCount][ecosystemCount];
      homePools = new int[poolCount][];
      abroadPools = new int[poolCount][];
      elsewherePools = new int[poolCount][];
      for (int p = 0; p < poolCount; p++) {
        int running = 0;
        for (int e = 0; e < ecosystemCount; e++) {
          pools[e][p] = members[e][p].toArray();
          running += pools[e][p].length;
          cumulative[p][e] = running;
        }
        homePools[p] = home[p].toArray();
        abroadPools[p] = abroad[p].toArray();
        elsewherePools[p] = elsewhere[p].toArray();
      }
    }

    /**
     * A member of {@code pool}, member i of n with probability sqrt((i+1)/n) - sqrt(i/n): the front
     * of the pool (locomotives, universities, cluster organisations) gets the most ties.
     */
    private int preferential(int[] pool) {
      double u = rng.nextDouble();
      return pool[(int) (pool.length * u * u)];
    }

    /** An ecosystem drawn in proportion to its members in {@code pool}, or -1 if none has any. */
    private int ecosystemByMembers(Pool pool) {
      int[] cum = cumulative[pool.ordinal()];
      int total = cum[ecosystemCount - 1];
      if (total == 0) {
        return -1;
      }
      int r = rng.nextInt(total);
      int lo = 0;
      int hi = ecosystemCount - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cum[mid] > r) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    /**
     * A partner from {@code pool} for an actor of ecosystem {@code e}: outside every ecosystem with
     * the ecosystem's reach, else mostly in {@code e}, else in an ecosystem drawn by size.
     */
    private int partner(int e, Pool pool, double outsideReach) {
      int p = pool.ordinal();
      double u = rng.nextDouble();
      int[] candidates;
      if (u < outsideReach) {
        candidates =
            rng.nextDouble() < spec.foreignShare() || elsewherePools[p].length == 0
                ? abroadPools[p]
                : elsewherePools[p];
      } else if (u < outsideReach + (1 - outsideReach) * SAME_ECOSYSTEM) {
        candidates = pools[e][p];
      } else {
        int other = ecosystemByMembers(pool);
        candidates = other < 0 ? homePools[p] : pools[other][p];
      }
      if (candidates.length == 0) {
        candidates = homePools[p];
      }
      return candidates.length == 0 ? -1 : preferential(candidates);
    }

    // ------------------------------------------------------------------ ties

    private void coveragePass() {
      double expected = 0;
      for (int a = 0; a < actorCount; a++) {
        if (type[a].isFirm() && memberOf[a].length > 0) {
          expected += Arrays.stream(coverageProbabilities(memberOf[a][0])).sum();
        }
      }
      double scale = expected == 0 ? 0 : Math.min(1, COVERAGE_BUDGET * spec.ties() / expected);
      for (int a = 0; a < actorCount && ties.size() < spec.ties(); a++) {
        if (!type[a].isFirm() || memberOf[a].length == 0) {
          continue;
        }
        int e = memberOf[a][0];
        double[] probabilities = coverageProbabilities(e);
        for (int c = 0; c < COVERAGE.size() && ties.size() < spec.ties(); c++) {
          if (rng.nextDouble() >= probabilities[c] * scale) {
            continue;
          }
          Recipe recipe = COVERAGE.get(c);
          for (int attempt = 0; attempt < COVERAGE_TRIES; attempt++) {
            int b =
                c == GLOBAL_COVERAGE
                    ? foreignPartner(recipe.partner())
                    : partner(e, recipe.partner(), spec.ecosystems().get(e).outsideReach());
            if (b >= 0 && b != a && judge(a, b)) {
              addTie(recipe, a, b);
              break;
            }
          }
        }
      }
    }

    private double[] coverageProbabilities(int e) {
      EcosystemSpec es = spec.ecosystems().get(e);
      GapPlan g = es.gaps();
      double c = es.coverage();
      double abroad = Math.min(1, 2.5 * es.outsideReach());
      return new double[] {
        c * g.research().kept(),
        c * g.education().kept(),
        c * g.capital().kept(),
        c * g.authority().kept(),
        c * g.interFirm().kept(),
        abroad * g.globalMarket().kept()
      };
    }

    private int foreignPartner(Pool pool) {
      int[] candidates = abroadPools[pool.ordinal()];
      return candidates.length == 0 ? -1 : preferential(candidates);
    }

    private void mixPass() {
      double[] shares = cumulativeShares(MIX.toArray(Recipe[]::new), Recipe::share);
      long budget = (long) ATTEMPTS_PER_TIE * spec.ties() + 10_000;
      while (ties.size() < spec.ties()) {
        if (--budget < 0) {
          throw new IllegalStateException(
              "the spec admits too few ties: made "
                  + ties.size()
                  + " of "
                  + spec.ties()
                  + "; relax the planted gaps or add actors");
        }
        Recipe recipe = MIX.get(pickCumulative(shares));
        int e = ecosystemByMembers(recipe.focus());
        if (e < 0) {
          continue;
        }
        int a = preferential(pools[e][recipe.focus().ordinal()]);
        int b = partner(e, recipe.partner(), spec.ecosystems().get(e).outsideReach());
        if (b >= 0 && b != a && judge(a, b)) {
          addTie(recipe, a, b);
        }
      }
    }

    /**
     * Whether a candidate tie between {@code a} and {@code b} is kept under the planted gaps of
     * both actors' ecosystems; sets {@link #weakFloor} for it.
     */
    private boolean judge(int a, int b) {
      kept = 1;
      weakFloor = BASE_WEAK;
      perspective(a, b);
      perspective(b, a);
      return kept >= 1 || (kept > 0 && rng.nextDouble() < kept);
    }

    private void perspective(int x, int y) {
      boolean firm = type[x].isFirm();
      boolean xCapital = (roles[x] & Role.CAPITAL.bit()) != 0;
      int yRoles = roles[y];
      for (int e : memberOf[x]) {
        for (int other : apartOf[e]) {
          if (contains(memberOf[y], other)) {
            kept = 0;
          }
        }
        GapPlan g = plans[e];
        if (firm) {
          if ((yRoles & Role.RESEARCH.bit()) != 0) {
            apply(g.research());
          }
          if ((yRoles & Role.EDUCATION.bit()) != 0) {
            apply(g.education());
          }
          if ((yRoles & Role.CAPITAL.bit()) != 0) {
            apply(g.capital());
          }
          if ((yRoles & Role.AUTHORITY.bit()) != 0) {
            apply(g.authority());
          }
          if ((yRoles & Role.FIRM.bit()) != 0) {
            apply(g.interFirm());
          }
          if (!country[y].equals(ecosystemCountry[e])) {
            apply(g.globalMarket());
          }
        } else if (!xCapital && (yRoles & Role.CAPITAL.bit()) != 0) {
          apply(g.capital());
        }
      }
    }

    private void apply(Channel channel) {
      kept *= channel.kept();
      weakFloor = Math.max(weakFloor, channel.weak());
    }

    private void addTie(Recipe recipe, int focus, int partner) {
      boolean focusFirst =
          switch (recipe.orientation()) {
            case PARTNER_FIRST -> false;
            case EITHER -> rng.nextBoolean();
          };
      int from = focusFirst ? focus : partner;
      int to = focusFirst ? partner : focus;
      TieKind kind = recipe.kind();
      boolean weak = rng.nextDouble() < weakFloor;
      boolean old = weak && rng.nextBoolean();
      double weight = weak && !old ? thinWeight(kind) : strongWeight(kind);
      int since;
      Integer until;
      if (old) {
        since = 2004 + rng.nextInt(11);
        until = year(since + rng.nextInt(LAST_WEAK_YEAR - since + 1));
      } else if (weak) {
        since = 2015 + rng.nextInt(10);
        until = null;
      } else {
        since = 2010 + rng.nextInt(15);
        int firstEnd = Math.max(since, 2022);
        until = rng.nextDouble() < 0.75 ? null : year(firstEnd + rng.nextInt(2025 - firstEnd + 1));
      }
      String id = "t" + zeroPadded(ties.size() + 1, tieIdWidth);
      ties.add(
          new Tie(
              id,
              actorId[from],
              actorId[to],
              kind,
              weight,
              year(since),
              until,
              source(kind, since, from, to)));
    }

    private static boolean money(TieKind kind) {
      return kind.equals(TieKind.CAPITAL) || kind.equals(TieKind.TRADE);
    }

    /** Weight of a weak tie: one project, course or contact; 0.1 to 0.5 MSEK. */
    private double thinWeight(TieKind kind) {
      return money(kind) ? (1 + rng.nextInt(5)) / 10.0 : 1;
    }

    /** Weight of a strong tie: 2 to 10 projects, courses or contacts; 1 to 50 or 200 MSEK. */
    private double strongWeight(TieKind kind) {
      if (!money(kind)) {
        return 2 + rng.nextInt(9);
      }
      double max = kind.equals(TieKind.CAPITAL) ? 50 : 200;
      double msek = StrictMath.exp(rng.nextDouble() * StrictMath.log(max));
      return Math.max(10, Math.round(msek * 10)) / 10.0;
    }

    private String source(TieKind kind, int since, int from, int to) {
      if (kind.equals(TieKind.RESEARCH) && rng.nextBoolean()) {
        return since < 2014
            ? "cordis-fp7"
            : since < 2021 ? "cordis-h2020" : "cordis-horizon-europe";
      }
      if (kind.equals(TieKind.CAPITAL)) {
        return "funding-register-2025";
      }
      if (kind.equals(TieKind.COLLABORATION)) {
        boolean acrossBorder =
            (country[from].equals("SE") && country[to].equals("FI"))
                || (country[from].equals("FI") && country[to].equals("SE"));
        if (acrossBorder) {
          return "interreg-aurora";
        }
        return rng.nextBoolean() ? "cluster-register-2025" : SURVEY;
      }
      return SURVEY;
    }

    // --------------------------------------------------------------- drawing

    private int logUniformInt(int min, int max) {
      if (min <= 0) {
        return min + rng.nextInt(max - min + 1);
      }
      double v = min * StrictMath.exp(rng.nextDouble() * StrictMath.log((double) max / min));
      return (int) Math.min(max, Math.round(v));
    }

    private int pickCumulative(double[] cumulativeShares) {
      return upperIndex(
          cumulativeShares, rng.nextDouble() * cumulativeShares[cumulativeShares.length - 1]);
    }
  }

  /** The first index whose cumulative value exceeds {@code r}. */
  private static int upperIndex(double[] cumulative, double r) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static <T> double[] cumulativeShares(T[] items, ToDoubleFunction<T> share) {
    double[] cumulative = new double[items.length];
    double sum = 0;
    for (int i = 0; i < items.length; i++) {
      sum += share.applyAsDouble(items[i]);
      cumulative[i] = sum;
    }
    return cumulative;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static String zeroPadded(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
