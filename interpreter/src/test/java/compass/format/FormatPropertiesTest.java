package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import compass.ast.Plan;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.Lexeme;
import compass.syntax.Lexeme.Kind;
import compass.syntax.PlanParser;
import compass.syntax.PlanTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties of the formatter over every plan of this module's test resources (copies of example
 * plans among them; stdlib-plans runs the same properties over its example plans, in
 * StdlibFormatPropertiesTest). Formatting twice gives what formatting once gave; the formatted plan
 * parses to the same AST (source positions aside); and a plan with its spacing, trailing spaces,
 * blank lines and line ends disturbed at random, or its indentation written with another unit
 * (tabs, one to four spaces), formats to the same text.
 */
class FormatPropertiesTest {
  static final List<Path> CORPUS_ROOTS = List.of(Path.of("src", "test", "resources"));

  /** The plans of this module's test resources. */
  static List<Path> corpus() {
    return corpus(CORPUS_ROOTS);
  }

  static List<Path> corpus(List<Path> roots) {
    List<Path> plans = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.toString().endsWith(".comp")).sorted().forEach(plans::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return plans;
  }

  /** The folders whose plans the properties run over. */
  List<Path> corpusRoots() {
    return CORPUS_ROOTS;
  }

  /**
   * A plan file the corpus must hold, and how many plans at least: proof that the roots are the
   * ones meant.
   */
  String aPlanOfTheCorpus() {
    return "three-mistakes.comp";
  }

  int plansAtLeast() {
    return 20;
  }

  @Test
  void theCorpusHasTheExamplePlansAndTheTestPlans() {
    List<Path> plans = corpus(corpusRoots());
    assertTrue(plans.stream().anyMatch(p -> p.endsWith("ae-quota.comp")), plans::toString);
    assertTrue(plans.stream().anyMatch(p -> p.endsWith(aPlanOfTheCorpus())), plans::toString);
    assertTrue(plans.size() >= plansAtLeast(), plans::toString);
  }

  @TestFactory
  Stream<DynamicTest> formattingIsIdempotentAndKeepsTheAst() {
    return corpus(corpusRoots()).stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.toString(),
                    () -> {
                      String text = Files.readString(p);
                      Diagnostics diags = new Diagnostics();
                      Plan original =
                          PlanParser.parsePlan(new SourceFile(p.toString(), text), diags);
                      String once =
                          Formatter.format(new SourceFile(p.toString(), text), new Diagnostics());
                      if (original == null) { // a plan with syntax errors is left alone
                        assertNull(once);
                        return;
                      }
                      assertNotNull(once);
                      assertEquals(
                          once,
                          Formatter.format(new SourceFile("again", once), new Diagnostics()),
                          "fmt(fmt(p)) == fmt(p)");
                      Diagnostics after = new Diagnostics();
                      Plan formatted =
                          PlanParser.parsePlan(new SourceFile("formatted", once), after);
                      assertNotNull(formatted, () -> DiagnosticRenderer.renderAll(after.all()));
                      assertEquals(AstShape.of(original), AstShape.of(formatted));
                      assertEquals(AstShape.of(original.header()), AstShape.of(formatted.header()));
                    }));
  }

  @Test
  void layoutNoiseDoesNotChangeTheResult() {
    List<String> plans =
        corpus(corpusRoots()).stream()
            .map(FormatPropertiesTest::read)
            .filter(t -> Formatter.format(new SourceFile("p", t), new Diagnostics()) != null)
            .toList();
    qt().withExamples(200)
        .forAll(integers().between(0, plans.size() - 1), longs().all())
        .checkAssert(
            (index, seed) -> {
              String text = plans.get(index);
              String noisy = addNoise(text, new Random(seed));
              Diagnostics diags = new Diagnostics();
              String formatted = Formatter.format(new SourceFile("noisy", noisy), diags);
              assertNotNull(formatted, () -> noisy + DiagnosticRenderer.renderAll(diags.all()));
              assertEquals(Formatter.layout(text), formatted, noisy);
            });
  }

  @Test
  void anyIndentationUnitGivesTheSameResult() {
    List<String> plans =
        corpus(corpusRoots()).stream()
            .map(FormatPropertiesTest::read)
            .map(t -> Formatter.format(new SourceFile("p", t), new Diagnostics()))
            .filter(t -> t != null)
            .toList();
    qt().withExamples(100)
        .forAll(integers().between(0, plans.size() - 1), integers().between(0, 4))
        .checkAssert(
            (index, unit) -> {
              String canonical = plans.get(index);
              String reindented = reindent(canonical, unit == 0 ? "\t" : " ".repeat(unit));
              assertEquals(canonical, Formatter.layout(reindented), reindented);
            });
  }

  /**
   * Canonical text with each level of indentation (two spaces) written as {@code unit} instead; a
   * hanging comment line moves with the line whose comment it continues.
   */
  static String reindent(String canonical, String unit) {
    StringBuilder out = new StringBuilder();
    int lastShift = 0;
    int lastCommentColumn = -1;
    for (String line : canonical.split("\n", -1)) {
      int leading = line.length() - line.stripLeading().length();
      String rest = line.substring(leading);
      boolean commentOnly = rest.startsWith("#");
      String indent;
      if (commentOnly && leading == lastCommentColumn) {
        indent = " ".repeat(leading + lastShift); // hanging: keep it under the comment above
      } else {
        indent = unit.repeat(leading / 2);
        lastShift = indent.length() - leading;
      }
      int hash = rest.indexOf("  #");
      lastCommentColumn = commentOnly ? leading : hash >= 0 ? leading + hash + 2 : -1;
      out.append(indent).append(rest).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /**
   * The plan with random spaces between tokens and at line ends, CRLF line ends and more blank
   * lines where there is one: changes that carry no meaning. Lines with a trailing comment keep
   * their spacing, since where a comment starts says which comment it continues.
   */
  static String addNoise(String text, Random random) {
    List<Lexeme> tokens = PlanTokens.lex(text);
    java.util.Set<Integer> commented = new java.util.HashSet<>();
    for (Lexeme t : tokens) if (t.kind() == Kind.COMMENT) commented.add(t.line());
    String[] before = new String[text.length() + 1]; // text to insert before each offset
    java.util.Arrays.fill(before, "");
    Lexeme previous = null;
    for (Lexeme t : tokens) {
      if (isCode(t) && !commented.contains(t.line())) {
        if (previous != null
            && isCode(previous)
            && previous.line() == t.line()
            && previous.start() + previous.text().length() == t.start()) {
          before[t.start()] += " ".repeat(random.nextInt(2)); // touching tokens may be spaced
        }
      }
      if (t.kind() == Kind.SPACE && !commented.contains(t.line()))
        before[t.start()] += " ".repeat(random.nextInt(3));
      if (t.kind() != Kind.INDENT && t.kind() != Kind.DEDENT && t.kind() != Kind.END_OF_STATEMENT)
        previous = t;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      out.append(before[i]);
      if (i == text.length()) break;
      char c = text.charAt(i);
      if (c == '\n') {
        out.append(" ".repeat(random.nextInt(3))); // trailing spaces
        if (i > 0 && text.charAt(i - 1) == '\n' && random.nextBoolean())
          out.append('\n'); // more blank lines
      }
      out.append(c);
    }
    return random.nextBoolean() ? out.toString().replace("\n", "\r\n") : out.toString();
  }

  private static boolean isCode(Lexeme t) {
    return switch (t.kind()) {
      case SPACE, LINE_BREAK, COMMENT, END_OF_STATEMENT, INDENT, DEDENT -> false;
      default -> true;
    };
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
