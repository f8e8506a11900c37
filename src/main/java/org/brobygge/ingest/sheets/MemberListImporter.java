package org.brobygge.ingest.sheets;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brobygge.ingest.CsvDialect;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.model.Actor;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Sector;
import org.brobygge.store.ActorDirectory;
import org.springframework.stereotype.Service;

/**
 * A cluster's member list (a CSV file or a sheet of an .xlsx: organisation names, optionally ids,
 * organisation or VAT numbers and sectors) made into memberships of one ecosystem.
 *
 * <p>Each row is matched to an existing actor, in this order: the {@code id} column exactly; the
 * organisation/VAT number against the actors' {@code orgNumber}/{@code vat}-like properties (digits
 * only, a VAT's country prefix and Swedish {@code 01} suffix dropped: {@code SE556677889901} is
 * {@code 556677-8899}); the normalised name (case, diacritics, punctuation and legal-form words
 * such as AB, Oy, Ltd ignored). A row matching no actor creates one (its sector from the row's
 * {@code sector} column or the {@code sector} parameter, else it is a problem); a row matching
 * several is ambiguous and blocks the import, listing the candidates, unless {@code
 * createAmbiguous} asks to create new actors for such rows. All or nothing: on any problem nothing
 * is written.
 */
@Service
public class MemberListImporter {

  /** Header names read, by what they mean (lower case, spaces and '_' dropped). */
  private static final Map<String, String> COLUMNS = columns();

  /** Actor property names (lower case, '_' dropped) that hold an organisation or VAT number. */
  private static final Set<String> NUMBER_PROPERTIES =
      Set.of(
          "orgnumber",
          "orgnr",
          "organisationnumber",
          "organizationnumber",
          "organisationsnummer",
          "vat",
          "vatnumber",
          "businessid",
          "ytunnus");

