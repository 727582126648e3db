package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: {@code compass fmt} through the real launcher, from the repository root, on copies of
 * a messy plan and of a plan with a syntax error (under repl/target, so paths in the output are the
 * same on every machine). Outputs are compared with golden files.
 */
class FmtIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String WORK = "repl/target/fmt-it";
  private static final Path FORMAT = ROOT.resolve("interpreter/src/test/resources/format");
  private static final Path GOLDEN = ROOT.resolve("repl/src/test/resources/fmt");

  @BeforeAll
  static void copyThePlans() throws IOException {
    Files.createDirectories(ROOT.resolve(WORK));
    Files.copy(
        FORMAT.resolve("messy.comp"),
        ROOT.resolve(WORK + "/messy.comp"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        ROOT.resolve("interpreter/src/test/resources/check/syntax-error.comp"),
        ROOT.resolve(WORK + "/syntax-error.comp"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void everyStdlibPlanIsInCanonicalLayout() throws Exception {
    assertEquals(
        new CompassProcess.Outcome(0, "", ""),
        CompassProcess.run("fmt", "--check", "stdlib-plans/plans", "stdlib-plans/src/test"));
  }

  @Test
  void checkPrintsTheDiffOfAMessyPlanAndChangesNothing_thenFmtRewritesIt() throws Exception {
    String messy = WORK + "/messy.comp";
    CompassProcess.Outcome check = CompassProcess.run("fmt", "--check", messy);
    // the diff was checked by applying it with patch(1) to messy.comp: it gives messy.expected
    assertEquals(
        new CompassProcess.Outcome(1, Files.readString(GOLDEN.resolve("messy.diff")), ""), check);
    assertEquals(
        Files.readString(FORMAT.resolve("messy.comp")), Files.readString(ROOT.resolve(messy)));

    CompassProcess.Outcome fmt = CompassProcess.run("fmt", messy);
    assertEquals(new CompassProcess.Outcome(0, "formatted: " + messy + "\n", ""), fmt);
    assertEquals(
        Files.readString(FORMAT.resolve("messy.expected")), Files.readString(ROOT.resolve(messy)));

    assertEquals(
        new CompassProcess.Outcome(0, "", ""),
        CompassProcess.run("fmt", messy),
        "a formatted plan is left alone");
    assertEquals(
        new CompassProcess.Outcome(0, "", ""), CompassProcess.run("fmt", "--check", messy));
  }

  @Test
  void aPlanWithSyntaxErrorsIsNotFormatted() throws Exception {
    String plan = WORK + "/syntax-error.comp";
    String before = Files.readString(ROOT.resolve(plan));
    CompassProcess.Outcome r = CompassProcess.run("fmt", plan);
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertEquals(Files.readString(GOLDEN.resolve("syntax-error.err")), r.err());
    assertEquals(before, Files.readString(ROOT.resolve(plan)));
  }
}
