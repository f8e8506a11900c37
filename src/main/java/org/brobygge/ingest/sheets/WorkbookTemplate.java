package org.brobygge.ingest.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.model.Role;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKind;
import org.brobygge.model.TieKinds;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The template workbook users fill in: the sheets {@code ecosystems}, {@code actors} and {@code
 * ties} with the native headers and example rows that import as they are, drop-down lists of the
 * allowed sectors and tie kinds (Excel data validation, from the {@code notes} sheet), and a {@code
 * notes} sheet saying what each column holds. Written with fastexcel.
 */
public final class WorkbookTemplate {

  /** The sheet with the column notes and the allowed values; the reader skips it. */
  public static final String NOTES = "notes";

  private WorkbookTemplate() {}

  /** The template for the tie kinds configured in {@code tieKinds}. */
  public static byte[] bytes(TieKinds tieKinds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Brobygge", "1.0");
      Worksheet ecosystems = workbook.newWorksheet("ecosystems");
      Worksheet actors = workbook.newWorksheet("actors");
      Worksheet ties = workbook.newWorksheet("ties");
      Worksheet notes = workbook.newWorksheet(NOTES);

      header(ecosystems, NativeCsvParser.ECOSYSTEM_COLUMNS);
      row(ecosystems, 1, "space", "Space industry", "SE332");

      header(actors, NativeCsvParser.ACTOR_COLUMNS);
      row(actors, 1, "orbit", "Orbit Systems AB", "business", "firm", "SE332", "SE", "space");
      actors.value(1, 7, 12);
      actors.value(1, 8, true);
      actors.value(1, 9, "https://orbit.example");
      row(
          actors,
          2,
          "ltu",
          "Arctic University",
          "academia",
          "research|education",
          "SE332",
          "SE",
          "space");

      header(ties, NativeCsvParser.TIE_COLUMNS);
      row(ties, 1, "", "orbit", "ltu", "research");
      ties.value(1, 4, 2);
      ties.value(1, 5, 2019);
      ties.value(1, 6, 2022);
      ties.value(1, 7, "survey-2025");

      List<String> sectors = Sector.ids();
      List<String> kinds = tieKinds.all().stream().map(TieKind::id).toList();
      writeNotes(notes, sectors, kinds);
      // drop-downs for the closed lists, from the notes sheet's columns E and F
      int rows = 10_000;
      int sectorColumn = NativeCsvParser.ACTOR_COLUMNS.indexOf("sector");
      actors
          .range(1, sectorColumn, rows, sectorColumn)
          .validateWithList(notes.range(1, 4, sectors.size(), 4))
          .allowBlank(true)
          .showDropdown(true)
          .errorTitle("Unknown sector")
          .error("Choose one of " + String.join(", ", sectors));
      int kindColumn = NativeCsvParser.TIE_COLUMNS.indexOf("kind");
      ties.range(1, kindColumn, rows, kindColumn)
          .validateWithList(notes.range(1, 5, kinds.size(), 5))
          .allowBlank(true)
          .showDropdown(true)
          .errorTitle("Unknown tie kind")
          .error("Choose one of " + String.join(", ", kinds));
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeNotes(Worksheet notes, List<String> sectors, List<String> kinds) {
    row(notes, 0, "sheet", "column", "required", "meaning");
    notes.range(0, 0, 0, 5).style().bold().set();
    String[][] lines = {
      {"ecosystems", "id", "yes", "the ecosystem's key: letters, digits and . _ - :"},
      {"ecosystems", "name", "yes", "display name"},
      {"ecosystems", "region", "", "NUTS code such as SE332"},
      {"actors", "id", "yes", "the actor's key: letters, digits and . _ - :"},
      {"actors", "name", "yes", "display name"},
      {"actors", "sector", "yes", "one of column E"},
      {"actors", "roles", "", "any of " + String.join(", ", Role.ids()) + ", separated by |"},
      {"actors", "region", "", "NUTS code or region name"},
      {"actors", "country", "", "two-letter upper-case code: SE, FI"},
      {"actors", "ecosystems", "", "ecosystem ids, separated by |"},
      {"actors", "size", "", "employees, a whole number"},
      {"actors", "sme", "", "TRUE or FALSE"},
      {"actors", "website", "", "text"},
      {"actors", "(any other)", "", "kept as text; name of letters, digits and _"},
      {"ties", "id", "", "the tie's key; empty: made of kind, actors, years and source"},
      {"ties", "from, to", "yes", "the two actors' ids; from is the source of a directed kind"},
      {"ties", "kind", "yes", "one of column F"},
      {"ties", "weight", "", "a number > 0; 1 when empty"},
      {"ties", "since, until", "", "years such as 2021; empty until: ongoing or unknown"},
      {"ties", "source", "", "where the tie is known from"},
      {"", "", "", "Replace the example rows with your own. Sheets other than ecosystems,"},
      {"", "", "", "actors and ties (this one) are not imported."},
    };
    for (int i = 0; i < lines.length; i++) {
      row(notes, i + 1, lines[i]);
    }
    notes.value(0, 4, "sectors");
    notes.value(0, 5, "tie kinds");
    for (int i = 0; i < sectors.size(); i++) {
      notes.value(i + 1, 4, sectors.get(i));
    }
    for (int i = 0; i < kinds.size(); i++) {
      notes.value(i + 1, 5, kinds.get(i));
    }
    notes.width(3, 70);
  }

  private static void header(Worksheet sheet, List<String> columns) {
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c));
      sheet.width(c, Math.max(12, columns.get(c).length() + 4));
    }
    sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
    sheet.freezePane(0, 1);
  }

  private static void row(Worksheet sheet, int row, String... values) {
    for (int c = 0; c < values.length; c++) {
      if (!values[c].isEmpty()) {
        sheet.value(row, c, values[c]);
      }
    }
  }
}
