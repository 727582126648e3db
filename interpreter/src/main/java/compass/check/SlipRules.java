package compass.check;

import compass.ast.Decl;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ranges of {@code close dates slip ...} (issue 18): each is of whole days, from 0 up, its
 * start not after its end, at most {@link Decl.Slip#MAX_DAYS}; each names a declared stage once, at
 * most one range names none; one such line per plan. `compass forecast` reads them; nothing else
 * does.
 */
final class SlipRules {
  private SlipRules() {}

  static void check(List<Decl.Slip> declarations, List<String> stages, Diagnostics diags) {
    if (declarations.size() > 1)
      diags.error(
          Code.E0482,
          declarations.get(1).span(),
          "the close dates slip twice",
          "give every range in one `close dates slip` line");
    for (Decl.Slip s : declarations) {
      Set<String> seen = new HashSet<>();
      boolean everyStage = false;
      for (Decl.SlipRange r : s.ranges()) {
        if (r.stage() == null) {
          if (everyStage)
            diags.error(
                Code.E0482,
                r.span(),
                "two ranges are given for every stage",
                "give one range without a stage; name the stages that slip otherwise");
          everyStage = true;
        } else {
          String stage = r.stage().text();
          if (!stages.contains(stage))
            diags.error(
                Code.E0481,
                r.stage().span(),
                "`" + stage + "` is not one of the plan's stages",
                Suggestions.hint(stage, stages));
          else if (!seen.add(stage))
            diags.error(
                Code.E0482,
                r.stage().span(),
                "the slip of `" + stage + "` is given twice",
                "give each stage one range");
        }
        range(r, diags);
      }
    }
  }

  private static void range(Decl.SlipRange r, Diagnostics diags) {
    if (!days(r.from(), r.fromSpan(), diags) || !days(r.to(), r.toSpan(), diags)) return;
    if (r.from().compareTo(r.to()) > 0)
      diags.error(
          Code.E0480,
          r.span(),
          "the range "
              + plain(r.from())
              + " to "
              + plain(r.to())
              + " days is reversed: it starts after it ends",
          "write the fewest days first: `" + plain(r.to()) + " to " + plain(r.from()) + " days`");
  }

  /** Whether a bound is a whole number of days from 0 to MAX_DAYS; reported when not. */
  private static boolean days(BigDecimal n, compass.source.Span at, Diagnostics diags) {
    String problem = null;
    if (n.signum() < 0) problem = "a close date slips later, never earlier: " + plain(n) + " days";
    else if (n.stripTrailingZeros().scale() > 0) problem = plain(n) + " is no whole number of days";
    else if (n.compareTo(BigDecimal.valueOf(Decl.Slip.MAX_DAYS)) > 0)
      problem = plain(n) + " days is more than ten years";
    if (problem == null) return true;
    diags.error(
        Code.E0480,
        at,
        problem,
        "give whole days from 0 to "
            + Decl.Slip.MAX_DAYS
            + ", e.g. `close dates slip 0 to 30 days`");
    return false;
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
