package org.brobygge.synthetic;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Invented organisation names and {@code .example} web addresses. Places are invented too, so that
 * no name can be mistaken for a real organisation. Names are unique within one generator run.
 */
final class FictionalNames {

  private static final Map<String, List<String>> PLACES =
      Map.ofEntries(
          Map.entry(
              "SE332",
              List.of(
                  "Norrvik",
                  "Storberga",
                  "Älvnäs",
                  "Kallbacka",
                  "Fjällmo",
                  "Isträsk",
                  "Malmberga",
                  "Rödälven",
                  "Björkvattnet",
                  "Snöby",
                  "Vinterheden",
                  "Kåsavik",
                  "Tjärnliden",
                  "Myrheden",
                  "Skogsnäs",
                  "Renvik",
                  "Granliden",
                  "Hällberget",
                  "Blåfjäll",
                  "Ösjöbacka")),
          Map.entry(
              "FI1D7",
              List.of(
                  "Tunturila",
                  "Koskenranta",
                  "Revonkylä",
                  "Jäkäläniemi",
                  "Kuurala",
                  "Aapavaara",
                  "Kaamosvaara",
                  "Pakkasjärvi",
                  "Hanhivaara",
                  "Ruskala",
                  "Poronkangas",
                  "Lumivaara",
                  "Kelorinne",
                  "Joikula")),
          Map.entry("SE", List.of("Söderby", "Västerholm", "Ekbacka", "Lindå", "Sjöstaden")),
          Map.entry("FI", List.of("Saarikoski", "Harjunmaa", "Rantala", "Mäntyharju")),
          Map.entry("NO", List.of("Nordfjell", "Isvika", "Havbakken", "Snøvik")),
          Map.entry("DE", List.of("Tannenfeld", "Kaltenbrunn", "Eisenau", "Lindenhof")),
          Map.entry("US", List.of("Lakeport", "Pine Hollow", "Granite Falls", "Elk Bend")),
          Map.entry("JP", List.of("Yukimura", "Kitahara", "Shiroyama", "Hoshino")),
          Map.entry("FR", List.of("Belvent", "Montclair-des-Neiges", "Saint-Aubin-le-Froid")),
          Map.entry("GB", List.of("Ashbury", "Northwick", "Fenmoor")));

  private static final Map<String, String> LEGAL_FORMS =
      Map.of(
          "SE", "AB", "FI", "Oy", "NO", "AS", "DE", "GmbH", "US", "Inc.", "JP", "K.K.", "FR", "SAS",
          "GB", "Ltd");

  private static final Map<String, List<String>> THEME_WORDS =
      Map.ofEntries(
          Map.entry(
              "space",
              List.of(
                  "Orbital", "Satellite", "Launch", "Telemetry", "Payload", "Stratos", "Geodata")),
          Map.entry(
              "mining", List.of("Ore", "Drill", "Mineral", "Rock", "Shaft", "Tailings", "Crusher")),
          Map.entry(
              "composites",
              List.of("Composite", "Fibre", "Laminate", "Resin", "Carbon", "Polymer")),
          Map.entry(
              "bioeconomy", List.of("Timber", "Biofuel", "Forest", "Pulp", "Biochar", "Lignin")),
          Map.entry(
              "tourism", List.of("Aurora", "Lodge", "Safari", "Wilderness", "Husky", "Snowtrail")),
          Map.entry(
              "arctic_test",
              List.of("Winter Test", "Ice Track", "Cold Proving", "Frost", "Ice Lab")),
          Map.entry(
              "creative", List.of("Film", "Game", "Sound", "Design", "Media", "Pixel", "Story")),
          Map.entry(
              "lap_industry_circular",
              List.of("Circular", "Steel", "Recycling", "Process", "Metal")),
          Map.entry("lap_design", List.of("Design", "Craft", "Textile", "Form", "Studio")),
          Map.entry("lap_safety", List.of("Safety", "Rescue", "Security", "Guard", "Alert")),
          Map.entry("lap_rural_tourism", List.of("Reindeer", "Cabin", "Village", "Trail", "Sauna")),
          Map.entry("lap_testing", List.of("Test Track", "Ice Proving", "Winter Lab", "Frost")),
          Map.entry("lap_energy", List.of("Wind", "Energy", "Grid", "Heat", "Hydro")));

