package org.brobygge.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;

/**
 * Counts in a generated network that show the planted gaps, read the way the gap definitions read
 * them (by the partner's role, sector or country, any tie kind). The tests check the planted gaps
 * with it; {@link #main} prints the numbers quoted in {@code data/sample/README.md}.
 */
final class SampleCensus {

  /** The six gaps measured between an ecosystem's firms and a kind of partner. */
  enum FirmGap {
    RESEARCH((firm, p) -> p.hasRole(Role.RESEARCH)),
    EDUCATION((firm, p) -> p.hasRole(Role.EDUCATION)),
    CAPITAL((firm, p) -> p.hasRole(Role.CAPITAL)),
    AUTHORITY((firm, p) -> p.hasRole(Role.AUTHORITY)),
    INTER_FIRM((firm, p) -> p.hasRole(Role.FIRM)),
    GLOBAL_MARKET((firm, p) -> !p.country().equals(SyntheticNetworkGenerator.HOME_COUNTRY));

    final BiPredicate<Actor, Actor> partnerCounts;

    FirmGap(BiPredicate<Actor, Actor> partnerCounts) {
      this.partnerCounts = partnerCounts;
    }
  }

  /** For one ecosystem and gap: firms, firms with at least one such tie, such ties, weak ones. */
  record GapCount(int firms, int firmsWithTie, int ties, int weakTies) {
    double coveredShare() {
      return firms == 0 ? 0 : (double) firmsWithTie / firms;
    }

    double weakShare() {
      return ties == 0 ? 0 : (double) weakTies / ties;
    }
  }

  final EcosystemData data;
  final Map<String, Actor> actors = new HashMap<>();
  final Map<String, List<Tie>> incident = new HashMap<>();
  final Map<String, List<Actor>> members = new LinkedHashMap<>();

  SampleCensus(EcosystemData data) {
    this.data = data;
    data.ecosystems().forEach(e -> members.put(e.id(), new ArrayList<>()));
    for (Actor a : data.actors()) {
      actors.put(a.id(), a);
      a.ecosystems().forEach(e -> members.get(e).add(a));
    }
    for (Tie t : data.ties()) {
      incident.computeIfAbsent(t.from(), k -> new ArrayList<>()).add(t);
      incident.computeIfAbsent(t.to(), k -> new ArrayList<>()).add(t);
    }
  }

  /** Weak as the generator makes it: the lowest weight of its kind, or ended by 2016. */
  static boolean isWeak(Tie t) {
    boolean money = t.kind().equals(TieKind.CAPITAL) || t.kind().equals(TieKind.TRADE);
    boolean thin = money ? t.weight() <= 0.5 : t.weight() <= 1;
    boolean old = t.until() != null && t.until() <= SyntheticNetworkGenerator.LAST_WEAK_YEAR;
    return thin || old;
  }

  Actor other(Tie t, Actor a) {
    return actors.get(t.from().equals(a.id()) ? t.to() : t.from());
  }

  List<Actor> firms(String ecosystem) {
    return members.get(ecosystem).stream().filter(a -> a.hasRole(Role.FIRM)).toList();
  }

  GapCount gap(String ecosystem, FirmGap gap) {
    List<Actor> firms = firms(ecosystem);
    int with = 0;
    int count = 0;
    int weak = 0;
    for (Actor firm : firms) {
      boolean any = false;
      for (Tie t : incident.getOrDefault(firm.id(), List.of())) {
        if (gap.partnerCounts.test(firm, other(t, firm))) {
          any = true;
          count++;
          weak += isWeak(t) ? 1 : 0;
        }
      }
      with += any ? 1 : 0;
    }
    return new GapCount(firms.size(), with, count, weak);
  }

  /** Ties with one end a member of {@code first} and the other a member of {@code second}. */
  int tiesBetween(String first, String second) {
    Set<String> a = ids(first);
    Set<String> b = ids(second);
    int n = 0;
    for (Tie t : data.ties()) {
      if ((a.contains(t.from()) && b.contains(t.to()))
          || (b.contains(t.from()) && a.contains(t.to()))) {
        n++;
      }
    }
    return n;
  }

  /** Ties of any kind between two firms of {@code ecosystem}. */
  int firmTiesWithin(String ecosystem) {
    Set<String> firms = new HashSet<>();
    firms(ecosystem).forEach(a -> firms.add(a.id()));
    int n = 0;
    for (Tie t : data.ties()) {
      n += firms.contains(t.from()) && firms.contains(t.to()) ? 1 : 0;
    }
    return n;
  }

  /** Ties from members of {@code ecosystem} to members of any other ecosystem (not it). */
  int tiesToOtherEcosystems(String ecosystem) {
    Set<String> in = ids(ecosystem);
    int n = 0;
    for (Tie t : data.ties()) {
      Actor from = actors.get(t.from());
      Actor to = actors.get(t.to());
      if (in.contains(from.id()) != in.contains(to.id())) {
        Actor outside = in.contains(from.id()) ? to : from;
        n += outside.ecosystems().isEmpty() ? 0 : 1;
      }
    }
    return n;
  }

