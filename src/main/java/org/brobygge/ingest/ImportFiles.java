package org.brobygge.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of one import in the native format, by name: any of {@code ecosystems.csv}, {@code
 * actors.csv}, {@code ties.csv}, {@code memberships.csv}. Build it from uploaded parts, a zip
 * archive or a folder.
 */
public final class ImportFiles {

  public static final String ECOSYSTEMS = "ecosystems.csv";
  public static final String ACTORS = "actors.csv";
  public static final String TIES = "ties.csv";

  /** Optional: actor, ecosystem, since, until (memberships with years). */
  public static final String MEMBERSHIPS = "memberships.csv";

  public static final List<String> NAMES = List.of(ECOSYSTEMS, ACTORS, TIES, MEMBERSHIPS);

  /**
   * Largest uncompressed archive accepted, against zip bombs: checked while unpacking, so a small
   * zip that expands to gigabytes stops here instead of exhausting the heap (the files are held in
   * memory for validation, so this is also what a 4 GB heap can hold with room to parse).
   */
  public static final long MAX_UNZIPPED_BYTES = 256L * 1024 * 1024;

  private final Map<String, byte[]> contents;

  private ImportFiles(Map<String, byte[]> contents) {
    this.contents = contents;
  }

  /** Files given one by one; a null entry is a file not given. */
  public static ImportFiles of(byte[] ecosystems, byte[] actors, byte[] ties) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    if (ecosystems != null) {
      contents.put(ECOSYSTEMS, ecosystems);
    }
    if (actors != null) {
      contents.put(ACTORS, actors);
    }
    if (ties != null) {
      contents.put(TIES, ties);
    }
    return new ImportFiles(contents);
  }

  /** Files given one by one, with memberships; a null entry is a file not given. */
  public static ImportFiles of(byte[] ecosystems, byte[] actors, byte[] ties, byte[] memberships) {
    ImportFiles files = of(ecosystems, actors, ties);
    if (memberships != null) {
      files.contents.put(MEMBERSHIPS, memberships);
    }
    return files;
  }

  /**
   * The native files in a zip archive, at any folder depth, each name once. Other entries are
   * problems, so that a misnamed file is not silently ignored.
   */
  public static ImportFiles fromZip(InputStream zip, String archiveName) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    long total = 0;
    var buffered = new java.io.BufferedInputStream(zip);
    if (!startsWithZipSignature(buffered)) {
      throw new ImportRejectedException(
          List.of(
              new ImportProblem(
                  archiveName,
                  0,
                  "",
                  "is not a zip archive; send the CSV files as parts ecosystems, actors, ties,"
                      + " or zip them")));
    }
    try (ZipInputStream in = new ZipInputStream(buffered)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = Path.of(entry.getName()).getFileName().toString();
        if (name.startsWith(".") || entry.getName().startsWith("__MACOSX/")) {
          continue;
        }
        if (!NAMES.contains(name)) {
          problems.add(
              new ImportProblem(
                  archiveName,
                  0,
                  "",
                  "unexpected file '"
                      + entry.getName()
                      + "'; an archive holds "
                      + String.join(", ", NAMES)));
          continue;
        }
        if (contents.containsKey(name)) {
          problems.add(
              new ImportProblem(archiveName, 0, "", "'" + name + "' appears more than once"));
          continue;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > MAX_UNZIPPED_BYTES) {
            throw new ImportRejectedException(
                List.of(
                    new ImportProblem(
                        archiveName,
                        0,
                        "",
                        "unpacks to more than 256 MiB, the limit of an archive; split it into"
                            + " several imports, or import the folder with the command line")));
          }
          out.write(buffer, 0, n);
        }
        contents.put(name, out.toByteArray());
      }
    } catch (ZipException e) {
      problems.add(
          new ImportProblem(archiveName, 0, "", "not a readable zip archive: " + e.getMessage()));
    } catch (IOException e) {
      problems.add(new ImportProblem(archiveName, 0, "", "could not be read: " + e.getMessage()));
    }
    if (problems.isEmpty() && contents.isEmpty()) {
      problems.add(
          new ImportProblem(
              archiveName, 0, "", "holds none of " + String.join(", ", NAMES) + "; nothing to do"));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    return new ImportFiles(contents);
  }

  /**
   * Whether {@code in} begins with a zip archive's signature; it is marked and reset, so nothing is
   * consumed. Shared by every format that takes an archive.
   */
  public static boolean startsWithZipSignature(java.io.BufferedInputStream in) {
    in.mark(4);
    try {
      byte[] head = in.readNBytes(4);
      in.reset();
      // local file header PK\3\4, or PK\5\6 for an empty archive
      return head.length == 4
          && head[0] == 'P'
          && head[1] == 'K'
          && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    } catch (IOException e) {
      return false;
    }
  }

  /** The native files found in {@code folder}; at least one must be there. */
  public static ImportFiles fromFolder(Path folder) throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (String name : NAMES) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file)) {
        contents.put(name, Files.readAllBytes(file));
      }
    }
    if (contents.isEmpty()) {
      throw new ImportRejectedException(
          List.of(
              new ImportProblem(
                  folder.toString(), 0, "", "holds none of " + String.join(", ", NAMES))));
    }
    return new ImportFiles(contents);
  }

  public Optional<byte[]> get(String name) {
    return Optional.ofNullable(contents.get(name));
  }

  public boolean isEmpty() {
    return contents.isEmpty();
  }

  public List<String> names() {
    return List.copyOf(contents.keySet());
  }
}
