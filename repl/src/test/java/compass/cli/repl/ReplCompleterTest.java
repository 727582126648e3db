package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion follows the command being typed (issue 19): ids where a participant goes, periods
 * where a period goes, component titles (quoted unless a quote is open), stages after `stage is`,
 * and file paths after `load` and `save`. The AE plan has ann, bob and cai, pays quarterly in 2027,
 * and has three components.
 */
class ReplCompleterTest {
  private static final Path AE =
      Path.of("..", "stdlib-plans", "plans", "ae-quota", "ae-quota.comp");
  private static final List<String> PEOPLE = List.of("ann", "bob", "cai");
  private static final List<String> QUARTERS = List.of("2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4");

  private static ReplCompleter completer;

  @TempDir Path temp;

  @BeforeAll
  static void load() {
    Repl repl = new Repl(new PrintWriter(new StringWriter()));
    assertTrue(repl.load(AE, null));
    completer = new ReplCompleter(repl);
  }

  @Test
  void explainTakesAParticipantThenAPeriod() {
    assertEquals(PEOPLE, completer.candidates(1, List.of("explain", "")));
    assertEquals(QUARTERS, completer.candidates(2, List.of("explain", "ann", "")));
    assertEquals(List.of(), completer.candidates(3, List.of("explain", "ann", "2027-Q1", "")));
  }

  @Test
  void whatIfOffersParticipantsComponentsAndNamesThenTheFormsWords() {
    List<String> second = completer.candidates(2, List.of("what", "if", ""));
    assertTrue(second.containsAll(PEOPLE), second.toString());
    assertTrue(second.contains("\"Multi-year SPIF\""), second.toString());
    assertTrue(
        second.containsAll(List.of("quota", "attainment", "deal", "component")), second.toString());
    assertFalse(second.contains("2027-Q1"), second.toString()); // no period starts a what-if
    assertEquals(List.of("closes"), completer.candidates(3, List.of("what", "if", "ann", "")));
    assertEquals(
        List.of("on"),
        completer.candidates(5, List.of("what", "if", "ann", "closes", "20_000", "")));
    assertEquals(
        List.of("with"),
        completer.candidates(
            7, List.of("what", "if", "ann", "closes", "20_000", "on", "2027-03-20", "")));
    assertEquals(
        List.of("id", "owner", "amount", "stage", "close_date", "term_months"),
        completer.candidates(
            8, List.of("what", "if", "ann", "closes", "1", "on", "2027-03-20", "with", "")));
    assertEquals(
        List.of("has", "is"), completer.candidates(4, List.of("what", "if", "deal", "O-1001", "")));
    assertEquals(
        List.of("removed"),
        completer.candidates(5, List.of("what", "if", "deal", "O-1001", "is", "")));
  }

  @Test
  void stagesComeAfterStageIsOrEquals() {
    List<String> stages =
        List.of(
            "prospecting",
            "qualification",
            "demonstration",
            "negotiation",
            "closed_won",
            "closed_lost");
    assertEquals(
        stages,
        completer.candidates(7, List.of("what", "if", "deal", "O-1001", "has", "stage", "=", "")));
    assertEquals(
        stages,
        completer.candidates(6, List.of("sum", "of", "amount", "where", "stage", "is", "")));
  }

  @Test
  void anExpressionTakesAParticipantAfterForAndAPeriodAfterIn() {
    assertEquals(PEOPLE, completer.candidates(2, List.of("attainment", "for", "")));
    assertEquals(QUARTERS, completer.candidates(4, List.of("attainment", "for", "ann", "in", "")));
    List<String> names = completer.candidates(1, List.of("let", ""));
    assertTrue(names.containsAll(List.of("bookings", "amount", "closed_won")), names.toString());
  }

  @Test
  void plotTakesAParticipantATieredComponentAndAPeriod() {
    assertEquals(List.of("curve", "payouts"), completer.candidates(1, List.of("plot", "")));
    assertEquals(PEOPLE, completer.candidates(2, List.of("plot", "curve", "")));
    List<String> third = completer.candidates(3, List.of("plot", "curve", "ann", ""));
    assertEquals("\"Commission\"", third.get(0), third.toString());
    assertTrue(third.containsAll(QUARTERS), third.toString());
    assertEquals(QUARTERS, completer.candidates(2, List.of("plot", "payouts", "")));
  }

  @Test
  void aTitleIsOfferedWithoutQuotesWhenAQuoteIsOpen() {
    // the terminal adds the opening and the closing quote to a word begun with one: a candidate
    // with quotes of its own came out as ""Commission""
    List<String> open = completer.candidates(2, List.of("what", "if", "Comm"), true);
    assertTrue(open.contains("Commission"), open.toString());
    assertFalse(open.stream().anyMatch(c -> c.startsWith("\"")), open.toString());
    List<String> closed = completer.candidates(2, List.of("what", "if", ""), false);
    assertTrue(closed.contains("\"Commission\""), closed.toString());
  }

  @Test
  void loadCompletesPlanFilesAndFoldersAndSaveScripts() throws Exception {
    Files.createDirectories(temp.resolve("plans/ae"));
    Files.writeString(temp.resolve("plans/ae/ae.comp"), "");
    Files.writeString(temp.resolve("plans/notes.txt"), "");
    Files.writeString(temp.resolve("plans/q1.repl"), "");
    String dir = temp + "/plans/";
    assertEquals(List.of(dir + "ae/", "--data"), completer.candidates(1, List.of("load", dir)));
    assertEquals(
        List.of(dir + "ae/ae.comp", "--data"),
        completer.candidates(1, List.of("load", dir + "ae/")));
    // after --data, folders only
    assertEquals(
        List.of(dir + "ae/"), completer.candidates(3, List.of("load", "x.comp", "--data", dir)));
    assertEquals(
        List.of(dir + "ae/", dir + "q1.repl", "--force"),
        completer.candidates(1, List.of("save", dir)));
    assertEquals(List.of("--data"), completer.candidates(1, List.of("load", temp + "/nowhere/")));
    // a name with a space: quoted (a folder's quote stays open), or bare inside an open quote
    Files.createDirectories(temp.resolve("my plans"));
    Files.writeString(temp.resolve("my plans/q 1.comp"), "");
    assertEquals(
        List.of("\"" + temp + "/my plans/q 1.comp\"", "--data"),
        completer.candidates(1, List.of("load", temp + "/my plans/")));
    assertEquals(
        List.of(temp + "/my plans/q 1.comp", "--data"),
        completer.candidates(1, List.of("load", temp + "/my plans/"), true));
    assertTrue(
        completer.candidates(1, List.of("load", temp + "/")).contains("\"" + temp + "/my plans/"));
  }
}
