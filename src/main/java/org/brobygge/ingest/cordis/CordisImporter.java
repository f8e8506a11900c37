package org.brobygge.ingest.cordis;

import java.util.List;
import org.brobygge.ingest.NativeImporter;
import org.brobygge.model.TieKinds;
import org.springframework.stereotype.Service;

/**
 * Imports CORDIS files: parse and filter ({@link CordisParser}), then validate and write all or
 * nothing through the native import's {@link NativeImporter#importData}.
 */
@Service
public class CordisImporter {

  /** Merges listed in a report; the count says how many there were. */
  static final int MERGES_LISTED = 200;

  private final CordisParser parser;
  private final NativeImporter importer;

  CordisImporter(TieKinds tieKinds, NativeImporter importer) {
    this.parser = new CordisParser(tieKinds);
    this.importer = importer;
  }

  /**
   * What a CORDIS import read, kept, merged and wrote.
   *
   * @param write the write's report, as the native import gives it
   * @param stats projects and participations read and kept
   * @param mergeCount organisations merged into another (same VAT number or name)
   * @param merges the first {@value #MERGES_LISTED} of them
   */
  public record CordisImportReport(
      NativeImporter.ImportReport write,
      CordisParser.Stats stats,
      CordisOptions options,
      int mergeCount,
      List<String> merges) {}

  /**
   * @throws org.brobygge.ingest.ImportRejectedException when a file has a problem; nothing is
   *     written then
   */
  public CordisImportReport importFiles(CordisFiles files, CordisOptions options) {
    CordisParser.Result result = parser.parse(files, options);
    NativeImporter.ImportReport write =
        importer.importData(
            result.data(), List.of(CordisFiles.PROJECTS, CordisFiles.ORGANIZATIONS));
    return new CordisImportReport(
        write,
        result.stats(),
        options,
        result.merges().size(),
        result.merges().stream().limit(MERGES_LISTED).map(Object::toString).toList());
  }
}
