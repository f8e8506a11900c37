package org.brobygge.ingest.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.ingest.NativeCsvParser;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the three native tables from an Excel workbook (.xlsx): sheets named {@code ecosystems},
 * {@code actors} and {@code ties} (any case; other sheets, such as the template's notes, are
 * skipped), each with a header row. Each sheet becomes the CSV text of its native file, so that
 * exactly the same rules validate it; {@link Workbook#explain} turns the CSV's problems back into
 * the sheet, row number and column header the user sees in Excel.
 *
 * <p>Cells are read as Excel stores them, not as it shows them: a number as its plain decimal
 * ({@code 1.5}, {@code 2021}, whatever the locale shows), a boolean as {@code true}/{@code false},
 * a formula as its last computed value. An error cell ({@code #N/A}) is a problem.
 *
 * <p>Limits: the workbook is a zip, so it is unpacked once with a cap on the uncompressed size
 * ({@link ImportFiles#MAX_UNZIPPED_BYTES}, as for an archive) before the reader opens it; rows and
 * columns are capped as in CSV ({@link NativeCsvParser.Limits}) while the sheet is read, and the
 * cell length by the CSV rules.
 */
public final class WorkbookReader {

  /** The sheets read, in the order the native files are. */
  static final Map<String, String> SHEETS =
      Map.of(
          "ecosystems", ImportFiles.ECOSYSTEMS,
          "actors", ImportFiles.ACTORS,
          "ties", ImportFiles.TIES);

  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator("\n").get();

  private final NativeCsvParser.Limits limits;
  private final long maxUnzippedBytes;

  public WorkbookReader(NativeCsvParser.Limits limits) {
    this(limits, ImportFiles.MAX_UNZIPPED_BYTES);
  }

  WorkbookReader(NativeCsvParser.Limits limits, long maxUnzippedBytes) {
    this.limits = limits;
    this.maxUnzippedBytes = maxUnzippedBytes;
  }

  /**
   * The native files a workbook holds, and how to name its problems.
   *
   * @param files one CSV text per sheet found
   * @param name the workbook's file name
   * @param rowOfLine per native file name: CSV line where a record starts to its sheet row number
   */
  public record Workbook(
      ImportFiles files, String name, Map<String, TreeMap<Long, Integer>> rowOfLine) {

    /** The sheet a native file came from, as problems name it: "network.xlsx, sheet actors". */
    public String sheetLabel(String file) {
      String sheet = file.replace(".csv", "");
      return name + ", sheet " + sheet;
    }

    /** {@code e}'s problems with sheet, row and column instead of the CSV's file and line. */
    public ImportRejectedException explain(ImportRejectedException e) {
      List<ImportProblem> problems = new ArrayList<>();
      for (ImportProblem p : e.problems()) {
        TreeMap<Long, Integer> rows = rowOfLine.get(p.file());
        if (rows == null) {
          problems.add(p);
          continue;
        }
        long line = p.line();
        if (line > 0) {
          var entry = rows.floorEntry(line);
          line = entry == null ? line : entry.getValue();
        }
        problems.add(new ImportProblem(sheetLabel(p.file()), line, p.field(), words(p.message())));
      }
      return new ImportRejectedException(problems);
    }

    private static String words(String message) {
      String m = message.replaceAll(" \\(a ',' inside a value needs double quotes\\)", "");
      for (String file : SHEETS.values()) {
        m = m.replace(file, "sheet " + file.replace(".csv", ""));
      }
      return m;
    }
  }

  /**
   * Reads {@code bytes} as an .xlsx workbook named {@code name}.
   *
   * @throws ImportRejectedException when it is not a readable workbook, holds none of the three
   *     sheets, or a cell cannot be read; nothing is written then
   */
  public Workbook read(byte[] bytes, String name) {
    checkPackage(bytes, name, maxUnzippedBytes);
    Map<String, byte[]> csv = new HashMap<>();
    Map<String, TreeMap<Long, Integer>> rowOfLine = new HashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<String> found = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        found.add(sheet.getName());
        String file = SHEETS.get(sheet.getName().strip().toLowerCase(Locale.ROOT));
        if (file == null) {
          continue;
        }
        if (csv.containsKey(file)) {
          problems.add(
              new ImportProblem(name, 0, "", "has two sheets named '" + sheet.getName() + "'"));
          continue;
        }
        TreeMap<Long, Integer> rows = new TreeMap<>();
        csv.put(file, sheetAsCsv(sheet, name, rows, problems));
        rowOfLine.put(file, rows);
      }
    } catch (IOException | RuntimeException e) {
      throw rejected(
          name,
          "cannot be read as an .xlsx workbook ("
              + rootMessage(e)
              + "); is it complete? Save it again from Excel as 'Excel Workbook (*.xlsx)'");
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    if (csv.isEmpty()) {
      throw rejected(
          name,
          "has none of the sheets ecosystems, actors, ties (found: "
              + String.join(", ", found)
              + "); name the sheets so, or start from GET /api/imports/template.xlsx");
    }
    return new Workbook(
        ImportFiles.of(
            csv.get(ImportFiles.ECOSYSTEMS),
            csv.get(ImportFiles.ACTORS),
            csv.get(ImportFiles.TIES)),
        name,
        rowOfLine);
  }

  /**
   * One sheet of a workbook as CSV text: the one named {@code preferred} (any case), else the
   * first.
   *
   * @param label how problems name it: "members.xlsx, sheet Blad1"
   * @param rowOfLine CSV line where a record starts to its sheet row number
   */
  record OneSheet(byte[] csv, String label, TreeMap<Long, Integer> rowOfLine) {}

  OneSheet readOneSheet(byte[] bytes, String name, String preferred) {
    checkPackage(bytes, name, maxUnzippedBytes);
    List<ImportProblem> problems = new ArrayList<>();
    OneSheet sheet;
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      Sheet chosen =
          sheets.stream()
              .filter(s -> s.getName().strip().equalsIgnoreCase(preferred))
              .findFirst()
              .orElse(sheets.isEmpty() ? null : sheets.getFirst());
      if (chosen == null) {
        throw rejected(name, "has no sheet");
      }
      TreeMap<Long, Integer> rows = new TreeMap<>();
      byte[] csv = sheetAsCsv(chosen, name, rows, problems);
      sheet = new OneSheet(csv, name + ", sheet " + chosen.getName(), rows);
    } catch (ImportRejectedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw rejected(
          name,
          "cannot be read as an .xlsx workbook ("
              + rootMessage(e)
              + "); is it complete? Save it again from Excel as 'Excel Workbook (*.xlsx)'");
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    return sheet;
  }

  /**
   * One sheet as CSV text, every cell quoted; {@code rows} gets the line each record starts on and
   * its row number. The header is the first non-empty row; columns after its last named one are
   * dropped when empty.
   */
  private byte[] sheetAsCsv(
      Sheet sheet, String name, TreeMap<Long, Integer> rows, List<ImportProblem> problems)
      throws IOException {
    String label = name + ", sheet " + sheet.getName();
    StringBuilder out = new StringBuilder();
    List<String> header = null;
    long line = 1;
    long dataRows = 0;
    try (CSVPrinter printer = new CSVPrinter(out, CSV);
        var stream = sheet.openStream()) {
      for (Row row : (Iterable<Row>) stream::iterator) {
        List<String> cells = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < row.getCellCount(); i++) {
          String value = text(row.getCell(i), label, row.getRowNum(), header, i, problems);
          cells.add(value);
          if (!value.isEmpty()) {
            last = i;
          }
        }
        if (last < 0) {
          continue; // an empty row
        }
        if (header == null) {
          if (last + 1 > limits.maxColumns()) {
            problems.add(
                new ImportProblem(
                    label,
                    row.getRowNum(),
                    "",
                    "has "
                        + (last + 1)
                        + " columns; at most "
                        + limits.maxColumns()
                        + " are read (brobygge.import.max-columns)"));
            return new byte[0];
          }
          header = List.copyOf(cells.subList(0, last + 1));
          cells = header;
        } else {
          if (++dataRows > limits.maxRows()) {
            problems.add(
                new ImportProblem(
                    label,
                    row.getRowNum(),
                    "",
                    "has more than "
                        + limits.maxRows()
                        + " rows (brobygge.import.max-rows); split it into several imports"));
            return new byte[0];
          }
          while (cells.size() < header.size()) {
            cells.add("");
          }
          cells = cells.subList(0, Math.max(header.size(), last + 1));
        }
        rows.put(line, row.getRowNum());
        printer.printRecord(cells);
        for (String cell : cells) {
          line += lineBreaks(cell);
        }
        line++;
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Line breaks in {@code text} as Commons CSV counts them: CRLF, CR and LF each one. */
  private static int lineBreaks(String text) {
    int breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
        breaks++;
      }
    }
    return breaks;
  }

  private static String text(
      Cell cell,
      String label,
      int row,
      List<String> header,
      int column,
      List<ImportProblem> problems) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case EMPTY -> "";
      case STRING -> cell.asString();
      case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
      case NUMBER -> plain(cell.getRawValue());
      case FORMULA -> {
        String raw = cell.getRawValue();
        yield raw == null ? "" : raw.matches("-?[0-9.]+([eE][-+]?[0-9]+)?") ? plain(raw) : raw;
      }
      case ERROR -> {
        problems.add(
            new ImportProblem(
                label,
                row,
                header != null && column < header.size()
                    ? header.get(column)
                    : cell.getAddress().toString(),
                "cell "
                    + cell.getAddress()
                    + " holds the error "
                    + cell.getRawValue()
                    + "; put a value there or empty it"));
        yield "";
      }
    };
  }

  /** A number as Excel stores it, written plainly: 2021, 1.5, 0.001 (no exponent). */
  private static String plain(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    try {
      return new BigDecimal(raw).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  /**
   * Unpacks the workbook once, counting its uncompressed size, so that a zip bomb stops at the cap
   * and a truncated or foreign file is named before the reader sees it.
   */
  private static void checkPackage(byte[] bytes, String name, long maxUnzippedBytes) {
    if (ReadableWorkbook.isOLE2Header(bytes)) {
      throw rejected(
          name,
          "is an Excel 97-2003 (.xls) workbook or an encrypted one; save it as 'Excel Workbook"
              + " (*.xlsx)' without a password");
    }
    if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
      throw rejected(name, "is not an .xlsx workbook (it does not start as a zip archive does)");
    }
    long total = 0;
    boolean workbookPart = false;
    byte[] buffer = new byte[64 * 1024];
    // By the central directory, as the reader will (Excel's writers and others put sizes in data
    // descriptors that java.util.zip's stream reader refuses); a truncated file has none.
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
        workbookPart |= entry.getName().equals("xl/workbook.xml");
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxUnzippedBytes) {
              throw rejected(
                  name,
                  "unpacks to more than "
                      + (maxUnzippedBytes >> 20)
                      + " MiB, the limit of an archive; split it into several workbooks or CSV"
                      + " imports");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRejectedException rejected) {
        throw rejected;
      }
      throw rejected(
          name,
          "is not a complete .xlsx workbook ("
              + rootMessage(e)
              + "); was the upload cut short? Save it again from Excel");
    }
    if (!workbookPart) {
      throw rejected(
          name, "is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml)");
    }
  }

  private static ImportRejectedException rejected(String name, String message) {
    return new ImportRejectedException(List.of(new ImportProblem(name, 0, "", message)));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
