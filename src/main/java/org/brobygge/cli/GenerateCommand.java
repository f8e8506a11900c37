package org.brobygge.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brobygge.export.NativeCsvWriter;
import org.brobygge.model.EcosystemData;
import org.brobygge.synthetic.SyntheticNetworkGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic network in the native CSV format: the sample, or a scaled-up one. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a seeded synthetic network (ecosystems.csv, actors.csv, ties.csv and"
          + " memberships.csv, with its history over 2016-2026) to a folder.",
      "Without --actors/--ties: the sample ecosystem of data/sample (seed 42 gives the"
          + " checked-in files)."
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, description = "folder to write to (created if needed)")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "" + SyntheticNetworkGenerator.SAMPLE_SEED,
      description = "random seed; the same seed gives the same files (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--actors", description = "number of actors of a scaled network")
  Integer actors;

  @Option(names = "--ties", description = "number of ties of a scaled network")
  Integer ties;

  @Override
  public Integer call() throws IOException {
    if ((actors == null) != (ties == null)) {
      System.err.println("Give both --actors and --ties for a scaled network, or neither.");
      return 2;
    }
    long started = System.nanoTime();
    EcosystemData data =
        actors == null
            ? SyntheticNetworkGenerator.norrbottenLaplandSample(seed)
            : SyntheticNetworkGenerator.scaled(actors, ties, seed);
    NativeCsvWriter.write(data, out);
    System.out.printf(
        "Wrote %d ecosystems, %d actors, %d ties, %d memberships to %s in %d ms%n",
        data.ecosystems().size(),
        data.actors().size(),
        data.ties().size(),
        data.memberships().size(),
        out,
        (System.nanoTime() - started) / 1_000_000);
    return 0;
  }
}
