package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compass check} on folders, on library files, and under {@code --strict}. */
class CheckFoldersAndLibrariesTest {
  private static final String PLAN =
      """
      plan "P" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date

      credit deals where stage is closed_won to owner on close_date

      import "lib/measures.comp"

      component "Commission" for role ae:
        pay 5% of bookings
      """;

  private static final String LIBRARY =
      """
      # shared definitions
      bookings = sum of amount
      """;

  @TempDir Path dir;

  @Test
  void aFolderIsEveryPlanUnderItAndAFileWithNoHeaderIsALibrary() throws Exception {
    write("plans/p/plan.comp", PLAN);
    write("plans/p/lib/measures.comp", LIBRARY);
    write("plans/p/notes.txt", "not a plan");
    InProcess.Outcome r = InProcess.execute("check", dir.resolve("plans").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "ok: "
            + dir.resolve("plans/p/lib/measures.comp")
            + " (library)\nok: "
            + dir.resolve("plans/p/plan.comp")
            + "\n",
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void aLibraryMayNotHoldWhatAnImportLeavesOut() throws Exception {
    Path lib =
        write(
            "lib.comp",
            LIBRARY + "\ncomponent \"Bonus\" for role ae:\n  pay 100 if bookings > 0\n");
    InProcess.Outcome r = InProcess.execute("check", lib.toString());
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals(
        "error[E0784]: a library gives only definitions and `when` rules: a plan that imports"
            + " this file leaves out this `component`\n"
            + " --> "
            + lib
            + ":4:1\n"
            + "  |\n"
            + "4 | component \"Bonus\" for role ae:\n"
            + "  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
            + "  = hint: move it into the plans that need it, or start the file with a plan header"
            + " (`plan \"Name\"` and its settings) to check it as a plan\n"
            + "1 error(s)\n",
        r.err());
  }

  @Test
  void aNameDefinedTwiceInALibraryIsReportedAtTheSecond() throws Exception {
    Path lib = write("lib.comp", LIBRARY + "bookings = 2\n");
    InProcess.Outcome r = InProcess.execute("check", lib.toString());
    assertEquals(1, r.code());
    assertEquals(
        "error[E0303]: `bookings` is defined twice\n --> " + lib + ":3:1\n",
        r.err().lines().limit(2).map(l -> l + "\n").reduce("", String::concat));
  }

  @Test
  void aLibraryImportingAMissingFileIsReported() throws Exception {
    Path lib = write("lib.comp", "import \"other.comp\"\n" + LIBRARY);
    InProcess.Outcome r = InProcess.execute("check", lib.toString());
    assertEquals(1, r.code());
    assertEquals(
        "error[E0412]: cannot find other.comp (looked for " + dir.resolve("other.comp") + ")",
        r.err().lines().findFirst().orElse(""));
  }

  @Test
  void aFolderWithNoPlanIsAnError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    write("empty/data.csv", "id\n");
    Path plan = write("p/plan.comp", PLAN);
    write("p/lib/measures.comp", LIBRARY);
    InProcess.Outcome r = InProcess.execute("check", empty.toString(), plan.toString());
    assertEquals(2, r.code());
    assertEquals("ok: " + plan + "\n", r.out());
    assertEquals(
        "error[E0783]: no plan (.comp file) in the folder "
            + empty
            + "\n   = hint: name a plan file, or a folder that holds plans at any depth\n"
            + "1 error(s)\n",
        r.err());
  }

  @Test
  void strictNeverSaysOkForAPlanItFails() throws Exception {
    // `unused` is never used: warning W0101 under --strict fails the plan, and it is not "ok"
    Path plan = write("p/plan.comp", PLAN + "\nunused = 1\n");
    write("p/lib/measures.comp", LIBRARY);
    InProcess.Outcome r = InProcess.execute("check", "--strict", plan.toString());
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals(
        "1 warning(s), denied by --strict", r.err().lines().reduce((a, b) -> b).orElse(""));
    InProcess.Outcome lenient = InProcess.execute("check", plan.toString());
    assertEquals(0, lenient.code());
    assertEquals("ok: " + plan + "\n", lenient.out());
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }
}
