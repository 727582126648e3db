package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.DiagnosticRenderer;
import compass.result.LineItem;
import compass.result.StatementRow;
import compass.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden statements: every example plan under plans/ runs on its bundled data, and its statement
 * and line items must equal expected-statement.csv and expected-lines.csv beside it. Run with
 * -Dgolden.update=true to rewrite them, then review the change in git diff.
 */
class ExamplePlansTest {
  static final Path PLANS = Path.of("plans");

  @TestFactory
  Stream<DynamicTest> everyExamplePlanMatchesItsGoldenStatement() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.walk(PLANS)) {
      // plans/lib holds definitions for other plans to import, not plans of their own
      plans =
          files
              .filter(p -> p.toString().endsWith(".comp") && !p.startsWith(PLANS.resolve("lib")))
              .sorted()
              .toList();
    }
    assertTrue(plans.size() >= 3, "expected at least three example plans, found " + plans);
    return plans.stream()
        .map(plan -> DynamicTest.dynamicTest(PLANS.relativize(plan).toString(), () -> check(plan)));
  }

  private static void check(Path plan) throws IOException {
    RunResult result = Compass.run(new RunRequest(plan, null, null));
    assertTrue(result.ok(), () -> DiagnosticRenderer.renderAll(result.diagnostics()));
    compare(golden(plan, "expected-statement.csv"), statement(result.rows()));
    compare(golden(plan, "expected-lines.csv"), lines(result.lines()));
  }

  /**
   * {@code expected-...csv} for the plan named after its folder; {@code <plan>.expected-...csv} for
   * others.
   */
  private static Path golden(Path plan, String name) {
    String base = plan.getFileName().toString().replace(".comp", "");
    boolean main = base.equals(plan.getParent().getFileName().toString());
    return plan.resolveSibling(main ? name : base + "." + name);
  }

  private static void compare(Path golden, String actual) {
    Golden.assertMatches(golden, actual);
  }

  static String statement(List<StatementRow> rows) {
    StringBuilder out =
        new StringBuilder(
            "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\n");
    for (StatementRow r : rows) {
      out.append(
              String.join(
                  ",",
                  r.participant(),
                  r.period(),
                  r.payout().toPlainString(),
                  r.ytd().toPlainString(),
                  r.currency(),
                  r.earned().toPlainString(),
                  r.payable().toPlainString(),
                  r.held().toPlainString(),
                  r.drawBalance().toPlainString(),
                  r.owed().toPlainString()))
          .append('\n');
    }
    return out.toString();
  }

  static String lines(List<LineItem> lines) {
    StringBuilder out =
        new StringBuilder("participant,period,component,deal,amount,currency,note\n");
    for (LineItem l : lines) {
      out.append(
              String.join(
                  ",",
                  l.participant(),
                  l.period(),
                  quote(l.component()),
                  l.deal(),
                  l.amount().toPlainString(),
                  l.currency(),
                  quote(l.note())))
          .append('\n');
    }
    return out.toString();
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
