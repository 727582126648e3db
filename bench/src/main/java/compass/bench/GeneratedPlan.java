package compass.bench;

import compass.api.Compass;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import java.util.stream.Collectors;

/** The generated plan the parse and check benchmarks share, verified once to check cleanly. */
final class GeneratedPlan {
  static final int LINES = 2_000;

  private GeneratedPlan() {}

  /** The plan text; fails when it does not parse and check without errors. */
  static String verifiedText() {
    String text = PlanGenerator.generate(LINES);
    Diagnostics diags = new Diagnostics();
    Object plan = Compass.checkText("generated.comp", text, diags); // parse, then check
    if (plan == null || diags.hasErrors()) {
      throw new IllegalStateException(
          "the generated plan does not check:\n"
              + diags.all().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    }
    return text;
  }
}
