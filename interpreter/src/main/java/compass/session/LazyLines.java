package compass.session;

import compass.eval.Workbench;
import compass.result.LineItem;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issue 20: each participant's line items (with their traces), computed when first asked for. A
 * what-if that changes everyone's payout (a rate) on a million deals evaluates the statements
 * without traces, which is fast; the lines of the few participants the analyst looks at (the
 * changes shown, `explain`, a statement) are evaluated then, on the what-if's workbench. Lines
 * given here (the participants a what-if re-evaluated) come first, then an earlier state's.
 */
final class LazyLines extends AbstractMap<String, List<LineItem>> {
  private final Set<String> participants;
  private final Map<String, List<LineItem>> given;
  private final Map<String, List<LineItem>> earlier;
  private final Workbench bench;
  private final Map<String, List<LineItem>> computed = new ConcurrentHashMap<>();

  /** Lines {@code given}, the others as in {@code earlier}. */
  static LazyLines over(
      Set<String> participants,
      Map<String, List<LineItem>> given,
      Map<String, List<LineItem>> earlier) {
    return new LazyLines(participants, given, earlier, null);
  }

  /** Every participant's lines evaluated on {@code bench} when asked for. */
  static LazyLines on(Set<String> participants, Workbench bench) {
    return new LazyLines(participants, Map.of(), null, bench);
  }

  private LazyLines(
      Set<String> participants,
      Map<String, List<LineItem>> given,
      Map<String, List<LineItem>> earlier,
      Workbench bench) {
    this.participants = participants;
    this.given = given;
    this.earlier = earlier;
    this.bench = bench;
  }

  @Override
  public List<LineItem> get(Object key) {
    if (!(key instanceof String id) || !participants.contains(id)) return null;
    List<LineItem> lines = given.get(id);
    if (lines != null) return lines;
    if (earlier != null) return earlier.get(id);
    return computed.computeIfAbsent(id, k -> List.copyOf(bench.evaluate(List.of(k), null).lines()));
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String id && participants.contains(id);
  }

  @Override
  public List<LineItem> getOrDefault(Object key, List<LineItem> otherwise) {
    List<LineItem> lines = get(key);
    return lines == null ? otherwise : lines;
  }

  /** Every participant's lines: computes those not computed yet. */
  @Override
  public Set<Map.Entry<String, List<LineItem>>> entrySet() {
    Map<String, List<LineItem>> all = new LinkedHashMap<>();
    for (String id : participants) all.put(id, get(id));
    return all.entrySet();
  }
}
