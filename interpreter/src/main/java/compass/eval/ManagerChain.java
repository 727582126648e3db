package compass.eval;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.List;

/** SEMANTICS 3: a cycle in the manager chain is an error naming the people in it. */
final class ManagerChain {
  private ManagerChain() {}

  static void check(Dataset data) {
    int n = data.personCount();
    int[] manager = new int[n];
    java.util.Arrays.fill(manager, -1);
    for (int m = 0; m < n; m++) for (int r : data.directReports(m)) manager[r] = m;
    byte[] state = new byte[n]; // 0 unseen, 1 on the current path, 2 done
    for (int start = 0; start < n; start++) {
      List<Integer> path = new ArrayList<>();
      int p = start;
      while (p >= 0 && state[p] == 0) {
        state[p] = 1;
        path.add(p);
        p = manager[p];
      }
      if (p >= 0 && state[p] == 1) {
        List<String> cycle = new ArrayList<>();
        for (int i = path.indexOf(p); i < path.size(); i++) cycle.add(data.personId(path.get(i)));
        cycle.add(data.personId(p));
        throw new EvalError(Diagnostic.error(Code.E0515, DataLocation.ofFile(data.people().file()),
                "the manager chain has a cycle: " + String.join(" -> ", cycle))
            .withHint("each person's manager must lead up to someone with no manager"));
      }
      for (int q : path) state[q] = 2;
    }
  }
}
