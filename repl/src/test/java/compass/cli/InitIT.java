package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * End to end: {@code compass init} through the real launcher, then {@code compass test} and {@code
 * compass run} on what it wrote, at once.
 */
class InitIT {
  private static final Path WORK = CompassProcess.ROOT.resolve("repl/target/init-it");

  @Test
  void aNewPlanPassesItsTestsAndRuns() throws Exception {
    if (Files.exists(WORK)) {
      try (Stream<Path> old = Files.walk(WORK)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    Files.createDirectories(WORK);
    CompassProcess.Outcome init = CompassProcess.run(WORK, Map.of(), "init", "my-plan");
    assertEquals(0, init.exit(), init.err());
    assertEquals(
        "new plan: my-plan/plan.comp, with people.csv, deals.csv and .gitignore\n"
            + "next: compass test my-plan/plan.comp   (then: compass run my-plan/plan.comp)\n",
        init.out());

    CompassProcess.Outcome test = CompassProcess.run(WORK, Map.of(), "test", "my-plan/plan.comp");
    assertEquals(0, test.exit(), test.err());
    assertEquals(
        "ok    my-plan/plan.comp  test \"below quota\"\n"
            + "ok    my-plan/plan.comp  test \"accelerator above quota; a lost deal is not credited\"\n"
            + "2 passed, 0 failed\n",
        test.out());

    CompassProcess.Outcome run =
        CompassProcess.run(WORK, Map.of(), "run", "my-plan/plan.comp", "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    // ann, Q1: 60,000 + 70,000 = 130,000 against 100,000: 100,000 x 5% + 30,000 x 10% = 8,000
    // bob, Q1: 45,000 x 5% = 2,250 (D4 lost); Q2: 80,000 x 5% = 4,000; D5 is open: not credited
    String csv = run.out();
    assertTrue(csv.contains("\nann,2027-Q1,8000.00,8000.00,USD,"), csv);
    assertTrue(csv.contains("\nbob,2027-Q1,2250.00,2250.00,USD,"), csv);
    assertTrue(csv.contains("\nbob,2027-Q2,4000.00,6250.00,USD,"), csv);
    assertTrue(run.err().contains("deals: 6 read, 4 credited, 2 excluded"), run.err());

    CompassProcess.Outcome again = CompassProcess.run(WORK, Map.of(), "init", "my-plan");
    assertEquals(2, again.exit());
    assertTrue(
        again.err().startsWith("error[E0781]: the folder my-plan is not empty\n"), again.err());
  }
}
