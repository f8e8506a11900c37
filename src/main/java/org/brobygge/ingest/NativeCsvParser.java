package org.brobygge.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Membership;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.Tie;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;

/**
 * Reads and validates the native format (README, "Import format") into {@link EcosystemData}.
 *
 * <p>Every row of every file is checked before anything is returned, and every problem found is
 * reported with its file, line and column; if there is any, {@link ImportRejectedException} is
 * thrown and nothing should be written. References (an actor's ecosystems, a tie's two actors) may
 * name rows of the same import or ids already in the database, which {@link KnownIds} answers.
 */
public final class NativeCsvParser {

  /** Separator inside multi-valued cells (roles, ecosystems). */
  public static final String MULTI_VALUE_SEPARATOR = "|";

  /** Problems listed in one answer; the count of the rest is reported. */
  static final int MAX_PROBLEMS = 1000;

  public static final List<String> ECOSYSTEM_COLUMNS = List.of("id", "name", "region");
  static final List<String> ECOSYSTEM_REQUIRED = List.of("id", "name");
  public static final List<String> ACTOR_COLUMNS =
      List.of(
          "id",
          "name",
          "sector",
          "roles",
          "region",
          "country",
          "ecosystems",
          "size",
          "sme",
          "website");
  static final List<String> ACTOR_REQUIRED = List.of("id", "name", "sector");
  public static final List<String> TIE_COLUMNS =
      List.of("id", "from", "to", "kind", "weight", "since", "until", "source");
  static final List<String> TIE_REQUIRED = List.of("from", "to", "kind");
  public static final List<String> MEMBERSHIP_COLUMNS =
      List.of("actor", "ecosystem", "since", "until");
  static final List<String> MEMBERSHIP_REQUIRED = List.of("actor", "ecosystem");

  private static final Pattern SPLIT = Pattern.compile("\\s*\\|\\s*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern EXTRA_COLUMN = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");

