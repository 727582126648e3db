package compass.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Issue 16: which ledger a command that evaluates the plan reads (`run`, `explain`, `diff`): by
 * default {@code ledger/} beside the plan when it exists, so closed periods show what was paid and
 * later changes are paid as adjustments; {@code --ignore-ledger} computes every period from
 * scratch.
 */
final class LedgerChoice {
  @Option(
      names = "--ledger",
      paramLabel = "DIR",
      description =
          "The ledger of closed periods to read (default: ledger/ beside the plan, when it exists).")
  Path ledger;

  @Option(
      names = "--ignore-ledger",
      description = "Compute every period from scratch, as if no period were closed.")
  boolean ignore;
}
