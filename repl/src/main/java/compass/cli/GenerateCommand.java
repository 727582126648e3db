package compass.cli;

import compass.cli.generate.DataGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compass generate}: writes synthetic people, deals, splits, quotas and FX rates into a
 * folder, the same files for the same seed on every machine.
 */
@Command(
    name = "generate",
    description = "Write synthetic comp data (people, deals, splits, quotas, fx) into a folder.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "2:errors on the command line, or the files could not be written",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Option(
      names = "--people",
      paramLabel = "N",
      required = true,
      description = "How many people (a tenth of them managers, the rest AEs).")
  private int people;

  @Option(names = "--deals", paramLabel = "M", required = true, description = "How many deals.")
  private int deals;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "The seed: the same seed gives the same files (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The folder to write into (created if missing; files there are replaced).")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (people < 1 || people > DataGenerator.MAX_PEOPLE) {
      return usage(
          err,
          "--people must be between 1 and " + DataGenerator.MAX_PEOPLE + ", but was " + people);
    }
    if (deals < 0 || deals > DataGenerator.MAX_DEALS) {
      return usage(
          err, "--deals must be between 0 and " + DataGenerator.MAX_DEALS + ", but was " + deals);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      return fail(err, "cannot write to " + out + ": it is a file, not a folder");
    }
    DataGenerator.Counts counts;
    try {
      Files.createDirectories(out);
      counts = new DataGenerator(people, deals, seed).generate(out);
    } catch (IOException e) {
      String where =
          e instanceof FileSystemException fs && fs.getFile() != null
              ? fs.getFile()
              : out.toString();
      return fail(err, "cannot write " + where + ": " + AtomicFile.reason(e));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(
        "wrote "
            + counts.people()
            + " people ("
            + counts.managers()
            + " managers), "
            + counts.deals()
            + " deals ("
            + counts.cancelled()
            + " cancelled), "
            + counts.splits()
            + " splits, "
            + counts.quotas()
            + " quotas, "
            + counts.fxRates()
            + " fx rates to "
            + out
            + "\n");
    stdout.flush();
    return 0;
  }

  private int usage(PrintWriter err, String message) {
    err.print(message + "\n");
    spec.commandLine().usage(err);
    err.flush();
    return Main.USAGE;
  }

  private static int fail(PrintWriter err, String message) {
    err.print("error: " + message + "\n");
    err.flush();
    return Main.USAGE;
  }
}