  private static final List<String> GENERIC_WORDS =
      List.of("Arctic", "Nordic", "Polar", "Boreal", "North");

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("space", "Space Physics"),
          Map.entry("mining", "Mineral Engineering"),
          Map.entry("composites", "Composite Materials"),
          Map.entry("bioeconomy", "Forest Bioproducts"),
          Map.entry("tourism", "Tourism Studies"),
          Map.entry("arctic_test", "Cold Climate Testing"),
          Map.entry("creative", "Media Arts"),
          Map.entry("lap_industry_circular", "Circular Processes"),
          Map.entry("lap_design", "Northern Design"),
          Map.entry("lap_safety", "Safety Research"),
          Map.entry("lap_rural_tourism", "Rural Studies"),
          Map.entry("lap_testing", "Winter Testing"),
          Map.entry("lap_energy", "Arctic Energy"));

  private static final List<String> FIRM_SUFFIXES =
      List.of(
          "Systems",
          "Solutions",
          "Technologies",
          "Works",
          "Services",
          "Labs",
          "Engineering",
          "Consulting",
          "Partners");

  private static final List<String> AGENCY_FORMS =
      List.of(
          "Municipality of %s",
          "Municipality of %s",
          "%s County Environment Office",
          "%s Business Agency",
          "%s Road and Transport Office",
          "%s Labour Market Office");

  private final SplittableRandom rng;
  private final Set<String> used = new HashSet<>();

  FictionalNames(SplittableRandom rng) {
    this.rng = rng;
  }

  /**
   * A new name for an actor of {@code type} in {@code region}/{@code country}, themed after the
   * ecosystem {@code ecosystemId} (named {@code ecosystemName}) where it has one.
   */
  String name(
      ActorType type, String region, String country, String ecosystemId, String ecosystemName) {
    String theme = theme(ecosystemId);
    for (int attempt = 0; attempt < 4; attempt++) {
      String candidate = candidate(type, region, country, theme, ecosystemName);
      if (used.add(candidate)) {
        return candidate;
      }
    }
    String base = candidate(type, region, country, theme, ecosystemName);
    for (int n = 2; ; n++) {
      String numbered = base + " (" + n + ")";
      if (used.add(numbered)) {
        return numbered;
      }
    }
  }

  /** {@code https://<name in lower-case ASCII words joined by '-'>.example}. */
  static String website(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("ø", "o")
            .replace("Ø", "O")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return "https://" + slug + ".example";
  }

  private String candidate(
      ActorType type, String region, String country, String theme, String ecosystemName) {
    String place = place(region, country);
    String word = pick(THEME_WORDS.getOrDefault(theme, GENERIC_WORDS));
    String legal = LEGAL_FORMS.getOrDefault(country, "Ltd");
    String field = FIELDS.getOrDefault(theme, "Arctic Research");
    boolean finnish = "FI".equals(country);
    return switch (type) {
      case FIRM -> place + " " + word + " " + pick(FIRM_SUFFIXES) + " " + legal;
      case LOCOMOTIVE -> place + " " + word + " Industries " + legal;
      case UNIVERSITY ->
          switch (country) {
            case "SE" -> place + " University of Technology";
            case "FI" -> place + " University of Applied Sciences";
            default -> "University of " + place;
          };
      case RESEARCH_INSTITUTE -> place + " Institute for " + field;
      case VOCATIONAL_SCHOOL -> place + (finnish ? " Vocational Institute" : " Vocational College");
      case REGIONAL_FUND -> place + (finnish ? " Regional Fund" : " Development Fund");
      case INVESTOR ->
          switch (rng.nextInt(3)) {
            case 0 -> place + " Savings Bank";
            case 1 -> word + " Ventures " + legal;
            default -> place + " Capital " + legal;
          };
      case AGENCY -> String.format(Locale.ROOT, pick(AGENCY_FORMS), place);
      case CLUSTER_ORGANISATION -> ecosystemName + " Cluster Association";
      case SCIENCE_PARK -> place + " Science Park";
      case ASSOCIATION ->
          switch (rng.nextInt(3)) {
            // quotes and commas on purpose: real registers hold such names, importers must cope
            case 0 ->
                finnish
                    ? place + " Village Association ry"
                    : "Föreningen \"" + word + " " + place + "\"";
            case 1 -> place + " Nature, Culture and Heritage Association";
            default -> place + " " + word + " Network";
          };
    };
  }

  private String place(String region, String country) {
    List<String> places = PLACES.get(region);
    if (places == null) {
      places = PLACES.getOrDefault(country, PLACES.get("GB"));
    }
    return pick(places);
  }

  private String pick(List<String> words) {
    return words.get(rng.nextInt(words.size()));
  }

  /** The theme of a replicated ecosystem id such as {@code space_3} is that of {@code space}. */
  static String theme(String ecosystemId) {
    return ecosystemId == null ? "" : ecosystemId.replaceFirst("_\\d+$", "");
  }
}
