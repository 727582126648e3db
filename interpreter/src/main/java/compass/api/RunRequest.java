package compass.api;

import java.nio.file.Path;

/**
 * What to run: the plan file, the data folder (null: the plan's own folder), one pay period label
 * such as {@code 2027-Q1} (null: every pay period of the plan year), whether every line item is
 * wanted ({@code false}: per-deal lines of a component are summed into one line per period, which
 * is faster on large data; payouts are the same), whether bad data rows are skipped and reported as
 * rejects instead of stopping the run (--keep-going), the ledger folder (issue 16; null: {@code
 * ledger/} beside the plan, read when it exists) and whether to ignore it and compute every period
 * from scratch ({@code --ignore-ledger}).
 */
public record RunRequest(
    Path plan,
    Path dataDir,
    String period,
    boolean lines,
    boolean keepGoing,
    Path ledger,
    boolean ignoreLedger) {

  public RunRequest(Path plan, Path dataDir, String period, boolean lines, boolean keepGoing) {
    this(plan, dataDir, period, lines, keepGoing, null, false);
  }

  public RunRequest(Path plan, Path dataDir, String period, boolean lines) {
    this(plan, dataDir, period, lines, false);
  }

  public RunRequest(Path plan, Path dataDir, String period) {
    this(plan, dataDir, period, true);
  }

  /** The same request over every period of the year (closing and verifying need them all). */
  public RunRequest wholeYear() {
    return new RunRequest(plan, dataDir, null, true, false, ledger, ignoreLedger);
  }

  /** The same request computing every period from scratch, whatever the ledger holds. */
  public RunRequest fromScratch() {
    return new RunRequest(plan, dataDir, period, lines, keepGoing, ledger, true);
  }
}
