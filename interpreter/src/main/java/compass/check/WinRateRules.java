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
 * The win rates of {@code stages ... with win rates ...} (issue 18): each names a declared stage
 * once, is a probability from 0% to 100%, and exactly one stage is won for sure (100%): the stage a
 * forecast gives an open deal it wins. `compass forecast` reads them; nothing else does.
 */
final class WinRateRules {
  private WinRateRules() {}

  static void check(List<Decl.Stages> declarations, List<String> stages, Diagnostics diags) {
    for (Decl.Stages s : declarations) {
      if (s.winRates().isEmpty()) continue;
      Set<String> seen = new HashSet<>();
      int won = 0;
      for (Decl.WinRate w : s.winRates()) {
        String stage = w.stage().text();
        if (!stages.contains(stage)) {
          diags.error(
              Code.E0471,
              w.stage().span(),
              "`" + stage + "` is not one of the plan's stages",
              Suggestions.hint(stage, stages));
        } else if (!seen.add(stage)) {
          diags.error(
              Code.E0472,
              w.stage().span(),
              "the win rate of `" + stage + "` is given twice",
              "give each stage one win rate");
        }
        if (w.rate().signum() < 0 || w.rate().compareTo(BigDecimal.ONE) > 0) {
          diags.error(
              Code.E0470,
              w.span(),
              "a win rate of "
                  + w.rate().movePointRight(2).stripTrailingZeros().toPlainString()
                  + "% is no probability",
              "a win rate is from 0% (never won) to 100% (won)");
        } else if (w.rate().compareTo(BigDecimal.ONE) == 0) {
          won++;
        }
      }
      if (won != 1) {
        diags.error(
            Code.E0473,
            s.span(),
            won == 0 ? "no stage has a win rate of 100%" : won + " stages have a win rate of 100%",
            "give the won stage (and only it) 100%, e.g. `closed_won 100%`: a forecast moves the"
                + " open deals it wins there");
      }
    }
  }
}
