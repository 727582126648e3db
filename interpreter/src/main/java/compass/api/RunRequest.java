package compass.api;

import java.nio.file.Path;

/**
 * What to run: the plan file, the data folder (null: the plan's own folder), one pay period
 * label such as {@code 2027-Q1} (null: every pay period of the plan year), and whether every line
 * item is wanted ({@code false}: per-deal lines of a component are summed into one line per
 * period, which is faster on large data; payouts are the same).
 */
public record RunRequest(Path plan, Path dataDir, String period, boolean lines) {

  public RunRequest(Path plan, Path dataDir, String period) {
    this(plan, dataDir, period, true);
  }
}
