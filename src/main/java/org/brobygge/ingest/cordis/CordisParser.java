package org.brobygge.ingest.cordis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads CORDIS's {@code project.csv} and {@code organization.csv} into actors and co-participation
 * ties of the projects that have a participant in the region (README, "Importing CORDIS").
 *
 * <p>Columns are found by their header name, so extra or reordered columns do not matter; the
 * required ones are {@link #PROJECT_REQUIRED} and {@link #ORGANIZATION_REQUIRED}. Every row is
 * checked for its structure (ids present, activity type, role, money and dates readable); the rows
 * of kept projects also for the values an actor needs. Any problem rejects the whole import with
 * its file, line and column.
 */
public final class CordisParser {

  private static final Logger log = LoggerFactory.getLogger(CordisParser.class);

  /** Actor ids are {@code cordis-} and CORDIS's organisation id (its PIC). */
  public static final String ACTOR_ID_PREFIX = "cordis-";

  public static final List<String> PROJECT_REQUIRED =
      List.of("id", "acronym", "startDate", "endDate", "frameworkProgramme");
  public static final List<String> ORGANIZATION_REQUIRED =
      List.of("projectID", "organisationID", "name", "activityType", "role", "country", "nutsCode");

  /** Roles CORDIS gives a participation; every one counts as taking part in the project. */
  public static final Set<String> ROLES =
      Set.of("coordinator", "participant", "partner", "thirdparty", "associatedpartner");

  static final int MAX_PROBLEMS = 1000;
  private static final int PROGRESS_EVERY = 50_000;
  private static final int SOURCE_PROJECTS_LISTED = 5;

  private static final Pattern DATE = Pattern.compile("(\\d{4})-\\d{2}-\\d{2}([ T].*)?");
  private static final Pattern MONEY = Pattern.compile("-?\\d+([.,]\\d+)?");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setDelimiter(';')
          .setQuote('"')
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(false)
          .setIgnoreSurroundingSpaces(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .get();

  /** One organisation merged into another, and why. */
  public record Merge(
      String actorId, String keptOrganisation, String mergedOrganisation, String reason) {
    @Override
    public String toString() {
      return "organisation " + mergedOrganisation + " merged into " + actorId + " (" + reason + ")";
    }
  }

  /** What the files held and what the import kept. */
  public record Stats(
      int projectsRead,
      int participationsRead,
      int projectsKept,
      int participationsKept,
      int projectsOverCap,
      int actors,
      int ties) {}

  /** The network read, what was merged, and the counts. */
  public record Result(EcosystemData data, List<Merge> merges, Stats stats) {}

  private record Project(
      String id, String acronym, String programme, Integer startYear, Integer endYear) {}

  private record Participation(
      long line,
      String projectId,
      String organisationId,
      String vat,
      String name,
      ActivityType type,
      String role,
      String country,
      String nuts,
      Boolean sme,
      String website,
      double ecContribution) {}

  private final TieKinds tieKinds;

  public CordisParser(TieKinds tieKinds) {
    this.tieKinds = Objects.requireNonNull(tieKinds, "tieKinds");
  }

  /**
   * Parses, filters and validates {@code files}.
   *
   * @throws ImportRejectedException listing every problem found, if there is one
   */
  public Result parse(CordisFiles files, CordisOptions options) {
    long started = System.nanoTime();
    Problems problems = new Problems();
    TieKind kind = tieKinds.byId(options.tieKind()).orElse(null);
    if (kind == null) {
      problems.add(
          "options",
          0,
          "kind",
          "unknown tie kind '"
              + options.tieKind()
              + "'; expected one of "
              + String.join(", ", tieKinds.ids()));
    }

    Map<String, Project> projects = new HashMap<>();
    Map<String, Long> projectLines = new HashMap<>();
    boolean projectsReadable =
        rows(
            problems,
            CordisFiles.PROJECTS,
            files.projects(),
            PROJECT_REQUIRED,
            row -> {
              String id = row.required("id");
              String acronym = row.optional("acronym");
              String programme = row.optional("frameworkProgramme");
              Integer start = row.year("startDate");
              Integer end = row.year("endDate");
              if (start != null && end != null && end < start) {
                row.problem("endDate", "ends in " + end + ", before its start in " + start);
              }
              if (id == null) {
                return;
              }
              Long first = projectLines.putIfAbsent(id, row.line);
              if (first != null) {
                row.problem("id", "project " + id + " appears twice, first on line " + first);
                return;
              }
              projects.put(
                  id, new Project(id, acronym.isEmpty() ? id : acronym, programme, start, end));
            });
    log.info("CORDIS: {} projects read from {}", projects.size(), CordisFiles.PROJECTS);

    List<Participation> participations = new ArrayList<>();
    Set<String> keptProjects = new HashSet<>();
    List<String> prefixes = options.regionPrefixes();
    rows(
        problems,
        CordisFiles.ORGANIZATIONS,
        files.organizations(),
        ORGANIZATION_REQUIRED,
        row -> {
          String projectId = row.required("projectID");
          String organisationId = row.required("organisationID");
          String typeText = row.optional("activityType");
          ActivityType type = null;
          if (!typeText.isEmpty()) {
            type = ActivityType.fromCode(typeText).orElse(null);
            if (type == null) {
              row.problem(
                  "activityType",
                  "unknown activity type '"
                      + typeText
                      + "'; CORDIS uses "
                      + ActivityType.codes()
                      + " (see README, 'Importing CORDIS', for what each is read as)");
            }
          }
          String role = row.optional("role");
          if (!role.isEmpty() && !ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            row.problem(
                "role",
                "unknown role '"
                    + role
                    + "'; CORDIS uses coordinator, participant, partner, thirdParty,"
                    + " associatedPartner");
          }
          double ec = row.money("ecContribution");
          Boolean sme = row.bool("SME");
          String nuts = row.optional("nutsCode").toUpperCase(Locale.ROOT);
          if (projectId == null || organisationId == null) {
            return;
          }
          participations.add(
              new Participation(
                  row.line,
                  projectId,
                  organisationId,
                  row.optional("vatNumber"),
                  row.optional("name"),
                  type,
                  role,
                  row.optional("country"),
                  nuts,
                  sme,
                  row.optional("organizationURL"),
                  ec));
          if (prefixes.isEmpty() || startsWithAny(nuts, prefixes)) {
            keptProjects.add(projectId);
          }
          if (participations.size() % PROGRESS_EVERY == 0) {
            log.info("CORDIS: {} participations read", participations.size());
          }
        });
    log.info(
        "CORDIS: {} participations read; {} projects have a participant in {}",
        participations.size(),
        keptProjects.size(),
        prefixes.isEmpty() ? "any region" : String.join(", ", prefixes));

    List<Participation> kept = new ArrayList<>();
    for (Participation p : participations) {
      if (!keptProjects.contains(p.projectId())) {
        continue;
      }
      kept.add(p);
      String file = CordisFiles.ORGANIZATIONS;
      if (projectsReadable && !projectLines.containsKey(p.projectId())) {
        problems.add(
            file,
            p.line(),
            "projectID",
            "project " + p.projectId() + " is not in " + CordisFiles.PROJECTS);
      }
      if (p.name().isEmpty()) {
        problems.add(file, p.line(), "name", "'name' is required and empty");
      }
      if (p.type() == null && !problemAt(problems, p.line(), "activityType")) {
        problems.add(
            file,
            p.line(),
            "activityType",
            "'activityType' is empty; it gives the sector (one of " + ActivityType.codes() + ")");
      }
    }
    problems.throwIfAny();

    // Organisations: one actor per organisation id, then the same VAT number, then the same name
    // in the same country.
    Map<String, Participation> firstByOrganisation = new LinkedHashMap<>();
    for (Participation p : kept) {
      firstByOrganisation.putIfAbsent(p.organisationId(), p);
    }
    Map<String, String> canonical = new HashMap<>();
    Map<String, String> byVat = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    Map<String, String> vatOf = new HashMap<>();
    List<Merge> merges = new ArrayList<>();
    for (Participation p : firstByOrganisation.values()) {
      String id = p.organisationId();
      String vat = NOT_ALNUM.matcher(p.vat().toUpperCase(Locale.ROOT)).replaceAll("");
      String name = p.country() + "|" + normalised(p.name());
      String into = null;
      String reason = null;
      if (!vat.isEmpty() && byVat.containsKey(vat)) {
        into = byVat.get(vat);
        reason = "same VAT number " + p.vat();
      } else if (byName.containsKey(name)
          && (vat.isEmpty() || vatOf.getOrDefault(byName.get(name), "").isEmpty())) {
        // Two different VAT numbers are two legal entities, however alike their names.
        into = byName.get(name);
        reason = "same name '" + p.name() + "' in " + p.country();
      }
      if (into == null) {
        canonical.put(id, id);
      } else {
        canonical.put(id, into);
        merges.add(new Merge(ACTOR_ID_PREFIX + into, into, id, reason));
      }
      String root = canonical.get(id);
      if (!vat.isEmpty()) {
        byVat.putIfAbsent(vat, root);
        vatOf.putIfAbsent(root, vat);
      }
      byName.putIfAbsent(name, root);
    }

    Map<String, Participation> identity = new LinkedHashMap<>();
    Map<String, Set<String>> projectsOf = new HashMap<>();
    Map<String, Integer> coordinations = new HashMap<>();
    Map<String, Double> contributions = new HashMap<>();
    Map<String, LinkedHashSet<String>> members = new LinkedHashMap<>();
    for (Participation p : kept) {
      String root = canonical.get(p.organisationId());
      identity.putIfAbsent(root, firstByOrganisation.get(root));
      projectsOf.computeIfAbsent(root, r -> new HashSet<>()).add(p.projectId());
      if (p.role().equalsIgnoreCase("coordinator")) {
        coordinations.merge(root, 1, Integer::sum);
      }
      contributions.merge(root, p.ecContribution(), Double::sum);
      members.computeIfAbsent(p.projectId(), x -> new LinkedHashSet<>()).add(root);
    }
    List<Actor> actors = new ArrayList<>(identity.size());
    for (var entry : identity.entrySet()) {
      String root = entry.getKey();
      Participation p = entry.getValue();
      Map<String, Object> attributes = new TreeMap<>();
      attributes.put("cordisId", root);
      if (!p.vat().isEmpty()) {
        attributes.put("vatNumber", p.vat());
      }
      if (p.sme() != null) {
        attributes.put("sme", p.sme());
      }
      if (!p.website().isEmpty()) {
        attributes.put("website", p.website());
      }
      attributes.put("activityType", p.type().name());
      attributes.put("cordisProjects", projectsOf.get(root).size());
      attributes.put("cordisCoordinations", coordinations.getOrDefault(root, 0));
      attributes.put("ecContribution", contributions.getOrDefault(root, 0.0));
      actors.add(
          new Actor(
              ACTOR_ID_PREFIX + root,
              p.name(),
              p.type().sector(),
              p.type().roles(),
              p.nuts(),
              p.country(),
              List.of(),
              attributes));
    }

    // Ties: every pair of a project's organisations, summed over their shared projects.
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>(identity.keySet());
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    Map<Long, Pair> pairs = new HashMap<>();
    int overCap = 0;
    for (var entry : members.entrySet()) {
      Project project = projects.get(entry.getKey());
      int n = entry.getValue().size();
      if (n < 2) {
        continue;
      }
      if (options.maxParticipants() > 0 && n > options.maxParticipants()) {
        overCap++;
        continue;
      }
      double add = options.weighting() == CordisOptions.Weighting.CONSORTIUM ? 1.0 / (n - 1) : 1.0;
      int[] at = entry.getValue().stream().mapToInt(index::get).sorted().toArray();
      for (int i = 0; i < at.length; i++) {
        for (int j = i + 1; j < at.length; j++) {
          long key = ((long) at[i] << 32) | at[j];
          pairs.computeIfAbsent(key, k -> new Pair()).add(project, add);
        }
      }
    }
    List<Tie> ties = new ArrayList<>(pairs.size());
    for (var entry : pairs.entrySet()) {
      String from = ACTOR_ID_PREFIX + ids.get((int) (entry.getKey() >>> 32));
      String to = ACTOR_ID_PREFIX + ids.get((int) (entry.getKey() & 0xffffffffL));
      Pair pair = entry.getValue();
      ties.add(
          new Tie(
              "cordis|" + kind.id() + "|" + from + "|" + to,
              from,
              to,
              kind,
              pair.weight,
              pair.since,
              pair.until,
              pair.source()));
    }
    ties.sort(java.util.Comparator.comparing(Tie::id));
    Stats stats =
        new Stats(
            projects.size(),
            participations.size(),
            keptProjects.size(),
            kept.size(),
            overCap,
            actors.size(),
            ties.size());
    log.info(
        "CORDIS: {} actors ({} merged), {} ties from {} projects ({} over the cap of {}) in {} ms",
        actors.size(),
        merges.size(),
        ties.size(),
        keptProjects.size(),
        overCap,
        options.maxParticipants(),
        (System.nanoTime() - started) / 1_000_000);
    return new Result(new EcosystemData(List.of(), actors, ties), merges, stats);
  }

  /** One tie being summed: weight, years and the projects behind it. */
  private static final class Pair {
    double weight;
    Integer since;
    Integer until;
    final Set<String> programmes = new TreeSet<>();
    final List<String> projects = new ArrayList<>(2);
    int projectCount;

    void add(Project project, double add) {
      weight += add;
      projectCount++;
      if (project.startYear() != null) {
        since = since == null ? project.startYear() : Math.min(since, project.startYear());
      }
      if (project.endYear() != null) {
        until = until == null ? project.endYear() : Math.max(until, project.endYear());
      }
      if (!project.programme().isEmpty()) {
        programmes.add(project.programme());
      }
      if (projects.size() < SOURCE_PROJECTS_LISTED) {
        projects.add(project.acronym() + " (" + project.id() + ")");
      }
    }

    /** E.g. {@code CORDIS H2020: ARCTIC-X (123456), POLAR (654321)}. */
    String source() {
      String more =
          projectCount > projects.size()
              ? " and " + (projectCount - projects.size()) + " more"
              : "";
      String programme = programmes.isEmpty() ? "" : " " + String.join("/", programmes);
      return "CORDIS" + programme + ": " + String.join(", ", projects) + more;
    }
  }

  private static boolean startsWithAny(String nuts, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (nuts.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Upper case, accents and punctuation dropped, spaces collapsed: for matching names and VAT. */
  static String normalised(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static boolean problemAt(Problems problems, long line, String field) {
    return problems.list.stream()
        .anyMatch(
            p ->
                p.file().equals(CordisFiles.ORGANIZATIONS)
                    && p.line() == line
                    && p.field().equals(field));
  }

  /** Reads every row of {@code file} into {@code handler}; false when its header is unusable. */
  private static boolean rows(
      Problems problems, String file, byte[] bytes, List<String> required, Consumer<Row> handler) {
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      problems.add(file, 0, "", "is not UTF-8 text; CORDIS publishes its CSV files in UTF-8");
      return false;
    }
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    if (!first.contains(";") && first.contains(",")) {
      problems.add(
          file,
          1,
          "",
          "is not separated by ';' (the header is '"
              + abbreviated(first.strip())
              + "'); use the file as CORDIS publishes it, not one re-saved with commas");
      return false;
    }
    try (Reader reader = new StringReader(text);
        CSVParser parser = FORMAT.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        problems.add(
            file, 1, "", "has no header row; expected columns " + String.join(";", required));
        return false;
      }
      List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
      for (String column : missing) {
        problems.add(
            file,
            1,
            column,
            "missing column '"
                + column
                + "'; "
                + file
                + " needs "
                + String.join(";", required)
                + " (found: "
                + abbreviated(String.join(";", header))
                + ")");
      }
      if (!missing.isEmpty()) {
        return false;
      }
      var records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(file, line, "", "is not valid CSV here: " + rootMessage(e));
          return true;
        }
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (!record.isConsistent()) {
          problems.add(
              file,
              line,
              "",
              "has "
                  + record.size()
                  + " cells where the header has "
                  + header.size()
                  + " (a ';' inside a value needs the value in double quotes)");
          continue;
        }
        handler.accept(new Row(problems, file, line, record));
      }
      return true;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      problems.add(file, 1, "", "cannot be read as CSV: " + rootMessage(e));
      return false;
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    int offset = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      offset = 3;
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
        .toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Problems of one parse, capped at {@link #MAX_PROBLEMS} listed. */
  private static final class Problems {
    final List<ImportProblem> list = new ArrayList<>();
    long unlisted;

    void add(String file, long line, String field, String message) {
      if (list.size() < MAX_PROBLEMS) {
        list.add(new ImportProblem(file, line, field, message));
      } else {
        unlisted++;
      }
    }

    void throwIfAny() {
      if (list.isEmpty()) {
        return;
      }
      List<ImportProblem> all = new ArrayList<>(list);
      if (unlisted > 0) {
        all.add(
            new ImportProblem(
                "", 0, "", unlisted + " more problem(s) not listed; fix these and import again"));
      }
      throw new ImportRejectedException(all);
    }
  }

  /** One record with its position. */
  private static final class Row {
    final Problems problems;
    final String file;
    final long line;
    final CSVRecord record;

    Row(Problems problems, String file, long line, CSVRecord record) {
      this.problems = problems;
      this.file = file;
      this.line = line;
      this.record = record;
    }

    void problem(String field, String message) {
      problems.add(file, line, field, message);
    }

    String required(String field) {
      String value = optional(field);
      if (value.isEmpty()) {
        problem(field, "'" + field + "' is required and empty");
        return null;
      }
      return value;
    }

    String optional(String field) {
      if (!record.isMapped(field)) {
        return "";
      }
      String value = record.get(field);
      return value == null ? "" : value.strip();
    }

    Integer year(String field) {
      String text = optional(field);
      if (text.isEmpty()) {
        return null;
      }
      var m = DATE.matcher(text);
      if (!m.matches()) {
        problem(field, "'" + text + "' is not a date such as 2021-03-01");
        return null;
      }
      return Integer.parseInt(m.group(1));
    }

    /** Euros as CORDIS writes them, with a ',' or a '.' before the cents; 0 when empty. */
    double money(String field) {
      String text = optional(field);
      if (text.isEmpty()) {
        return 0;
      }
      if (!MONEY.matcher(text).matches()) {
        problem(field, "'" + text + "' is not an amount in euros such as 12500,50");
        return 0;
      }
      return Double.parseDouble(text.replace(',', '.'));
    }

    Boolean bool(String field) {
      String text = optional(field);
      if (text.isEmpty()) {
        return null;
      }
      if (text.equalsIgnoreCase("true")) {
        return true;
      }
      if (text.equalsIgnoreCase("false")) {
        return false;
      }
      problem(field, "'" + text + "' is not true or false");
      return null;
    }
  }
}
