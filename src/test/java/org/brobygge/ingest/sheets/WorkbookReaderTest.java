package org.brobygge.ingest.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.brobygge.support.Workbooks.row;
import static org.brobygge.support.Workbooks.sheet;
import static org.brobygge.support.Workbooks.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.ingest.NativeCsvParser;
import org.brobygge.model.EcosystemData;
import org.brobygge.model.Sector;
import org.brobygge.model.TieKinds;
import org.junit.jupiter.api.Test;

/**
 * Workbooks built here with the fastexcel writer, read back through the native rules. Expected
 * sheet/row/column are those Excel shows for the cells written (rows from 1, header in row 1).
 */
class WorkbookReaderTest {

  private static final String NAME = "network.xlsx";

  private final WorkbookReader reader = new WorkbookReader(NativeCsvParser.Limits.DEFAULT);
  private final NativeCsvParser parser = new NativeCsvParser(TieKinds.builtIn());

  @Test
  void templateImportsAsItIs() {
    EcosystemData data = parse(WorkbookTemplate.bytes(TieKinds.builtIn()));

    assertThat(data.ecosystems()).extracting(e -> e.id()).containsExactly("space");
    assertThat(data.actors()).extracting(a -> a.id()).containsExactly("orbit", "ltu");
    var orbit = data.actors().getFirst();
    assertThat(orbit.sector()).isEqualTo(Sector.BUSINESS);
    assertThat(orbit.ecosystems()).containsExactly("space");
    // numeric and boolean cells come as the plain values the CSV rules read
    assertThat(orbit.attributes()).containsEntry("size", 12).containsEntry("sme", true);
    var tie = data.ties().getFirst();
    assertThat(tie.weight()).isEqualTo(2.0);
    assertThat(tie.since()).isEqualTo(2019);
    assertThat(tie.until()).isEqualTo(2022);
  }

  @Test
  void numbersAreReadAsStoredWhateverTheirFormat() {
    byte[] xlsx =
        workbook(
            sheet(
                "actors",
                row("id", "name", "sector"),
                row("a", "A", "business"),
                row("b", "B", "public")),
            sheet(
                "ties",
                row("from", "to", "kind", "weight", "since"),
                row("a", "b", "trade", 1.5, 2021.0)));

    EcosystemData data = parse(xlsx);

    assertThat(data.ties().getFirst().weight()).isEqualTo(1.5);
    assertThat(data.ties().getFirst().since()).isEqualTo(2021);
  }

  @Test
  void problemsNameSheetRowAndColumnHeader() {
    byte[] xlsx =
        workbook(
            sheet(
                "Actors", // the sheet name's case does not matter
                row("id", "name", "sector"),
                row("a", "Line one\nline two", "business"),
                row(), // an empty row keeps its number
                row("b", "B", "industry")),
            sheet("ties", row("from", "to", "kind"), row("a", "ghost", "trade")));

    List<ImportProblem> problems = problems(xlsx);

    assertThat(problems)
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("network.xlsx, sheet actors", 4L, "sector"),
            org.assertj.core.api.Assertions.tuple("network.xlsx, sheet ties", 2L, "to"));
    assertThat(problems.get(1).message()).contains("not in sheet actors nor in the database");
  }

  @Test
  void missingAndUnknownColumnsNameTheHeaderRow() {
    byte[] xlsx =
        workbook(
            sheet("actors", row("id", "name"), row("a", "A")),
            sheet("ties", row("from", "to", "kind", "strength"), row("a", "a2", "trade", 3.0)));

    assertThat(problems(xlsx))
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::field)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("network.xlsx, sheet actors", 1L, "sector"),
            org.assertj.core.api.Assertions.tuple("network.xlsx, sheet ties", 1L, "strength"));
  }

  @Test
  void workbookWithoutTheSheetsSaysWhichItHas() {
    byte[] xlsx = workbook(sheet("Blad1", row("id", "name")));

    assertThat(problems(xlsx))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(NAME);
              assertThat(p.message()).contains("none of the sheets", "found: Blad1", "template");
            });
  }

  @Test
  void truncatedWorkbookIsNamedAsSuch() {
    byte[] whole = WorkbookTemplate.bytes(TieKinds.builtIn());
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

    assertThat(problems(truncated))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(NAME);
              assertThat(p.message()).contains("not a complete .xlsx workbook");
            });
  }

  @Test
  void otherFilesAreNotReadAsWorkbooks() {
    byte[] csv = "id,name,sector\n".getBytes();
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    assertThat(problems(csv).getFirst().message()).contains("is not an .xlsx workbook");
    assertThat(problems(ole2).getFirst().message()).contains(".xls", "save it as 'Excel Workbook");
    assertThat(problems(zip("hello.txt", new byte[10])).getFirst().message())
        .contains("no xl/workbook.xml");
  }

  @Test
  void expandedSizeIsCappedAsForAnArchive() {
    WorkbookReader small = new WorkbookReader(NativeCsvParser.Limits.DEFAULT, 1000);

    ImportRejectedException e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () -> small.read(zip("xl/workbook.xml", new byte[5000]), NAME));

    assertThat(e.problems().getFirst().message()).contains("unpacks to more than");
  }

  @Test
  void rowsAndColumnsAreCappedAsInCsv() {
    WorkbookReader strict = new WorkbookReader(new NativeCsvParser.Limits(3, 10_000, 200, 1));
    byte[] rows =
        workbook(
            sheet(
                "actors",
                row("id", "name", "sector"),
                row("a", "A", "business"),
                row("b", "B", "public")));
    byte[] columns = workbook(sheet("actors", row("id", "name", "sector", "size")));

    assertThat(
            catchThrowableOfType(ImportRejectedException.class, () -> strict.read(rows, NAME))
                .problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("network.xlsx, sheet actors");
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).contains("max-rows");
            });
    assertThat(
            catchThrowableOfType(ImportRejectedException.class, () -> strict.read(columns, NAME))
                .problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("max-columns"));
  }

  // ---- helpers

  private EcosystemData parse(byte[] xlsx) {
    WorkbookReader.Workbook workbook = reader.read(xlsx, NAME);
    try {
      return parser.parse(workbook.files(), NativeCsvParser.KnownIds.NONE);
    } catch (ImportRejectedException e) {
      throw workbook.explain(e);
    }
  }

  private List<ImportProblem> problems(byte[] xlsx) {
    ImportRejectedException e =
        catchThrowableOfType(ImportRejectedException.class, () -> parse(xlsx));
    assertThat(e).as("the workbook should have been rejected").isNotNull();
    return e.problems();
  }

  private static byte[] zip(String entry, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
