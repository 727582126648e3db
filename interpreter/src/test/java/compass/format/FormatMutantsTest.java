package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.ast.Plan;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.syntax.PlanParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The formatter on odd but valid layouts: seeded random edits of every corpus plan (line breaks,
 * indentation, comments, brackets and signs inserted, characters deleted). For each mutant that
 * still parses, formatting never throws, is idempotent and keeps the AST. Raise -Dfmt.mutations=N
 * for a longer run.
 */
class FormatMutantsTest {
  /** The folders of the plans to mutate (stdlib-plans mutates its own, StdlibFormatMutantsTest). */
  List<Path> corpusRoots() {
    return FormatPropertiesTest.CORPUS_ROOTS;
  }

  private static final String[] SNIPPETS = {
    "\n",
    "\n  ",
    "\n    ",
    "\n\t",
    "  ",
    "\t",
    " # note\n",
    "# note\n",
    "\n# note",
    ",\n",
    "(",
    ")",
    "-",
    " - ",
    "-(",
    "+\n",
    " x ",
    "\n\n\n",
    "    # aside"
  };

  @Test
  void mutantsThatParseFormatIdempotentlyToTheSameAst() throws Exception {
    List<String> plans = new ArrayList<>();
    for (Path p : FormatPropertiesTest.corpus(corpusRoots())) {
      String text = Files.readString(p);
      // plans written with syntax errors on purpose would only make mutants that never parse
      if (PlanParser.parsePlan(new SourceFile(p.toString(), text), new Diagnostics()) != null)
        plans.add(text);
    }
    int count = Integer.getInteger("fmt.mutations", 500);
    Random random = new Random(20271128);
    int parsed = 0;
    // `count` mutants, and more while fewer than a tenth of them parse (about one in eight does,
    // so which plans a seed happens to pick must not decide whether enough are tested), up to
    // four times as many
    for (int i = 0; i < count || (parsed <= count / 10 && i < 4 * count); i++) {
      String text = mutate(plans.get(random.nextInt(plans.size())), random);
      Diagnostics parsing = new Diagnostics();
      Plan original = PlanParser.parsePlan(new SourceFile("mutant.comp", text), parsing);
      // fmt formats only a plan without syntax errors; the parser may build a plan and still
      // report one (E0216, `sum of am-ount`), which fmt rightly refuses
      if (original == null || parsing.hasErrors()) continue;
      parsed++;
      try {
        String once = Formatter.format(new SourceFile("mutant.comp", text), new Diagnostics());
        assertEquals(once, Formatter.layout(once), "idempotent");
        Plan formatted =
            PlanParser.parsePlan(new SourceFile("formatted.comp", once), new Diagnostics());
        assertEquals(AstShape.of(original), AstShape.of(formatted));
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("mutant " + i + " failed: " + e.getMessage() + " on:\n" + text, e);
      }
    }
    assertTrue(parsed > count / 10, "too few mutants parse to test anything: " + parsed);
  }

  private static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && s.length() > 2; e++) {
      int at = random.nextInt(s.length());
      if (random.nextInt(4) == 0) s.deleteCharAt(at);
      else s.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
    }
    return s.toString();
  }
}
