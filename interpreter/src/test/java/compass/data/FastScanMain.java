package compass.data;

import compass.api.Compass;
import compass.check.CheckedPlan;
import compass.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Times {@link FastScan} against {@link TableLoader} on a B1 deals file, by hand (not a test):
 * {@code java -cp ... compass.data.FastScanMain DATA_DIR [runs] [threads] [ranges] [loader]}. Each
 * run reads the whole file; the sum of the cells is printed so no work can be skipped.
 */
public final class FastScanMain {
  private FastScanMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int ranges = args.length > 3 ? Integer.parseInt(args[3]) : threads * 4;
    boolean loader = args.length > 4 && args[4].equals("loader");
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(Path.of("stdlib-plans/plans/b1/b1.comp"), diags);
    TableSchema deals = plan.deals();
    List<String> people = new ArrayList<>();
    List<String> lines = Files.readAllLines(data.resolve("people.csv"));
    for (String line : lines.subList(1, lines.size()))
      if (!line.isBlank()) people.add(line.substring(0, line.indexOf(',')));
    Path file = data.resolve(deals.file());
    long bytes = Files.size(file);
    boolean[] keep = new boolean[deals.fields().size()];
    java.util.Arrays.fill(keep, true);
    keep[0] = false; // the id is checked for repeats, not kept
    for (int run = 0; run < runs; run++) {
      var os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      long[][] sums = new long[ranges][1];
      FastScan.Result result =
          FastScan.scan(
              file,
              deals,
              keep,
              people,
              plan.stages(),
              4,
              ranges,
              threads,
              k ->
                  cells -> {
                    long s = 0;
                    for (long c : cells) s += c;
                    sums[k][0] += s;
                  });
      long ns = System.nanoTime() - t0;
      long cpu = os.getProcessCpuTime() - cpu0;
      long sum = 0;
      for (long[] s : sums) sum += s[0];
      System.out.printf(
          "fastscan: %d rows in %.3f s wall, %.0f MB/s; %.3f s cpu, %.0f MB/s per cpu-second"
              + " (sum %d)%n",
          result.rows(),
          ns / 1e9,
          bytes / 1e6 / (ns / 1e9),
          cpu / 1e9,
          bytes / 1e6 / (cpu / 1e9),
          sum);
    }
    if (loader) {
      var os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      for (int run = 0; run < 2; run++) {
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Diagnostics d = new Diagnostics();
        Table t =
            TableLoader.load(
                deals, data, new LoadOptions(plan.stages(), new HashSet<>(people), false, null), d);
        long ns = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        System.out.printf(
            "loader: %d rows in %.3f s wall, %.0f MB/s; %.3f s cpu, %.0f MB/s per cpu-second,"
                + " errors %s%n",
            t.rowCount(),
            ns / 1e9,
            bytes / 1e6 / (ns / 1e9),
            cpu / 1e9,
            bytes / 1e6 / (cpu / 1e9),
            d.hasErrors());
        t = null;
        System.gc();
      }
    }
  }
}
