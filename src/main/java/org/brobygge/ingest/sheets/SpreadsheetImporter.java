package org.brobygge.ingest.sheets;

import java.util.List;
import org.brobygge.ingest.CsvDialect;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.model.TieKinds;
import org.springframework.stereotype.Service;

/**
 * Imports an .xlsx workbook of the native tables exactly as the CSV files would be: the same
 * validation, all or nothing, with problems naming the sheet, row and column header.
 */
@Service
public class SpreadsheetImporter {

  private final WorkbookReader reader;
  private final NativeImporter importer;
  private final TieKinds tieKinds;

  SpreadsheetImporter(NativeCsvParser.Limits limits, NativeImporter importer, TieKinds tieKinds) {
    this.reader = new WorkbookReader(limits);
    this.importer = importer;
    this.tieKinds = tieKinds;
  }

  /**
   * @param name the workbook's file name, for the problems and the report
   * @throws ImportRejectedException when the workbook or a row has a problem; nothing is written
   */
  public NativeImporter.ImportReport importWorkbook(byte[] bytes, String name) {
    WorkbookReader.Workbook workbook = reader.read(bytes, name);
    NativeImporter.ImportReport report;
    try {
      report = importer.importFiles(workbook.files(), new CsvDialect(',', null));
    } catch (ImportRejectedException e) {
      throw workbook.explain(e);
    }
    List<String> sheets = report.files().stream().map(workbook::sheetLabel).toList();
    return new NativeImporter.ImportReport(
        sheets,
        report.ecosystems(),
        report.actors(),
        report.ties(),
        report.nodesCreated(),
        report.relationshipsCreated(),
        report.relationshipsDeleted(),
        report.propertiesSet(),
        report.millis());
  }

  /** The template workbook for the configured tie kinds ({@link WorkbookTemplate}). */
  public byte[] template() {
    return WorkbookTemplate.bytes(tieKinds);
  }

  /** Whether a part or file named {@code name} is to be read as a workbook. */
  public static boolean isWorkbook(String name) {
    return name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }
}
