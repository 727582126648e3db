package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: {@code compass fmt} through the real launcher, from the repository root, on copies
 * of a messy plan and of a plan with a syntax error (under repl/target, so paths in the output
 * are the same on every machine). Outputs are compared with golden files.
 */
class FmtIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String WORK = "repl/target/fmt-it";
  private static final Path FORMAT = ROOT.resolve("interpreter/src/test/resources/format");
  private static final Path GOLDEN = ROOT.resolve("repl/src/test/resources/fmt");

  record Outcome(int exit, String out, String err) {}

  @BeforeAll
  static void copyThePlans() throws IOException {
    Files.createDirectories(ROOT.resolve(WORK));
    Files.copy(FORMAT.resolve("messy.comp"), ROOT.resolve(WORK + "/messy.comp"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(ROOT.resolve("interpreter/src/test/resources/check/syntax-error.comp"),
        ROOT.resolve(WORK + "/syntax-error.comp"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void everyStdlibPlanIsInCanonicalLayout() throws Exception {
    assertEquals(new Outcome(0, "", ""), compass("fmt", "--check", "stdlib-plans/plans", "stdlib-plans/src/test"));
  }

  @Test
  void checkListsAMessyPlanAndChangesNothing_thenFmtRewritesIt() throws Exception {
    String messy = WORK + "/messy.comp";
    Outcome check = compass("fmt", "--check", messy);
    assertEquals(new Outcome(1, messy + "\n", ""), check);
    assertEquals(Files.readString(FORMAT.resolve("messy.comp")), Files.readString(ROOT.resolve(messy)));

    Outcome fmt = compass("fmt", messy);
    assertEquals(new Outcome(0, "formatted: " + messy + "\n", ""), fmt);
    assertEquals(Files.readString(FORMAT.resolve("messy.expected")), Files.readString(ROOT.resolve(messy)));

    assertEquals(new Outcome(0, "", ""), compass("fmt", messy), "a formatted plan is left alone");
    assertEquals(new Outcome(0, "", ""), compass("fmt", "--check", messy));
  }

  @Test
  void aPlanWithSyntaxErrorsIsNotFormatted() throws Exception {
    String plan = WORK + "/syntax-error.comp";
    String before = Files.readString(ROOT.resolve(plan));
    Outcome r = compass("fmt", plan);
    assertEquals(1, r.exit());
    assertEquals("", r.out());
    assertEquals(Files.readString(GOLDEN.resolve("syntax-error.err")), r.err());
    assertEquals(before, Files.readString(ROOT.resolve(plan)));
  }

  private static Outcome compass(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("compass").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("compass-out", ".txt");
    Path err = Files.createTempFile("compass-err", ".txt");
    Process p = new ProcessBuilder(command).directory(ROOT.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "compass did not finish");
    try {
      return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
