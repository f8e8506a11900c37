package org.brobygge.ingest.cordis;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.brobygge.ingest.ImportFiles;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;

/**
 * The two CORDIS files of one import: {@code project.csv} and {@code organization.csv}, given one
 * by one, in a folder, or in the zip CORDIS publishes per programme (whose other members, such as
 * {@code euroSciVoc.csv}, {@code topics.csv} or {@code legalBasis.csv}, are skipped).
 */
public record CordisFiles(byte[] projects, byte[] organizations) {

  public static final String PROJECTS = "project.csv";
  public static final String ORGANIZATIONS = "organization.csv";

  /** Largest uncompressed member accepted, against zip bombs. */
  static final long MAX_UNZIPPED_BYTES = 2L * 1024 * 1024 * 1024 - 16;

  /**
   * Both files, each required.
   *
   * @throws ImportRejectedException naming the missing one
   */
  public static CordisFiles of(byte[] projects, byte[] organizations, String where) {
    List<ImportProblem> problems = new ArrayList<>();
    if (projects == null) {
      problems.add(missing(where, PROJECTS));
    }
    if (organizations == null) {
      problems.add(missing(where, ORGANIZATIONS));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    return new CordisFiles(projects, organizations);
  }

  private static ImportProblem missing(String where, String name) {
    return new ImportProblem(
        where,
        0,
        "",
        "has no "
            + name
            + "; a CORDIS import needs both "
            + PROJECTS
            + " and "
            + ORGANIZATIONS
            + " (as in the programme's cordis-...projects-csv.zip)");
  }

  /** The files in {@code folder}. */
  public static CordisFiles fromFolder(Path folder) throws IOException {
    Path projects = folder.resolve(PROJECTS);
    Path organizations = folder.resolve(ORGANIZATIONS);
    return of(
        Files.isRegularFile(projects) ? Files.readAllBytes(projects) : null,
        Files.isRegularFile(organizations) ? Files.readAllBytes(organizations) : null,
        folder.toString());
  }

  /** The two members of a CORDIS zip, at any folder depth; other members are skipped. */
  public static CordisFiles fromZip(InputStream zip, String archiveName) {
    BufferedInputStream buffered = new BufferedInputStream(zip);
    if (!ImportFiles.startsWithZipSignature(buffered)) {
      throw rejected(
          archiveName,
          "is not a zip archive; send project.csv and organization.csv as parts project and"
              + " organization, or the programme's zip as part archive");
    }
    byte[] projects = null;
    byte[] organizations = null;
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(buffered)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
          continue;
        }
        String name = Path.of(entry.getName()).getFileName().toString();
        if (!name.equals(PROJECTS) && !name.equals(ORGANIZATIONS)) {
          continue;
        }
        if ((name.equals(PROJECTS) ? projects : organizations) != null) {
          throw rejected(archiveName, "'" + name + "' appears more than once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > MAX_UNZIPPED_BYTES) {
            throw rejected(archiveName, "unpacks to more than 2 GB");
          }
          out.write(buffer, 0, n);
        }
        if (name.equals(PROJECTS)) {
          projects = out.toByteArray();
        } else {
          organizations = out.toByteArray();
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      throw rejected(
          archiveName, "is not a complete zip archive (" + e.getMessage() + "); download it again");
    } catch (IOException e) {
      throw rejected(archiveName, "could not be read: " + e.getMessage());
    }
    return of(projects, organizations, archiveName);
  }

  private static ImportRejectedException rejected(String archive, String message) {
    return new ImportRejectedException(List.of(new ImportProblem(archive, 0, "", message)));
  }
}
