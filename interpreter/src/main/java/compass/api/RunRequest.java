package compass.api;

import java.nio.file.Path;

/**
 * What to run: the plan file, the data folder (null: the plan's own folder) and one pay period
 * label such as {@code 2027-Q1} (null: every pay period of the plan year).
 */
public record RunRequest(Path plan, Path dataDir, String period) {}
