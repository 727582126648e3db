package compass.cli;

import compass.api.RunRequest;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every ledger command (`close`, `verify`, `export payroll`) reads: the plan, its data folder
 * and the ledger folder. One declaration, mixed into each command.
 */
final class LedgerInputs {
  @Parameters(paramLabel = "PLAN", description = "The plan file (.comp).")
  Path plan;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the data files the plan reads (default: the plan's folder).")
  Path data;

  @Option(
      names = "--ledger",
      paramLabel = "DIR",
      description = "The ledger folder (default: ledger/ beside the plan).")
  Path ledger;

  /** The run of the plan on its data for {@code period} (null: every period), strictly read. */
  RunRequest request(String period) {
    return new RunRequest(plan, data, period, true, false, ledger, false);
  }
}