  private Set<String> ids(String ecosystem) {
    Set<String> ids = new HashSet<>();
    members.get(ecosystem).forEach(a -> ids.add(a.id()));
    return ids;
  }

  /** Capital ties (kind capital) whose recipient is a member of {@code ecosystem}: all, weak. */
  int[] capitalTiesReceived(String ecosystem) {
    Set<String> in = ids(ecosystem);
    int all = 0;
    int weak = 0;
    for (Tie t : data.ties()) {
      if (t.kind().equals(TieKind.CAPITAL) && in.contains(t.to())) {
        all++;
        weak += isWeak(t) ? 1 : 0;
      }
    }
    return new int[] {all, weak};
  }

  /** Prints the census of the sample with seed 42 as Markdown-ready lines. */
  public static void main(String[] args) {
    EcosystemData data =
        SyntheticNetworkGenerator.norrbottenLaplandSample(SyntheticNetworkGenerator.SAMPLE_SEED);
    SampleCensus c = new SampleCensus(data);
    System.out.printf(
        "ecosystems %d, actors %d, ties %d%n",
        data.ecosystems().size(), data.actors().size(), data.ties().size());
    Map<String, Integer> bySector = new TreeMap<>();
    Map<String, Integer> byRoles = new TreeMap<>();
    Map<String, Integer> byCountry = new TreeMap<>();
    Map<String, Integer> byRegion = new TreeMap<>();
    Map<Integer, Integer> byMemberships = new TreeMap<>();
    int withSize = 0;
    int withWebsite = 0;
    for (Actor a : data.actors()) {
      bySector.merge(a.sector().id(), 1, Integer::sum);
      byRoles.merge(
          a.sector().id() + "+" + a.roles().stream().map(Role::id).toList(), 1, Integer::sum);
      byCountry.merge(a.country(), 1, Integer::sum);
      byRegion.merge(a.region(), 1, Integer::sum);
      byMemberships.merge(a.ecosystems().size(), 1, Integer::sum);
      withSize += a.attributes().containsKey("size") ? 1 : 0;
      withWebsite += a.attributes().containsKey("website") ? 1 : 0;
    }
    System.out.println("by sector " + bySector);
    System.out.println("by sector+roles " + byRoles);
    System.out.println("by country " + byCountry);
    System.out.println("by region " + byRegion);
    System.out.println("by number of memberships " + byMemberships);
    System.out.println("with size " + withSize + ", with website " + withWebsite);
    Map<String, Integer> byKind = new TreeMap<>();
    Map<String, Integer> bySource = new TreeMap<>();
    int weak = 0;
    for (Tie t : data.ties()) {
      byKind.merge(t.kind().id(), 1, Integer::sum);
      bySource.merge(t.source(), 1, Integer::sum);
      weak += isWeak(t) ? 1 : 0;
    }
    System.out.println("ties by kind " + byKind);
    System.out.println("ties by source " + bySource);
    System.out.println("weak ties " + weak);
    System.out.println();
    System.out.println(
        "| ecosystem | members | firms | research | education | capital | authority | inter_firm"
            + " | abroad | to other ecosystems | capital received (weak) | firm-firm within |");
    for (Ecosystem e : data.ecosystems()) {
      StringBuilder row = new StringBuilder();
      row.append("| ")
          .append(e.id())
          .append(" | ")
          .append(c.members.get(e.id()).size())
          .append(" | ")
          .append(c.firms(e.id()).size());
      for (FirmGap g : FirmGap.values()) {
        GapCount gc = c.gap(e.id(), g);
        row.append(
            String.format(
                Locale.ROOT,
                " | %d/%d firms, %d ties, %.0f%% weak",
                gc.firmsWithTie(),
                gc.firms(),
                gc.ties(),
                100 * gc.weakShare()));
      }
      int[] capital = c.capitalTiesReceived(e.id());
      row.append(" | ")
          .append(c.tiesToOtherEcosystems(e.id()))
          .append(" | ")
          .append(capital[0])
          .append(" (")
          .append(capital[1])
          .append(") | ")
          .append(c.firmTiesWithin(e.id()))
          .append(" |");
      System.out.println(row);
    }
    System.out.println();
    System.out.println(
        "arctic_test - lap_testing ties: " + c.tiesBetween("arctic_test", "lap_testing"));
    System.out.println(
        "tourism - lap_rural_tourism ties: " + c.tiesBetween("tourism", "lap_rural_tourism"));
    System.out.println("space - lap_testing ties: " + c.tiesBetween("space", "lap_testing"));
    System.out.println(
        "arctic_test - lap_safety ties: " + c.tiesBetween("arctic_test", "lap_safety"));
  }
}
