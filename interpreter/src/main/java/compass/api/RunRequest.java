package compass.api;

import java.nio.file.Path;

/**
 * What to run: the plan file, the data folder (null: the plan's own folder), one pay period label
 * such as {@code 2027-Q1} (null: every pay period of the plan year), whether every line item is
 * wanted ({@code false}: per-deal lines of a component are summed into one line per period, which
 * is faster on large data; payouts are the same), and whether bad data rows are skipped and
 * reported as rejects instead of stopping the run (--keep-going).
 */
public record RunRequest(Path plan, Path dataDir, String period, boolean lines, boolean keepGoing) {

  public RunRequest(Path plan, Path dataDir, String period, boolean lines) {
    this(plan, dataDir, period, lines, false);
  }

  public RunRequest(Path plan, Path dataDir, String period) {
    this(plan, dataDir, period, true);
  }
}
