package compass.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmarks find the B1 plan and a data folder: relative to the repository root. */
record B1Files(Path plan, Path data) {

  /**
   * root: the repository root, or empty for the system property compass.root, else the current
   * folder; data: the data folder, relative to the root.
   */
  static B1Files locate(String root, String data) {
    String dir = !root.isEmpty() ? root : System.getProperty("compass.root", ".");
    Path base = Path.of(dir).toAbsolutePath().normalize();
    Path plan = base.resolve("stdlib-plans/plans/b1/b1.comp");
    Path dataDir = base.resolve(data).normalize();
    if (!Files.isRegularFile(plan) || !Files.isDirectory(dataDir)) {
      throw new IllegalStateException(
          "no "
              + plan
              + " or no "
              + dataDir
              + ": run from the repository root, or pass -p root=DIR or -Dcompass.root=DIR");
    }
    return new B1Files(plan, dataDir);
  }
}
