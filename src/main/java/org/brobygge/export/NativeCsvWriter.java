package org.brobygge.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.model.Actor;
import org.brobygge.model.Ecosystem;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Membership;
import org.brobygge.model.Role;
import org.brobygge.model.Tie;

/**
 * Writes an {@link EcosystemData} in Brobygge's native CSV format: {@value #ECOSYSTEMS_FILE},
 * {@value #ACTORS_FILE}, {@value #TIES_FILE} and, when the data has membership years, {@value
 * #MEMBERSHIPS_FILE} in one folder.
 *
 * <p>The format: UTF-8 without byte-order mark, comma-separated, RFC 4180 quoting (a cell is quoted
 * only when it holds a comma, quote or line break), {@code \n} line ends, a header row.
 * Multi-valued cells (roles, ecosystems) join their values with {@value #MULTI_VALUE_SEPARATOR}.
 *
 * <ul>
 *   <li>{@code ecosystems.csv}: {@code id,name,region}
 *   <li>{@code actors.csv}: {@code id,name,sector,roles,region,country,ecosystems,size,sme,website}
 *       and then one column per other attribute key, in sorted order; an absent attribute is an
 *       empty cell
 *   <li>{@code ties.csv}: {@code id,from,to,kind,weight,since,until,source}; the weight is a plain
 *       decimal without exponent ({@code 3}, {@code 0.5}, {@code 12.3}), years are integers or
 *       empty
 *   <li>{@code memberships.csv}: {@code actor,ecosystem,since,until}, one row per membership with
 *       years (the actor's {@code ecosystems} cell lists it too)
 * </ul>
 *
 * <p>The same data gives byte-identical files. Cost: O(actors + ties) time, constant memory beyond
 * the data.
 */
public final class NativeCsvWriter {

  // The format is defined once, by the parser that reads it back.
  public static final String ECOSYSTEMS_FILE = ImportFiles.ECOSYSTEMS;
  public static final String ACTORS_FILE = ImportFiles.ACTORS;
  public static final String TIES_FILE = ImportFiles.TIES;
  public static final String MEMBERSHIPS_FILE = ImportFiles.MEMBERSHIPS;
  public static final String MULTI_VALUE_SEPARATOR = NativeCsvParser.MULTI_VALUE_SEPARATOR;

  public static final List<String> ECOSYSTEM_COLUMNS = NativeCsvParser.ECOSYSTEM_COLUMNS;
  public static final List<String> ACTOR_COLUMNS = NativeCsvParser.ACTOR_COLUMNS;
  public static final List<String> TIE_COLUMNS = NativeCsvParser.TIE_COLUMNS;
  public static final List<String> MEMBERSHIP_COLUMNS = NativeCsvParser.MEMBERSHIP_COLUMNS;

  private static final Set<String> ATTRIBUTE_COLUMNS = Set.of("size", "sme", "website");

  private NativeCsvWriter() {}

  /**
   * Writes the three files into {@code dir}, creating it if needed and replacing files of the same
   * names.
   *
   * @throws IllegalArgumentException if an ecosystem id contains {@value #MULTI_VALUE_SEPARATOR},
   *     which the multi-valued cell could not hold
   */
  public static void write(EcosystemData data, Path dir) throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    writeEcosystems(data.ecosystems(), dir.resolve(ECOSYSTEMS_FILE));
    writeActors(data.actors(), dir.resolve(ACTORS_FILE));
    writeTies(data.ties(), dir.resolve(TIES_FILE));
    Path memberships = dir.resolve(MEMBERSHIPS_FILE);
    if (data.memberships().isEmpty()) {
      // a file left by an earlier write would give years this data does not have
      Files.deleteIfExists(memberships);
    } else {
      writeMemberships(data.memberships(), memberships);
    }
  }

  private static void writeMemberships(List<Membership> memberships, Path file) throws IOException {
    try (CSVPrinter out = printer(file, MEMBERSHIP_COLUMNS)) {
      for (Membership m : memberships) {
        out.printRecord(m.actor(), m.ecosystem(), cell(m.since()), cell(m.until()));
      }
    }
  }

  private static void writeEcosystems(List<Ecosystem> ecosystems, Path file) throws IOException {
    try (CSVPrinter out = printer(file, ECOSYSTEM_COLUMNS)) {
      for (Ecosystem e : ecosystems) {
        out.printRecord(e.id(), e.name(), e.region());
      }
    }
  }

  private static void writeActors(List<Actor> actors, Path file) throws IOException {
    Set<String> extra = new TreeSet<>();
    for (Actor a : actors) {
      for (String key : a.attributes().keySet()) {
        if (!ATTRIBUTE_COLUMNS.contains(key)) {
          extra.add(key);
        }
      }
    }
    List<String> header = new ArrayList<>(ACTOR_COLUMNS);
    header.addAll(extra);
    try (CSVPrinter out = printer(file, header)) {
      List<String> row = new ArrayList<>(header.size());
      for (Actor a : actors) {
        row.clear();
        row.add(a.id());
        row.add(a.name());
        row.add(a.sector().id());
        row.add(joined(a.roles().stream().map(Role::id).toList()));
        row.add(a.region());
        row.add(a.country());
        row.add(joined(a.ecosystems()));
        for (String key : header.subList(ACTOR_COLUMNS.size() - 3, header.size())) {
          row.add(cell(a.attributes().get(key)));
        }
        out.printRecord(row);
      }
    }
  }

  private static void writeTies(List<Tie> ties, Path file) throws IOException {
    try (CSVPrinter out = printer(file, TIE_COLUMNS)) {
      for (Tie t : ties) {
        out.printRecord(
            t.id(),
            t.from(),
            t.to(),
            t.kind().id(),
            decimal(t.weight()),
            cell(t.since()),
            cell(t.until()),
            t.source());
      }
    }
  }

  private static CSVPrinter printer(Path file, List<String> header) throws IOException {
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(header.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();
    return new CSVPrinter(writer, format);
  }

  private static String joined(Collection<String> values) {
    for (String value : values) {
      if (value.contains(MULTI_VALUE_SEPARATOR)) {
        throw new IllegalArgumentException(
            "'" + value + "' contains " + MULTI_VALUE_SEPARATOR + ", the multi-value separator");
      }
    }
    return String.join(MULTI_VALUE_SEPARATOR, values);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      return decimal(((Number) value).doubleValue());
    }
    return value.toString();
  }

  /** The shortest decimal that reads back as {@code value}, without exponent. */
  static String decimal(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
