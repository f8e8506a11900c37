package org.brobygge.synthetic;

import java.io.IOException;
import java.nio.file.Path;
import org.brobygge.export.NativeCsvWriter;

/**
 * Writes the checked-in sample: {@code data/sample/*.csv} from {@link
 * SyntheticNetworkGenerator#norrbottenLaplandSample(long)} with seed {@value
 * SyntheticNetworkGenerator#SAMPLE_SEED}. {@link SampleFilesTest} fails until this is run again
 * after a change to the generator or the writer.
 */
final class SampleFiles {

  static final Path DIR = Path.of("data", "sample");

  private SampleFiles() {}

  static void write(Path dir) throws IOException {
    NativeCsvWriter.write(
        SyntheticNetworkGenerator.norrbottenLaplandSample(SyntheticNetworkGenerator.SAMPLE_SEED),
        dir);
  }

  /** Writes the sample into {@code args[0]}, or {@code data/sample} by default. */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : DIR;
    write(dir);
    System.out.println("wrote the sample (seed 42) to " + dir.toAbsolutePath());
  }
}
