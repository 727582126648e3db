package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 7 (outputs), end to end through the real {@code ./compass}: a formula in the data
 * reaches no spreadsheet through the CSV output or the rejects file, and every output is written
 * with ASCII digits whatever the locale.
 */
class OutputTextIT {
  private static final Path AE = CompassProcess.ROOT.resolve("stdlib-plans/plans/ae-quota");

  private Path work;

  @BeforeEach
  void copyThePlan() throws IOException {
    work = Files.createTempDirectory("compass-output-text");
    try (Stream<Path> files = Files.list(AE)) {
      for (Path f : files.toList())
        Files.copy(f, work.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @AfterEach
  void cleanUp() throws IOException {
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted(Collections.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Test
  void csvLinesNeutraliseFormulasOfTheDataButNeverAnAmount() throws Exception {
    // deal ids and a participant id that a spreadsheet would run as formulas
    Path deals = work.resolve("deals.csv");
    Files.writeString(
        deals,
        Files.readString(deals)
            .replace("O-1001,", "=1+2,")
            .replace("O-1002,", "@SUM(A1),")
            .replace(",cai,", ",-cai,"));
    Path people = work.resolve("people.csv");
    Files.writeString(people, Files.readString(people).replace("\ncai,", "\n-cai,"));
    CompassProcess.Outcome r =
        CompassProcess.run(work, Map.of(), "run", "ae-quota.comp", "--lines", "--format", "csv");
    assertEquals(0, r.exit(), r.err());
    // the plan's own expected lines, with those cells written as text: every amount the same
    // (the negative rests of the tiered commission, -7020.00 and others, included)
    String expected =
        Files.readString(AE.resolve("expected-lines.csv"))
            .replace(",O-1001,", ",\"'=1+2\",")
            .replace(",O-1002,", ",\"'@SUM(A1)\",")
            .replace("\ncai,", "\n\"'-cai\",");
    // (-cai sorts before ann: the same lines, in another order)
    assertEquals(sorted(expected), sorted(r.out()));
    assertTrue(r.out().contains("\nann,2027-Q3,Commission,,-7020.00,USD,"), r.out());
    assertTrue(r.out().contains("\n\"'-cai\",2027-Q"), r.out());

    CompassProcess.Outcome csv =
        CompassProcess.run(work, Map.of(), "run", "ae-quota.comp", "--format", "csv");
    assertEquals(
        sorted(
            Files.readString(AE.resolve("expected-statement.csv"))
                .replace("\ncai,", "\n\"'-cai\",")),
        sorted(csv.out()));
  }

  private static List<String> sorted(String text) {
    return text.lines().sorted().toList();
  }

  @Test
  void theRejectsFileNeutralisesTheRowAsWritten() throws Exception {
    Files.writeString(
        work.resolve("deals.csv"),
        "=cmd(),ann,12x,closed_won,2027-01-10,12,Evil\n",
        StandardOpenOption.APPEND);
    CompassProcess.Outcome r =
        CompassProcess.run(
            work, Map.of(), "run", "ae-quota.comp", "--keep-going", "--out", "pay.csv");
    assertEquals(3, r.exit(), r.err());
    String rejects = Files.readString(work.resolve("pay.rejects.csv"));
    assertTrue(rejects.startsWith(RejectsFile.HEADER + "deals.csv,18,"), rejects);
    assertTrue(rejects.endsWith(",\"'=cmd(),ann,12x,closed_won,2027-01-10,12,Evil\"\n"), rejects);
  }

  /**
   * Under an Arabic or Persian locale, given both ways (LANG, and the JVM's own properties through
   * COMPASS_JAVA_OPTS, since the JVM takes LANG only for locales the system has installed), every
   * output is byte for byte what it is in English: periods, amounts, counts and line numbers in
   * ASCII digits (a period label once came out as ٢٠٢٧-Q1).
   */
  @Test
  void everyOutputUsesAsciiDigitsWhateverTheLocale() throws Exception {
    Files.writeString(
        work.resolve("what.repl"),
        "payout ann\nattainment for ann in 2027-Q1\n"
            + "what if bob closes 300_000 on 2027-02-01 with term_months = 24\nplot payouts\nexplain ann 2027-Q1\npayot\n");
    List<String[]> commands =
        List.of(
            new String[] {"run", "ae-quota.comp"},
            new String[] {"run", "ae-quota.comp", "--lines", "--format", "csv"},
            new String[] {"run", "ae-quota.comp", "--format", "json", "--lines"},
            new String[] {"run", "ae-quota.comp", "--period", "2099-Q1"},
            new String[] {
              "explain", "ae-quota.comp", "--participant", "ann", "--period", "2027-Q1"
            },
            new String[] {
              "explain",
              "ae-quota.comp",
              "--participant",
              "ann",
              "--period",
              "2027-Q1",
              "--format",
              "json"
            },
            new String[] {"check", "ae-quota.comp", "--format", "json"},
            new String[] {"repl", "ae-quota.comp", "--script", "what.repl"});
    List<String> english =
        outputs(
            commands,
            Map.of("LANG", "C.UTF-8", "COMPASS_JAVA_OPTS", "-Duser.language=en -Duser.country=US"));
    assertTrue(
        english.get(0).contains("\nann          2027-Q1   24,220.00  24,220.00  USD"),
        english.get(0));
    assertTrue(
        english.get(3).contains("the pay periods are 2027-Q1, 2027-Q2, 2027-Q3, 2027-Q4"),
        english.get(3));
    for (String[] locale : new String[][] {{"ar_EG", "ar", "EG"}, {"fa_IR", "fa", "IR"}}) {
      List<String> local =
          outputs(
              commands,
              Map.of(
                  "LANG",
                  locale[0] + ".UTF-8",
                  "COMPASS_JAVA_OPTS",
                  "-Duser.language=" + locale[1] + " -Duser.country=" + locale[2]));
      for (int i = 0; i < commands.size(); i++) {
        assertEquals(
            english.get(i), local.get(i), locale[0] + ": " + String.join(" ", commands.get(i)));
        for (char c : local.get(i).toCharArray())
          assertFalse(Character.isDigit(c) && c > '9', locale[0] + ": digit " + c);
      }
    }
  }

  /** Exit code, stdout and stderr of each command, as one text each. */
  private List<String> outputs(List<String[]> commands, Map<String, String> env) throws Exception {
    List<String> out = new ArrayList<>();
    for (String[] args : commands) {
      CompassProcess.Outcome r = CompassProcess.run(work, env, args);
      out.add("exit " + r.exit() + "\n" + r.out() + "\n--- stderr\n" + r.err());
    }
    return out;
  }
}
