package compass.eval;

import compass.ast.Decl;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * SEMANTICS 3: a cycle in the manager chain is an error naming the people in it. With `roll up all
 * levels` every deal is credited to each manager above its owner, so a chain deeper than {@link
 * #MAX_ROLL_UP_DEPTH} levels (no sales organisation has one; a data mistake does) is an error
 * naming the chain: it would multiply the credits, and the memory, by its depth.
 */
final class ManagerChain {
  /** Levels from a person up to the top of their chain that a full roll-up follows. */
  static final int MAX_ROLL_UP_DEPTH = 100;

  private ManagerChain() {}

  static void check(Dataset data) {
    int n = data.personCount();
    int[] manager = new int[n];
    java.util.Arrays.fill(manager, -1);
    for (int m = 0; m < n; m++) for (int r : data.directReports(m)) manager[r] = m;
    byte[] state = new byte[n]; // 0 unseen, 1 on the current path, 2 done
    int[] depth = new int[n]; // levels from a person to the top of the chain (a top person: 1)
    for (int start = 0; start < n; start++) {
      List<Integer> path = new ArrayList<>();
      int p = start;
      while (p >= 0 && state[p] == 0) { // a loop, not recursion: a chain of any depth
        state[p] = 1;
        path.add(p);
        p = manager[p];
      }
      if (p >= 0 && state[p] == 1) {
        List<String> cycle = new ArrayList<>();
        for (int i = path.indexOf(p); i < path.size(); i++) cycle.add(data.personId(path.get(i)));
        cycle.add(data.personId(p));
        throw new EvalError(
            Diagnostic.error(
                    Code.E0515,
                    DataLocation.ofFile(ReportingLines.file(data)),
                    "the manager chain has a cycle: " + String.join(" -> ", cycle))
                .withHint("each person's manager must lead up to someone with no manager"));
      }
      int above = p < 0 ? 0 : depth[p];
      for (int i = path.size() - 1; i >= 0; i--) {
        depth[path.get(i)] = ++above;
        state[path.get(i)] = 2;
      }
    }
    if (data.plan().rules().rollUp() == Decl.RollUp.ALL_LEVELS) checkDepth(data, manager, depth);
  }

  private static void checkDepth(Dataset data, int[] manager, int[] depth) {
    int deepest = 0;
    for (int p = 1; p < depth.length; p++) if (depth[p] > depth[deepest]) deepest = p;
    if (depth.length == 0 || depth[deepest] <= MAX_ROLL_UP_DEPTH) return;
    int top = deepest;
    while (manager[top] >= 0) top = manager[top];
    DataLocation at = ReportingLines.managerCell(data, deepest);
    throw new EvalError(
        Diagnostic.error(
                Code.E0529,
                at,
                String.format(
                    java.util.Locale.ROOT,
                    "the manager chain from %s up to %s is %,d levels deep (%s -> %s -> ... -> %s); "
                        + "`roll up all levels` follows at most %d",
                    data.personId(deepest),
                    data.personId(top),
                    depth[deepest],
                    data.personId(deepest),
                    data.personId(manager[deepest]),
                    data.personId(top),
                    MAX_ROLL_UP_DEPTH))
            .withHint(
                "check the manager column: a chain this deep is usually a mistake in the export; "
                    + "`roll up one level` credits only the direct manager"));
  }
}
