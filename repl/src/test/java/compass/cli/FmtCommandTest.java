package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compass fmt} in-process: what it prints, changes and exits with. */
final class FmtCommandTest {
  private static final String PLAN =
      """
      plan "P" version 1
          currency   USD
          pays quarterly
          effective 2027-01-01 to 2027-12-31
      quota=100_000 per quarter   # the quota
      """;
  private static final String FORMATTED =
      """
      plan "P" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31
      quota = 100_000 per quarter  # the quota
      """;

  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  /** What {@code fmt --check} prints for PLAN: a unified diff to FORMATTED, worked out by hand. */
  private static String diff(Path plan) {
    return "--- "
        + plan
        + "\t(original)\n+++ "
        + plan
        + "\t(formatted)\n"
        + """
        @@ -1,5 +1,5 @@
         plan "P" version 1
        -    currency   USD
        -    pays quarterly
        -    effective 2027-01-01 to 2027-12-31
        -quota=100_000 per quarter   # the quota
        +  currency USD
        +  pays quarterly
        +  effective 2027-01-01 to 2027-12-31
        +quota = 100_000 per quarter  # the quota
        """;
  }

  @Test
  void checkPrintsADiffOfOnlyThePlansThatWouldChange() throws Exception {
    Path messy = Files.writeString(dir.resolve("messy.comp"), PLAN);
    Path tidy = Files.writeString(dir.resolve("tidy.comp"), FORMATTED);
    assertEquals(
        new Outcome(1, diff(messy), ""), run("fmt", "--check", messy.toString(), tidy.toString()));
    assertEquals(PLAN, Files.readString(messy));
  }

  @Test
  void fmtRewritesThePlansThatChangeAndSaysWhich() throws Exception {
    Path messy = Files.writeString(dir.resolve("messy.comp"), PLAN);
    Path tidy = Files.writeString(dir.resolve("tidy.comp"), FORMATTED);
    assertEquals(
        new Outcome(0, "formatted: " + messy + "\n", ""),
        run("fmt", messy.toString(), tidy.toString()));
    assertEquals(FORMATTED, Files.readString(messy));
    assertEquals(FORMATTED, Files.readString(tidy));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void aByteOrderMarkIsDropped() throws Exception {
    Path plan = Files.writeString(dir.resolve("bom.comp"), "\uFEFF" + FORMATTED);
    assertEquals(new Outcome(0, "formatted: " + plan + "\n", ""), run("fmt", plan.toString()));
    assertEquals(FORMATTED, Files.readString(plan));
  }

  @Test
  void aFolderStandsForEveryPlanInsideIt() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Path deep = Files.writeString(dir.resolve("a/b/deep.comp"), PLAN);
    Path top = Files.writeString(dir.resolve("a/top.comp"), PLAN);
    Files.writeString(dir.resolve("a/notes.txt"), PLAN);
    assertEquals(
        new Outcome(1, diff(deep) + diff(top), ""),
        run("fmt", "--check", dir.resolve("a").toString()));
  }

  @Test
  void aPlanThatCannotBeReadIsAnErrorAndTheOthersAreStillFormatted() throws Exception {
    Path messy = Files.writeString(dir.resolve("messy.comp"), PLAN);
    Outcome o = run("fmt", dir.resolve("missing.comp").toString(), messy.toString());
    assertEquals(2, o.code()); // issue 19: a missing plan file is 2 from every command
    assertTrue(o.err().contains("error[E0501]: cannot read the plan file: no such file"), o.err());
    assertTrue(o.err().endsWith("1 error(s)\n"), o.err());
    assertEquals("formatted: " + messy + "\n", o.out());
  }

  @Test
  void aPlanWithSyntaxErrorsIsLeftAsItIs() throws Exception {
    String broken = "plan \"P\" version 1\nquota = (1 +\n";
    Path plan = Files.writeString(dir.resolve("broken.comp"), broken);
    Outcome o = run("fmt", plan.toString());
    assertEquals(1, o.code());
    assertTrue(o.err().contains("error[E01"), o.err());
    assertEquals("", o.out());
    assertEquals(broken, Files.readString(plan));
  }

  @Test
  void aPlanIsRequired() {
    assertEquals(2, run("fmt").code());
    assertEquals(2, run("fmt", "--bogus", "x.comp").code());
  }
}