  /**
   * What an id may hold: letters (any script) and digits, and {@code . _ - :} after the first, so
   * that it can stand in a URL path, a multi-valued cell and a file name as it is.
   */
  public static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]*");

  /** A plain decimal: no plus sign, hexadecimal, {@code NaN}, {@code Infinity} or type suffix. */
  private static final Pattern DECIMAL =
      Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");

  /** Property names the app writes itself: an extra column may not take them. */
  private static final List<String> GENERATED_PREFIXES = List.of("score_");

  private static final Set<String> GENERATED = Set.of("scoresversion", "importid");

  /** The years a since or until may take. */
  public static final int MIN_YEAR = 1800;

  public static final int MAX_YEAR = 2200;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          // Blank lines are skipped in rows() instead: skipped here, they would not move the
          // line count that gives each record its line number.
          .setIgnoreEmptyLines(false)
          .setIgnoreSurroundingSpaces(true)
          .setAllowMissingColumnNames(false)
          // ID,Name,Sector is the same header as id,name,sector
          .setIgnoreHeaderCase(true)
          .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
          .get();

  /** Ids that already exist in the database, for references the files do not define. */
  public interface KnownIds {
    Set<String> existingActors(Collection<String> ids);

    Set<String> existingEcosystems(Collection<String> ids);

    /**
     * The ties in the database under {@code ids}: id to {@code "kind from to"} as stored. None by
     * default.
     */
    default Map<String, String> existingTies(Collection<String> ids) {
      return Map.of();
    }

    /** No database: only the files' own ids count. */
    KnownIds NONE =
        new KnownIds() {
          @Override
          public Set<String> existingActors(Collection<String> ids) {
            return Set.of();
          }

          @Override
          public Set<String> existingEcosystems(Collection<String> ids) {
            return Set.of();
          }
        };
  }

  /**
   * Limits checked while reading, so that a hostile or broken file is rejected with a reason
   * instead of exhausting memory or CPU: columns in a header, characters in a cell and in an id,
   * and data rows per file.
   */
  public record Limits(int maxColumns, int maxCellLength, int maxIdLength, long maxRows) {
    public static final Limits DEFAULT = new Limits(256, 10_000, 200, 10_000_000);

    public Limits {
      if (maxColumns < 1 || maxCellLength < 1 || maxIdLength < 1 || maxRows < 1) {
        throw new IllegalArgumentException("import limits must be positive: " + this);
      }
    }
  }

  private final TieKinds tieKinds;
  private final Limits limits;

  public NativeCsvParser(TieKinds tieKinds) {
    this(tieKinds, Limits.DEFAULT);
  }

  public NativeCsvParser(TieKinds tieKinds, Limits limits) {
    this.tieKinds = Objects.requireNonNull(tieKinds, "tieKinds");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Parses and validates {@code files}.
   *
   * @throws ImportRejectedException listing every problem found, if there is one
   */
  public EcosystemData parse(ImportFiles files, KnownIds known) {
    return parse(files, known, CsvDialect.AUTO);
  }

  /**
   * Parses and validates {@code files} written in {@code dialect} (separator and decimal mark, each
   * detected per file where not stated).
   *
   * @throws ImportRejectedException listing every problem found, if there is one
   */
  public EcosystemData parse(ImportFiles files, KnownIds known, CsvDialect dialect) {
    Run run = new Run(limits, Objects.requireNonNull(dialect, "dialect"));
    // sized for the rows up front: grown step by step, the maps of 1,000,000 ties were rehashed
    // twenty times over
    int actorRows = lineBreaks(files, ImportFiles.ACTORS);
    int tieRows = lineBreaks(files, ImportFiles.TIES);
    List<Ecosystem> ecosystems = new ArrayList<>();
    List<Actor> actors = new ArrayList<>(actorRows);
    List<Tie> ties = new ArrayList<>(tieRows);
    Map<String, Long> ecosystemLines = new HashMap<>();
    Map<String, Long> actorLines = HashMap.newHashMap(actorRows);
    Map<Long, List<String>> membershipsByLine = LinkedHashMap.newLinkedHashMap(actorRows);
    Map<Long, List<String>> tieEndsByLine = LinkedHashMap.newLinkedHashMap(tieRows);
    Map<String, Long> tieLines = HashMap.newHashMap(tieRows);

    files
        .get(ImportFiles.ECOSYSTEMS)
        .ifPresent(
            bytes ->
                run.rows(
                    ImportFiles.ECOSYSTEMS,
                    bytes,
                    ECOSYSTEM_COLUMNS,
                    ECOSYSTEM_REQUIRED,
                    row -> {
                      String id = row.id("id");
                      String name = row.required("name");
                      boolean unique = id == null || unique(row, "id", id, ecosystemLines);
                      if (id != null && unique && name != null) {
                        ecosystems.add(new Ecosystem(id, name, row.optional("region")));
                      }
                    }));
    files
        .get(ImportFiles.ACTORS)
        .ifPresent(
            bytes ->
                run.rows(
                    ImportFiles.ACTORS,
                    bytes,
                    ACTOR_COLUMNS,
                    ACTOR_REQUIRED,
                    row -> {
                      // An invalid row's id and references are still checked, so that one
                      // mistake does not hide others or show up again as a dangling reference.
                      String id = row.optional("id");
                      boolean unique = id.isEmpty() || unique(row, "id", id, actorLines);
                      row.checkId("id", id);
                      Actor actor = actor(row);
                      membershipsByLine.put(row.line, row.list("ecosystems"));
                      if (actor != null && unique) {
                        actors.add(actor);
                      }
                    }));
    files
        .get(ImportFiles.TIES)
        .ifPresent(
            bytes ->
                run.rows(
                    ImportFiles.TIES,
                    bytes,
                    TIE_COLUMNS,
                    TIE_REQUIRED,
                    row -> {
                      Tie tie = tie(row);
                      List<String> ends = new ArrayList<>(2);
                      // a malformed end was reported as such, not again as unknown
                      ends.add(wellFormed(row.optional("from")));
                      ends.add(wellFormed(row.optional("to")));
                      tieEndsByLine.put(row.line, ends);
                      if (tie == null) {
                        return;
                      }
                      Long first = tieLines.putIfAbsent(tie.id(), row.line);
                      if (first == null) {
                        ties.add(tie);
                      } else if (row.optional("id").isEmpty()) {
                        row.problem(
                            "",
                            "the same tie as line "
                                + first
                                + " (same kind, actors, years and source); give the rows"
                                + " different values in an 'id' column to keep both");
                      } else {
                        row.problem(
                            "id", "duplicate id '" + tie.id() + "', first used on line " + first);
                      }
                    }));

    List<Membership> memberships = new ArrayList<>();
    Map<Long, List<String>> memberActorsByLine = new LinkedHashMap<>();
    Map<Long, List<String>> memberEcosystemsByLine = new LinkedHashMap<>();
    files
        .get(ImportFiles.MEMBERSHIPS)
        .ifPresent(
            bytes ->
                readMemberships(
                    run, bytes, memberships, memberActorsByLine, memberEcosystemsByLine));
    checkReferences(
        run,
        ImportFiles.MEMBERSHIPS,
        List.of("actor"),
        memberActorsByLine,
        actorLines.keySet(),
        known::existingActors,
        "actor",
        ImportFiles.ACTORS);
    checkReferences(
        run,
        ImportFiles.MEMBERSHIPS,
        List.of("ecosystem"),
        memberEcosystemsByLine,
        ecosystemLines.keySet(),
        known::existingEcosystems,
        "ecosystem",
        ImportFiles.ECOSYSTEMS);
    checkReferences(
        run,
        ImportFiles.ACTORS,
        List.of("ecosystems"),
        membershipsByLine,
        ecosystemLines.keySet(),
        known::existingEcosystems,
        "ecosystem",
        ImportFiles.ECOSYSTEMS);
    checkTieIds(run, ties, tieLines, known);
    checkReferences(
        run,
        ImportFiles.TIES,
        List.of("from", "to"),
        tieEndsByLine,
        actorLines.keySet(),
        known::existingActors,
        "actor",
        ImportFiles.ACTORS);
    run.throwIfProblems();
    return new EcosystemData(ecosystems, actors, ties, memberships);
  }

  /**
   * Reads {@code memberships.csv}: one row per actor and ecosystem, {@code since} and {@code until}
   * optional years, the end not before the start. The ids are collected for the reference check.
   */
  private static void readMemberships(
      Run run,
      byte[] bytes,
      List<Membership> memberships,
      Map<Long, List<String>> actorsByLine,
      Map<Long, List<String>> ecosystemsByLine) {
    Map<String, Long> pairLines = new HashMap<>();
    run.rows(
        ImportFiles.MEMBERSHIPS,
        bytes,
        MEMBERSHIP_COLUMNS,
        MEMBERSHIP_REQUIRED,
        row -> {
          String actor = row.id("actor");
          String ecosystem = row.id("ecosystem");
          actorsByLine.put(row.line, List.of(actor == null ? "" : actor));
          ecosystemsByLine.put(row.line, List.of(ecosystem == null ? "" : ecosystem));
          Integer since = year(row, "since");
          Integer until = year(row, "until");
          if (since != null && until != null && until < since) {
            row.problem(
                "until",
                "the membership ends in "
                    + until
                    + ", before it begins in "
                    + since
                    + "; until must be the same year as since or later");
          }
          if (actor == null || ecosystem == null) {
            return;
          }
          Long first = pairLines.putIfAbsent(actor + '\n' + ecosystem, row.line);
          if (first != null) {
            row.problem(
                "ecosystem",
                "duplicate membership of '"
                    + actor
                    + "' in '"
                    + ecosystem
                    + "', first given on line "
                    + first
                    + "; give one row per actor and ecosystem");
          }
          if (!row.hasProblems()) {
            memberships.add(new Membership(actor, ecosystem, since, until));
          }
        });
  }

  /**
   * A tie id is a key: one already in the database for a tie of another kind or between other
   * actors is an error, not a second relationship with the same id. Derived ids (rows without an
   * id) hold a '|', which a given id cannot, so only given ids are looked up.
   */
  private static void checkTieIds(
      Run run, List<Tie> ties, Map<String, Long> tieLines, KnownIds known) {
    Map<String, Tie> given = new LinkedHashMap<>();
    for (Tie tie : ties) {
      if (isWellFormedId(tie.id())) {
        given.put(tie.id(), tie);
      }
    }
    if (given.isEmpty()) {
      return;
    }
    Map<String, String> existing = known.existingTies(given.keySet());
    existing.forEach(
        (id, signature) -> {
          Tie tie = given.get(id);
          if (tie != null && !sameTie(signature, tie)) {
            run.problem(
                ImportFiles.TIES,
                tieLines.getOrDefault(id, 0L),
                "id",
                "tie id '"
                    + id
                    + "' is already the "
                    + signature
                        .replaceFirst(" ", " tie between ")
                        .replaceFirst(" (\\S+)$", " and $1")
                    + " in the database; one id names one tie, so give this one another id");
          }
        });
  }

  /** Whether {@code "kind from to"} (as stored) is {@code tie}: same kind and ends. */
  static boolean sameTie(String signature, Tie tie) {
    String[] parts = signature.split(" ");
    if (parts.length != 3 || !parts[0].equals(tie.kind().id())) {
      return false;
    }
    boolean forward = parts[1].equals(tie.from()) && parts[2].equals(tie.to());
    boolean backward = parts[1].equals(tie.to()) && parts[2].equals(tie.from());
    return forward || (!tie.kind().directed() && backward);
  }

  /**
   * Whether {@code id} follows the id rule ({@link #ID}), for formats that make ids. Checked by
   * hand, code point by code point, as the pattern would: the pattern's matcher was a seventh of
   * the parsing time at 1,000,000 ties (three ids a tie). {@code NativeCsvParserTest} holds the two
   * equal.
   */
  public static boolean isWellFormedId(String id) {
    int length = id.length();
    if (length == 0) {
      return false;
    }
    for (int i = 0; i < length; ) {
      int c = id.codePointAt(i);
      if (!isLetterOrNumber(c) && (i == 0 || (c != '.' && c != '_' && c != ':' && c != '-'))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** {@code \p{L}} or {@code \p{N}}: a letter of any script, or a digit or other number. */
  private static boolean isLetterOrNumber(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static String wellFormed(String id) {
    return isWellFormedId(id) ? id : "";
  }

  private static boolean unique(Row row, String field, String id, Map<String, Long> seen) {
    Long first = seen.putIfAbsent(id, row.line);
    if (first != null) {
      row.problem(field, "duplicate id '" + id + "', first used on line " + first);
      return false;
    }
    return true;
  }

  private static Actor actor(Row row) {
    String id = row.required("id");
    String name = row.required("name");
    String sectorText = row.required("sector");
    Sector sector = null;
    if (sectorText != null) {
      sector = Sector.fromId(sectorText).orElse(null);
      if (sector == null) {
        row.problem(
            "sector",
            "unknown sector '"
                + sectorText
                + "'; expected one of "
                + String.join(", ", Sector.ids()));
      }
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String roleText : row.list("roles")) {
      Role.fromId(roleText)
          .ifPresentOrElse(
              roles::add,
              () ->
                  row.problem(
                      "roles",
                      "unknown role '"
                          + roleText
                          + "'; expected any of "
                          + String.join(", ", Role.ids())
                          + ", separated by '"
                          + MULTI_VALUE_SEPARATOR
                          + "'"));
    }
    String country = row.optional("country");
    if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
      row.problem(
          "country", "'" + country + "' is not a two-letter upper-case country code such as SE");
    }
    Map<String, Object> attributes = new TreeMap<>();
    String size = row.optional("size");
    if (!size.isEmpty()) {
      try {
        if (!WHOLE.matcher(size).matches()) {
          throw new NumberFormatException(size);
        }
        int employees = Integer.parseInt(size);
        if (employees < 0) {
          row.problem("size", "size must be 0 or more employees, not " + size);
        }
        attributes.put("size", employees);
      } catch (NumberFormatException e) {
        row.problem("size", "'" + size + "' is not a whole number of employees");
      }
    }
    String sme = row.optional("sme");
    if (!sme.isEmpty()) {
      if (sme.equalsIgnoreCase("true") || sme.equalsIgnoreCase("false")) {
        attributes.put("sme", Boolean.parseBoolean(sme));
      } else {
        row.problem("sme", "'" + sme + "' is not true or false");
      }
    }
    String website = row.optional("website");
    if (!website.isEmpty()) {
      attributes.put("website", website);
    }
    for (String column : row.extraColumns()) {
      String value = row.optional(column);
      if (!value.isEmpty()) {
        attributes.put(column, value);
      }
    }
    List<String> ecosystems = List.copyOf(new LinkedHashSet<>(row.list("ecosystems")));
    if (id == null || name == null || sector == null || row.hasProblems()) {
      return null;
    }
    return new Actor(
        id, name, sector, roles, row.optional("region"), country, ecosystems, attributes);
  }

  private Tie tie(Row row) {
    String from = row.id("from");
    String to = row.id("to");
    String kindText = row.required("kind");
    TieKind kind = null;
    if (kindText != null) {
      kind = tieKinds.byId(kindText).orElse(null);
      if (kind == null) {
        row.problem(
            "kind",
            "unknown tie kind '"
                + kindText
                + "'; expected one of "
                + String.join(", ", tieKinds.ids())
                + " (more can be configured in brobygge.tie-kinds)");
      }
    }
    if (from != null && from.equals(to)) {
      row.problem("to", "a tie joins two different actors; '" + from + "' is on both ends");
    }
    double weight = 1.0;
    String weightText = row.optional("weight");
    String plain = null;
    if (!weightText.isEmpty()) {
      try {
        plain = row.run.decimals.normalise(weightText, row.line);
      } catch (IllegalArgumentException e) {
        row.problem("weight", e.getMessage());
      }
    }
    if (plain != null) {
      try {
        if (!DECIMAL.matcher(plain).matches()) {
          throw new NumberFormatException(weightText);
        }
        weight = Double.parseDouble(plain);
        if (!(weight > 0) || Double.isInfinite(weight)) {
          row.problem("weight", "weight must be a number greater than 0, not " + weightText);
        }
      } catch (NumberFormatException e) {
        row.problem(
            "weight",
            "'"
                + weightText
                + "' is not a number (write decimals as "
                + (row.run.delimiter == ',' ? "2.5" : "2,5 or 2.5")
                + ", without a thousands separator)");
      }
    }
    Integer since = year(row, "since");
    Integer until = year(row, "until");
    if (since != null && until != null && until < since) {
      row.problem("until", "until " + until + " is before since " + since);
    }
    if (from == null || to == null || kind == null || row.hasProblems()) {
      return null;
    }
    String source = row.optional("source");
    String id = row.optional("id");
    if (!id.isEmpty() && !row.checkId("id", id)) {
      return null;
    }
    if (id.isEmpty()) {
      id = derivedTieId(kind, from, to, since, until, source);
    }
    return new Tie(id, from, to, kind, weight, since, until, source);
  }

  /**
   * The id of a tie whose row gives none: kind, both ends (in sorted order for an undirected kind,
   * so that A-B and B-A are one tie), years and source. Two rows that differ only in weight are
   * then the same tie, reported as a duplicate.
   */
  public static String derivedTieId(
      TieKind kind, String from, String to, Integer since, Integer until, String source) {
    String a = from;
    String b = to;
    if (!kind.directed() && a.compareTo(b) > 0) {
      a = to;
      b = from;
    }
    // Parts are escaped so that a '|' inside an id or source cannot make two ties collide.
    return String.join(
        "|",
        kind.id(),
        escape(a),
        escape(b),
        since == null ? "" : since.toString(),
        until == null ? "" : until.toString(),
        escape(source));
  }

  private static String escape(String part) {
    return part.replace("\\", "\\\\").replace("|", "\\|");
  }

  /** {@link #WHOLE} without a matcher (two years a tie). */
  static boolean isWhole(String text) {
    int length = text.length();
    if (length < 1 || length > 9) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Integer year(Row row, String field) {
    String text = row.optional(field);
    if (text.isEmpty()) {
      return null;
    }
    try {
      if (!isWhole(text)) {
        throw new NumberFormatException(text);
      }
      int year = Integer.parseInt(text);
      if (year < MIN_YEAR || year > MAX_YEAR) {
        row.problem(field, "year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        return null;
      }
      return year;
    } catch (NumberFormatException e) {
      row.problem(field, "'" + text + "' is not a year such as 2021");
      return null;
    }
  }

  /** The line breaks in {@code file} of {@code files}: one more than its rows, or about that. */
  public static int lineBreaks(ImportFiles files, String file) {
    byte[] bytes = files.get(file).orElse(new byte[0]);
    int lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /**
   * Reports every id in {@code referencesByLine} that neither this import nor the database defines.
   * With one field the ids are a list in that column; with several, the i-th id is in the i-th
   * field.
   */
  private static void checkReferences(
      Run run,
      String file,
      List<String> fields,
      Map<Long, List<String>> referencesByLine,
      Set<String> definedInImport,
      Function<Collection<String>, Set<String>> existing,
      String what,
      String definingFile) {
    Set<String> missing = new HashSet<>();
    referencesByLine.values().stream()
        .flatMap(List::stream)
        .filter(id -> !id.isEmpty() && !definedInImport.contains(id))
        .forEach(missing::add);
    Set<String> inDatabase = missing.isEmpty() ? Set.of() : existing.apply(missing);
    if (inDatabase.containsAll(missing)) {
      return; // every reference is defined: no need to go through them again
    }
    referencesByLine.forEach(
        (line, ids) -> {
          for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (missing.contains(id) && !inDatabase.contains(id)) {
              run.problem(
                  file,
                  line,
                  fields.get(Math.min(i, fields.size() - 1)),
                  "unknown "
                      + what
                      + " '"
                      + id
                      + "': not in "
                      + definingFile
                      + " nor in the database");
            }
          }
        });
  }

  /** Problems of one parse, capped at {@link #MAX_PROBLEMS} listed. */
  private static final class Run {
    final List<ImportProblem> problems = new ArrayList<>();
    final Limits limits;
    final CsvDialect dialect;
    long unlisted;

    /** The file being read: its separator, and the decimal mark its numbers use. */
    char delimiter = ',';

    CsvDialect.Decimals decimals;

    Run(Limits limits) {
      this(limits, CsvDialect.AUTO);
    }

    Run(Limits limits, CsvDialect dialect) {
      this.limits = limits;
      this.dialect = dialect;
    }

    void problem(String file, long line, String field, String message) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new ImportProblem(file, line, field, message));
      } else {
        unlisted++;
      }
    }

    void throwIfProblems() {
      if (problems.isEmpty()) {
        return;
      }
      List<ImportProblem> all = new ArrayList<>(problems);
      if (unlisted > 0) {
        all.add(
            new ImportProblem(
                "", 0, "", unlisted + " more problem(s) not listed; fix these and import again"));
      }
      throw new ImportRejectedException(all);
    }

    void rows(
        String file,
        byte[] bytes,
        List<String> known,
        List<String> required,
        Consumer<Row> handler) {
      CsvDialect.Decoded decoded = CsvDialect.decode(bytes);
      if (decoded.problem() != null) {
        problem(file, decoded.line(), "", decoded.problem());
        return;
      }
      String text = decoded.text();
      CsvDialect.Separator separator = dialect.separatorFor(text.lines().findFirst().orElse(""));
      if (separator.problem() != null) {
        problem(file, 1, "", separator.problem());
        return;
      }
      delimiter = separator.delimiter();
      decimals = new CsvDialect.Decimals(dialect, delimiter);
      CsvQuoting.Violation quoting = CsvQuoting.firstViolation(text, delimiter);
      if (quoting != null) {
        String[] names =
            text.lines().findFirst().orElse("").split(Pattern.quote(String.valueOf(delimiter)), -1);
        String field =
            quoting.line() > 1 && quoting.column() < names.length
                ? names[quoting.column()].strip().replace("\"", "")
                : "column " + (quoting.column() + 1);
        problem(file, quoting.line(), field, quoting.message());
        return;
      }
      try (Reader reader = new java.io.StringReader(text);
          CSVParser parser = FORMAT.builder().setDelimiter(delimiter).get().parse(reader)) {
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
          problem(file, 1, "", "has no header row; expected columns " + String.join(",", known));
          return;
        }
        if (header.size() > limits.maxColumns()) {
          problem(
              file,
              1,
              "",
              "has "
                  + header.size()
                  + " columns; at most "
                  + limits.maxColumns()
                  + " are read (brobygge.import.max-columns)");
          return;
        }
        boolean complete = true;
        List<String> lowerHeader =
            header.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
        for (String column : required) {
          if (!lowerHeader.contains(column)) {
            problem(
                file,
                1,
                column,
                "missing column '"
                    + column
                    + "'; the header must name "
                    + String.join(", ", required)
                    + " (found: "
                    + String.join(",", header)
                    + ")");
            complete = false;
          }
        }
        List<String> extra = new ArrayList<>();
        for (String column : header) {
          String lower = column.toLowerCase(java.util.Locale.ROOT);
          if (known.contains(lower)) {
            continue;
          }
          if (!file.equals(ImportFiles.ACTORS)) {
            problem(
                file,
                1,
                column,
                "unknown column '" + column + "'; expected " + String.join(", ", known));
            complete = false;
          } else if (!EXTRA_COLUMN.matcher(column).matches()) {
            problem(
                file,
                1,
                column,
                "column name '"
                    + column
                    + "' cannot be stored: use letters, digits and '_', starting with a letter");
            complete = false;
          } else if (GENERATED.contains(lower)
              || GENERATED_PREFIXES.stream().anyMatch(lower::startsWith)) {
            problem(
                file,
                1,
                column,
                "column name '"
                    + column
                    + "' is a property Brobygge writes itself (score_*, scoresVersion,"
                    + " importId); rename the column");
            complete = false;
          } else {
            extra.add(column);
          }
        }
        if (!complete) {
          return;
        }
        Columns columns = new Columns(parser.getHeaderMap());
        var records = parser.iterator();
        long rows = 0;
        while (true) {
          long line = parser.getCurrentLineNumber() + 1;
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
          } catch (UncheckedIOException | IllegalStateException e) {
            problem(file, line, "", "is not valid CSV here: " + rootMessage(e));
            return;
          }
          if (record.size() == 1 && record.get(0).isEmpty()) {
            continue; // a blank line
          }
          if (++rows > limits.maxRows()) {
            problem(
                file,
                line,
                "",
                "has more than "
                    + limits.maxRows()
                    + " rows (brobygge.import.max-rows); split it into several imports");
            return;
          }
          if (!cellsFit(file, line, header, record)) {
            continue;
          }
          if (!record.isConsistent()) {
            problem(
                file,
                line,
                "",
                "has "
                    + record.size()
                    + " cells where the header has "
                    + header.size()
                    + " (a '"
                    + (delimiter == '\t' ? "tab" : String.valueOf(delimiter))
                    + "' inside a value needs double quotes)");
            continue;
          }
          handler.accept(new Row(this, file, line, record, columns, extra));
        }
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        problem(file, 1, "", "cannot be read as CSV: " + rootMessage(e));
      }
    }

    /**
     * Reports a cell longer than the limit, or holding a character no text field should: a control
     * character other than tab and line break (a NUL byte, say), or U+FFFE/U+FFFF.
     */
    private boolean cellsFit(String file, long line, List<String> header, CSVRecord record) {
      boolean fits = true;
      for (int i = 0; i < record.size(); i++) {
        String value = record.get(i);
        String column = i < header.size() ? header.get(i) : "column " + (i + 1);
        if (value.length() > limits.maxCellLength()) {
          problem(
              file,
              line,
              column,
              "cell of "
                  + value.length()
                  + " characters; at most "
                  + limits.maxCellLength()
                  + " are read (brobygge.import.max-cell-length)");
          fits = false;
          continue;
        }
        for (int k = 0; k < value.length(); k++) {
          char c = value.charAt(k);
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              || c == 0x7F
              || c == '\uFFFE'
              || c == '\uFFFF') {
            problem(
                file,
                line,
                column,
                "holds the control character U+%04X at position %d; remove it"
                    .formatted((int) c, k + 1));
            fits = false;
            break;
          }
        }
      }
      return fits;
    }

    private static String rootMessage(Throwable e) {
      Throwable t = e;
      while (t.getCause() != null) {
        t = t.getCause();
      }
      return t.getMessage();
    }
  }

  /**
   * A file's column positions by name, the header's case ignored as {@link #FORMAT} ignores it.
   * Looked up once per name, not per cell: the record's own lookup by name goes through a
   * case-insensitive {@code TreeMap} every time (a tenth of the parsing time at 1,000,000 ties).
   */
  private static final class Columns {
    private final Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    // the names asked for so far (the parser's own names are constants: the same String objects)
    private String[] names = new String[0];
    private int[] indexes = new int[0];

    Columns(Map<String, Integer> headerMap) {
      header.putAll(headerMap);
    }

    /** The column named {@code field}, or -1 when the header has none. */
    int index(String field) {
      for (int i = 0; i < names.length; i++) {
        if (names[i] == field) {
          return indexes[i];
        }
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(field)) {
          return indexes[i];
        }
      }
      int index = header.getOrDefault(field, -1);
      names = java.util.Arrays.copyOf(names, names.length + 1);
      indexes = java.util.Arrays.copyOf(indexes, indexes.length + 1);
      names[names.length - 1] = field;
      indexes[indexes.length - 1] = index;
      return index;
    }
  }

  /** One record with its position, and the problems found in it. */
  private static final class Row {
    final Run run;
    final String file;
    final long line;
    final CSVRecord record;
    final Columns columns;
    final List<String> extra;
    int problems;

    Row(Run run, String file, long line, CSVRecord record, Columns columns, List<String> extra) {
      this.run = run;
      this.file = file;
      this.line = line;
      this.record = record;
      this.columns = columns;
      this.extra = extra;
    }

    void problem(String field, String message) {
      problems++;
      run.problem(file, line, field, message);
    }

    boolean hasProblems() {
      return problems > 0;
    }

    /** The trimmed value, or null after reporting it missing. */
    String required(String field) {
      String value = optional(field);
      if (value.isEmpty()) {
        problem(field, "'" + field + "' is required and empty");
        return null;
      }
      return value;
    }

    /** A required id, or null after reporting it missing or malformed. */
    String id(String field) {
      String value = required(field);
      return value == null || !checkId(field, value) ? null : value;
    }

    /** Whether {@code value} (non-empty) is a well-formed id; reports it if not. */
    boolean checkId(String field, String value) {
      if (value.isEmpty()) {
        return true;
      }
      int max = run.limits.maxIdLength();
      if (value.length() > max) {
        problem(
            field,
            "id of "
                + value.length()
                + " characters; at most "
                + max
                + " (brobygge.import.max-id-length)");
        return false;
      }
      if (!isWellFormedId(value)) {
        problem(
            field,
            "id '"
                + printable(value)
                + "' may hold only letters, digits and . _ - : (no spaces, '|', '/', quotes or"
                + " control characters), starting with a letter or digit");
        return false;
      }
      return true;
    }

    String optional(String field) {
      int column = columns.index(field);
      if (column < 0) {
        return "";
      }
      // rows() passes on consistent records only: every column has its cell
      String value = record.get(column);
      return value == null ? "" : value.strip();
    }

    List<String> list(String field) {
      String value = optional(field);
      if (value.isEmpty()) {
        return List.of();
      }
      return java.util.Arrays.stream(SPLIT.split(value)).filter(s -> !s.isEmpty()).toList();
    }

    List<String> extraColumns() {
      return extra;
    }
  }

  /** {@code text} with control characters shown as {@code \\uXXXX}, cut to 80 characters. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 80; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
        out.append("\\u%04X".formatted((int) c));
      } else {
        out.append(c);
      }
    }
    return text.length() > 80 ? out + "..." : out.toString();
  }
}
