package org.brobygge.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {

  private static final byte[] ACTORS = "id,name,sector\na,A,business\n".getBytes(UTF_8);
  private static final byte[] TIES = "from,to,kind\na,b,research\n".getBytes(UTF_8);

  @Test
  void ofKeepsOnlyTheFilesGiven() {
    ImportFiles files = ImportFiles.of(null, ACTORS, TIES);

    assertThat(files.names()).containsExactly(ImportFiles.ACTORS, ImportFiles.TIES);
    assertThat(files.get(ImportFiles.ECOSYSTEMS)).isEmpty();
    assertThat(files.get(ImportFiles.ACTORS)).hasValue(ACTORS);
    assertThat(files.isEmpty()).isFalse();
  }

  @Test
  void ofWithNoFilesIsEmpty() {
    assertThat(ImportFiles.of(null, null, null).isEmpty()).isTrue();
  }

  @Test
  void readsFilesAtTheRootOfAZip() {
    byte[] zip = zip(entries("actors.csv", ACTORS, "ties.csv", TIES));

    ImportFiles files = ImportFiles.fromZip(new ByteArrayInputStream(zip), "import.zip");

    assertThat(files.names()).containsExactly(ImportFiles.ACTORS, ImportFiles.TIES);
    assertThat(files.get(ImportFiles.ACTORS))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(ACTORS));
    assertThat(files.get(ImportFiles.TIES)).hasValueSatisfying(b -> assertThat(b).isEqualTo(TIES));
  }

  @Test
  void readsFilesInOneFolderOfAZip() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("norrbotten/", null); // the folder's own entry
    entries.put("norrbotten/actors.csv", ACTORS);
    entries.put("norrbotten/ties.csv", TIES);

    ImportFiles files =
        ImportFiles.fromZip(new ByteArrayInputStream(zip(entries)), "norrbotten.zip");

    assertThat(files.names()).containsExactly(ImportFiles.ACTORS, ImportFiles.TIES);
    assertThat(files.get(ImportFiles.TIES)).hasValueSatisfying(b -> assertThat(b).isEqualTo(TIES));
  }

  @Test
  void readsAFileLargerThanTheCopyBuffer() {
    // more than the 64 KiB read buffer, so the entry is read in several chunks
    byte[] big = new byte[200_000];
    Arrays.fill(big, (byte) 'x');

    ImportFiles files =
        ImportFiles.fromZip(
            new ByteArrayInputStream(zip(entries("actors.csv", big))), "import.zip");

    assertThat(files.get(ImportFiles.ACTORS)).hasValueSatisfying(b -> assertThat(b).isEqualTo(big));
  }

  @Test
  void skipsHiddenFilesAndMacOsMetadata() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("actors.csv", ACTORS);
    entries.put(".DS_Store", new byte[] {1});
    entries.put("__MACOSX/._actors.csv", new byte[] {2});

    ImportFiles files = ImportFiles.fromZip(new ByteArrayInputStream(zip(entries)), "mac.zip");

    assertThat(files.names()).containsExactly(ImportFiles.ACTORS);
  }

  @Test
  void reportsUnexpectedEntryByItsPathInTheArchive() {
    byte[] zip = zip(entries("data/actors.csv", ACTORS, "data/notes.txt", "hej".getBytes(UTF_8)));

    List<ImportProblem> problems = zipProblems(zip, "import.zip");

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("import.zip");
              assertThat(p.message())
                  .contains(
                      "unexpected file 'data/notes.txt'", "ecosystems.csv, actors.csv, ties.csv");
            });
  }

  @Test
  void reportsMisnamedFileInsteadOfIgnoringIt() {
    byte[] zip = zip(entries("actors.csv", ACTORS, "tie.csv", TIES));

    assertThat(zipProblems(zip, "import.zip"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'tie.csv'"));
  }

  @Test
  void reportsTheSameFileTwice() {
    byte[] zip = zip(entries("a/actors.csv", ACTORS, "b/actors.csv", ACTORS));

    assertThat(zipProblems(zip, "import.zip"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("'actors.csv' appears more than once"));
  }

  @Test
  void reportsBytesThatAreNotAZip() {
    byte[] notZip = "id,name,sector\na,A,business\n".getBytes(UTF_8);

    assertThat(zipProblems(notZip, "actors.zip"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("actors.zip");
              assertThat(p.message()).contains("is not a zip archive");
            });
  }

  @Test
  void reportsTruncatedZip() {
    byte[] whole = zip(entries("actors.csv", ACTORS, "ties.csv", TIES));
    byte[] truncated = Arrays.copyOf(whole, 60); // inside the first entry's data

    assertThat(zipProblems(truncated, "broken.zip"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("broken.zip");
              assertThat(p.line()).isZero();
            });
  }

  @Test
  void reportsEmptyArchive() {
    byte[] zip = zip(new LinkedHashMap<>());

    assertThat(zipProblems(zip, "empty.zip"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("empty.zip");
              assertThat(p.message()).contains("holds none of", "nothing to do");
            });
  }

  @Test
  void readsTheNativeFilesOfAFolder(@TempDir Path folder) throws IOException {
    Files.write(folder.resolve("actors.csv"), ACTORS);
    Files.write(folder.resolve("ties.csv"), TIES);
    Files.writeString(folder.resolve("README.md"), "not read");

    ImportFiles files = ImportFiles.fromFolder(folder);

    assertThat(files.names()).containsExactly(ImportFiles.ACTORS, ImportFiles.TIES);
    assertThat(files.get(ImportFiles.ACTORS))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(ACTORS));
  }

  @Test
  void rejectsFolderWithoutNativeFiles(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("actors.txt"), "misnamed");

    ImportRejectedException e =
        catchThrowableOfType(ImportRejectedException.class, () -> ImportFiles.fromFolder(folder));

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(folder.toString());
              assertThat(p.message()).contains("holds none of");
            });
  }

  // ---- helpers

  private static List<ImportProblem> zipProblems(byte[] zip, String name) {
    ImportRejectedException e =
        catchThrowableOfType(
            ImportRejectedException.class,
            () -> ImportFiles.fromZip(new ByteArrayInputStream(zip), name));
    assertThat(e).as("the archive should have been rejected").isNotNull();
    return e.problems();
  }

  private static Map<String, byte[]> entries(Object... nameThenBytes) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < nameThenBytes.length; i += 2) {
      entries.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
    }
    return entries;
  }

  /** A zip of {@code entries} in order; a null value makes a folder entry. */
  private static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        if (entry.getValue() != null) {
          out.write(entry.getValue());
        }
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