  /** Legal-form words dropped from a name before comparing. */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "ab", "publ", "oy", "oyj", "ltd", "limited", "inc", "corp", "gmbh", "ag", "as", "asa",
          "aps", "plc", "llc", "kb", "hb", "ry", "rf", "sa", "bv", "nv", "ek", "for", "co");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final ActorDirectory directory;
  private final NativeImporter importer;
  private final WorkbookReader reader;

  MemberListImporter(
      ActorDirectory directory, NativeImporter importer, NativeCsvParser.Limits limits) {
    this.directory = directory;
    this.importer = importer;
    this.reader = new WorkbookReader(limits);
  }

  /**
   * What to do with the list.
   *
   * @param sector the sector of created actors whose row has none; null: such a row is a problem
   * @param createAmbiguous create a new actor for a row that matches several, instead of refusing
   * @param dryRun match and report, write nothing
   */
  public record Options(Sector sector, boolean createAmbiguous, boolean dryRun) {}

  /** One row's outcome: how it matched ({@code id}, {@code number}, {@code name}, {@code new}). */
  public record Match(long line, String name, String actorId, String by) {}

  /** A row that matched several actors, with their ids and names. */
  public record Ambiguous(long line, String name, String by, List<String> candidates) {}

  /**
   * @param matched rows matched to an existing actor ({@code alreadyMember} of them were already)
   * @param created rows for which an actor is created
   * @param ambiguous rows that matched several actors and were created as new ones (with
   *     createAmbiguous); when they block the import they are the 422's problems instead
   * @param write what was written; null for a dry run
   */
  public record MemberImportReport(
      String ecosystem,
      String file,
      int rows,
      List<Match> matched,
      int alreadyMember,
      List<Match> created,
      List<Ambiguous> ambiguous,
      boolean dryRun,
      NativeImporter.ImportReport write) {}

  /**
   * @throws ImportRejectedException listing every problem (bad header, a row without a name or a
   *     sector for a new actor, ambiguous rows); nothing is written then
   * @throws UnknownEcosystemException when the ecosystem does not exist
   */
  public MemberImportReport importMembers(
      String ecosystemId, byte[] bytes, String fileName, CsvDialect dialect, Options options) {
    if (importer.knownIds().existingEcosystems(List.of(ecosystemId)).isEmpty()) {
      throw new UnknownEcosystemException(ecosystemId);
    }
    String label = fileName;
    String text;
    TreeMap<Long, Integer> rowOfLine = null;
    char delimiter;
    if (SpreadsheetImporter.isWorkbook(fileName)) {
      WorkbookReader.OneSheet sheet = reader.readOneSheet(bytes, fileName, "members");
      label = sheet.label();
      text = new String(sheet.csv(), StandardCharsets.UTF_8);
      rowOfLine = sheet.rowOfLine();
      delimiter = ',';
    } else {
      CsvDialect.Decoded decoded = CsvDialect.decode(bytes);
      if (decoded.problem() != null) {
        throw rejected(label, decoded.line(), "", decoded.problem());
      }
      text = decoded.text();
      CsvDialect.Separator separator = dialect.separatorFor(text.lines().findFirst().orElse(""));
      if (separator.problem() != null) {
        throw rejected(label, 1, "", separator.problem());
      }
      delimiter = separator.delimiter();
    }
    List<Row> rows = rows(text, delimiter, label, rowOfLine);
    return match(ecosystemId, label, rows, options);
  }

  /** The ecosystem a member list names is not in the database. */
  public static final class UnknownEcosystemException extends RuntimeException {
    public UnknownEcosystemException(String id) {
      super("no ecosystem '" + id + "'");
    }
  }

  /** One member row: where it is and what it says. */
  private record Row(long line, String name, String id, String number, String sector) {}

  private static List<Row> rows(
      String text, char delimiter, String label, TreeMap<Long, Integer> rowOfLine) {
    List<ImportProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false)
            .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw rejected(label, 0, "", "is empty; expected a header with a 'name' column");
      }
      CSVRecord header = records.next();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String raw = header.get(i).strip();
        String key = raw.toLowerCase(Locale.ROOT).replaceAll("[\\s_.-]", "");
        if (raw.isEmpty()) {
          continue;
        }
        String meaning = COLUMNS.get(key);
        if (meaning == null) {
          problems.add(
              new ImportProblem(
                  label,
                  row(rowOfLine, 1),
                  raw,
                  "unknown column '"
                      + raw
                      + "'; a member list has name (required), id, orgNumber or vat, sector"));
        } else if (index.putIfAbsent(meaning, i) != null) {
          problems.add(
              new ImportProblem(
                  label, row(rowOfLine, 1), raw, "a second column for '" + meaning + "'"));
        }
      }
      if (!index.containsKey("name")) {
        problems.add(
            new ImportProblem(
                label,
                row(rowOfLine, 1),
                "name",
                "missing column 'name' (the organisation's name; found: "
                    + String.join(",", header.toList())
                    + ")"));
      }
      if (!problems.isEmpty()) {
        throw new ImportRejectedException(problems);
      }
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(new ImportProblem(label, row(rowOfLine, line), "", "is not valid CSV here"));
          break;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        long at = row(rowOfLine, line);
        String name = cell(record, index, "name");
        if (name.isEmpty()) {
          problems.add(new ImportProblem(label, at, "name", "'name' is required and empty"));
          continue;
        }
        rows.add(
            new Row(
                at,
                name,
                cell(record, index, "id"),
                cell(record, index, "number"),
                cell(record, index, "sector")));
      }
    } catch (IOException e) {
      throw rejected(label, 0, "", "cannot be read: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    return rows;
  }

  private MemberImportReport match(
      String ecosystemId, String label, List<Row> rows, Options options) {
    List<Actor> actors = directory.actors();
    Map<String, Actor> byId = new HashMap<>();
    Map<String, List<Actor>> byNumber = new HashMap<>();
    Map<String, List<Actor>> byName = new HashMap<>();
    for (Actor actor : actors) {
      byId.put(actor.id(), actor);
      for (var attribute : actor.attributes().entrySet()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT).replace("_", "");
        String number = number(String.valueOf(attribute.getValue()));
        if (NUMBER_PROPERTIES.contains(key) && !number.isEmpty()) {
          List<Actor> list = byNumber.computeIfAbsent(number, k -> new ArrayList<>());
          if (!list.contains(actor)) {
            list.add(actor);
          }
        }
      }
      byName.computeIfAbsent(normalisedName(actor.name()), k -> new ArrayList<>()).add(actor);
    }

    List<ImportProblem> problems = new ArrayList<>();
    List<Match> matched = new ArrayList<>();
    List<Match> created = new ArrayList<>();
    List<Ambiguous> ambiguous = new ArrayList<>();
    Map<String, Actor> toWrite = new LinkedHashMap<>();
    Set<String> takenIds = new HashSet<>(byId.keySet());
    Set<String> existingIds = Set.copyOf(byId.keySet());
    int alreadyMember = 0;
    for (Row row : rows) {
      Actor found = null;
      String by = null;
      List<Actor> candidates = List.of();
      if (!row.id().isEmpty() && byId.containsKey(row.id())) {
        found = byId.get(row.id());
        by = "id";
      }
      if (found == null && !number(row.number()).isEmpty()) {
        candidates = byNumber.getOrDefault(number(row.number()), List.of());
        by = "number";
      }
      if (found == null && candidates.isEmpty()) {
        candidates = byName.getOrDefault(normalisedName(row.name()), List.of());
        by = "name";
      }
      if (found == null && candidates.size() == 1) {
        found = candidates.getFirst();
      }
      if (found != null) {
        matched.add(new Match(row.line(), row.name(), found.id(), by));
        Actor current = toWrite.getOrDefault(found.id(), found);
        if (current.ecosystems().contains(ecosystemId)) {
          if (current == found && existingIds.contains(found.id())) {
            alreadyMember++;
          }
        } else {
          List<String> ecosystems = new ArrayList<>(current.ecosystems());
          ecosystems.add(ecosystemId);
          toWrite.put(
              found.id(),
              new Actor(
                  found.id(),
                  found.name(),
                  found.sector(),
                  found.roles(),
                  found.region(),
                  found.country(),
                  ecosystems,
                  found.attributes()));
        }
        continue;
      }
      if (candidates.size() > 1) {
        Ambiguous a =
            new Ambiguous(
                row.line(),
                row.name(),
                by,
                candidates.stream().map(c -> c.id() + " (" + c.name() + ")").toList());
        ambiguous.add(a);
        if (!options.createAmbiguous()) {
          problems.add(
              new ImportProblem(
                  label,
                  row.line(),
                  by.equals("number") ? "orgNumber" : "name",
                  "'"
                      + row.name()
                      + "' matches "
                      + candidates.size()
                      + " actors by "
                      + by
                      + ": "
                      + String.join(", ", a.candidates())
                      + "; put the one meant in an 'id' column, or send createAmbiguous=true"
                      + " to create a new actor for this row"));
          continue;
        }
      }
      // a new actor
      Sector sector = options.sector();
      if (!row.sector().isEmpty()) {
        sector = Sector.fromId(row.sector()).orElse(null);
        if (sector == null) {
          problems.add(
              new ImportProblem(
                  label,
                  row.line(),
                  "sector",
                  "unknown sector '"
                      + row.sector()
                      + "'; expected one of "
                      + String.join(", ", Sector.ids())));
          continue;
        }
      }
      if (sector == null) {
        problems.add(
            new ImportProblem(
                label,
                row.line(),
                "sector",
                "'"
                    + row.name()
                    + "' matches no actor, and a new actor needs a sector: add a 'sector'"
                    + " column, or send sector= ("
                    + String.join(", ", Sector.ids())
                    + ") for all new ones"));
        continue;
      }
      String id = row.id().isEmpty() ? newId(row.name(), takenIds) : row.id();
      if (!NativeCsvParser.isWellFormedId(id)) {
        problems.add(
            new ImportProblem(
                label,
                row.line(),
                "id",
                "id '" + id + "' may hold only letters, digits and . _ - :, starting with one"));
        continue;
      }
      takenIds.add(id);
      Map<String, Object> attributes = new TreeMap<>();
      if (!row.number().isEmpty()) {
        attributes.put("orgNumber", row.number());
      }
      Actor actor =
          new Actor(id, row.name(), sector, Set.of(), "", "", List.of(ecosystemId), attributes);
      Actor earlier = toWrite.putIfAbsent(id, actor);
      if (earlier != null && !byId.containsKey(id)) {
        problems.add(
            new ImportProblem(
                label, row.line(), "id", "a second new actor with id '" + id + "' in this list"));
        continue;
      }
      created.add(new Match(row.line(), row.name(), id, "new"));
      // a later row with the same name matches this new actor rather than creating another
      byName.computeIfAbsent(normalisedName(row.name()), k -> new ArrayList<>()).add(actor);
      byId.put(id, actor);
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    NativeImporter.ImportReport write = null;
    if (!options.dryRun() && !toWrite.isEmpty()) {
      write =
          importer.importData(
              new EcosystemData(List.of(), List.copyOf(toWrite.values()), List.of()),
              List.of(label));
    }
    return new MemberImportReport(
        ecosystemId,
        label,
        rows.size(),
        matched,
        alreadyMember,
        created,
        ambiguous,
        options.dryRun(),
        write);
  }

  /** A name compared without case, diacritics, punctuation and legal-form words. */
  static String normalisedName(String name) {
    String plain =
        MARKS
            .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : NOT_WORD.split(plain)) {
      if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
        words.add(word);
      }
    }
    // a name that is only a legal form ("AB") keeps it
    return words.isEmpty()
        ? String.join(" ", NOT_WORD.split(plain)).strip()
        : String.join(" ", words);
  }

  /**
   * An organisation or VAT number compared by its digits: a VAT's country letters dropped, and the
   * {@code 01} a Swedish VAT number adds to the 10-digit organisation number.
   */
  static String number(String text) {
    if (text == null) {
      return "";
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    String digits = upper.replaceAll("[^0-9]", "");
    if (upper.startsWith("SE") && digits.length() == 12 && digits.endsWith("01")) {
      digits = digits.substring(0, 10);
    }
    return digits;
  }

  /** An id for a new actor from its name: "lulea-energi", then "lulea-energi-2" if taken. */
  private static String newId(String name, Set<String> taken) {
    String base = normalisedName(name).replace(' ', '-');
    base = base.replaceAll("[^\\p{L}\\p{N}-]", "");
    if (base.isEmpty() || !Character.isLetterOrDigit(base.charAt(0))) {
      base = "member";
    }
    if (base.length() > 80) {
      base = base.substring(0, 80);
    }
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static String cell(CSVRecord record, Map<String, Integer> index, String meaning) {
    Integer i = index.get(meaning);
    return i == null || i >= record.size() ? "" : record.get(i).strip();
  }

  private static long row(TreeMap<Long, Integer> rowOfLine, long line) {
    if (rowOfLine == null) {
      return line;
    }
    var entry = rowOfLine.floorEntry(line);
    return entry == null ? line : entry.getValue();
  }

  private static ImportRejectedException rejected(
      String file, long line, String field, String message) {
    return new ImportRejectedException(List.of(new ImportProblem(file, line, field, message)));
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new HashMap<>();
    for (String name :
        List.of("name", "organisation", "organization", "organisationname", "namn", "nimi")) {
      columns.put(name, "name");
    }
    columns.put("id", "id");
    columns.put("actorid", "id");
    for (String number :
        List.of(
            "orgnumber",
            "orgnr",
            "organisationnumber",
            "organizationnumber",
            "organisationsnummer",
            "vat",
            "vatnumber",
            "businessid",
            "ytunnus")) {
      columns.put(number, "number");
    }
    columns.put("sector", "sector");
    return columns;
  }
}
