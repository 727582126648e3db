package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, the real {@code ./compass statements} on a copy of the ae-quota plan: every payout in
 * the pages is the one {@code compass run --format csv} prints, a closed period is marked paid, and
 * a refused folder is left as it was.
 */
class StatementsIT {
  private static final Path PLAN_DIR = ROOT.resolve("stdlib-plans/plans/ae-quota");

  @TempDir Path dir;

  @BeforeEach
  void copyThePlan() throws IOException {
    for (String f : List.of("ae-quota.comp", "deals.csv", "people.csv"))
      Files.copy(PLAN_DIR.resolve(f), dir.resolve(f));
  }

  private Outcome compass(String... args) throws Exception {
    return CompassProcess.run(dir, Map.of(), args);
  }

  @Test
  void everyPayoutOnThePagesIsTheRunsPayout() throws Exception {
    Outcome closed = compass("close", "ae-quota.comp", "--period", "2027-Q1");
    assertEquals(0, closed.exit(), closed.err());
    Outcome o = compass("statements", "ae-quota.comp", "--out", "out");
    assertEquals(0, o.exit(), o.err());
    assertEquals("3 statements and index.html written to out\n", o.out());
    Outcome run = compass("run", "ae-quota.comp", "--format", "csv");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "participant,period,payout,ytd",
        String.join(",", List.of(lines.get(0).split(",")).subList(0, 4)));
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      String page = Files.readString(dir.resolve("out").resolve(cells[0] + ".html"));
      Matcher m =
          Pattern.compile(
                  "data-period=\"" + cells[1] + "\" data-payout=\"([^\"]+)\" data-ytd=\"([^\"]+)\"")
              .matcher(page);
      assertTrue(m.find(), cells[0] + " " + cells[1]);
      assertEquals(cells[2], m.group(1), line);
      assertEquals(cells[3], m.group(2), line);
      assertEquals(
          cells[1].equals("2027-Q1"),
          page.contains("<h2>" + cells[1] + " <span class=\"st-paid\">"),
          line);
      checked++;
    }
    assertEquals(12, checked); // 3 participants x 4 quarters
    String index = Files.readString(dir.resolve("out/index.html"));
    assertTrue(index.contains("<a href=\"bob.html\">Bob Baker</a>"), index);
  }

  @Test
  void aRefusedFolderIsLeftAsItWas() throws Exception {
    Files.createDirectory(dir.resolve("out"));
    Files.writeString(dir.resolve("out/notes.txt"), "keep me");
    Outcome o = compass("statements", "ae-quota.comp", "--out", "out");
    assertEquals(2, o.exit());
    assertTrue(
        o.err().startsWith("error[E0761]: refusing to write the statements to out"), o.err());
    assertTrue(o.err().endsWith("1 error(s)\n"), o.err());
    assertEquals("keep me", Files.readString(dir.resolve("out/notes.txt")));
    try (var all = Files.list(dir)) {
      assertFalse(all.anyMatch(p -> p.getFileName().toString().startsWith(".out.")));
    }
  }
}
