package compass.eval;

import compass.check.CheckedPlan;
import compass.check.CreditSource;
import compass.result.Reconciliation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every credit source of a run, each with its own data and compiler: the plan's default source is
 * the run's own {@link Dataset}; another source (`credit meetings ...`, `credit deals ... as
 * sourced`) is a view of it whose deals are the source's rows, credited by the source's rule. A
 * measure or a component over a source is compiled and evaluated on that source's view, so
 * everything that reads "the deals" (crediting, measures, per-deal lines) works on any table.
 */
final class SourceViews {
  /** One source's data and the compiler of the expressions that read its rows. */
  record View(String name, Dataset data, ExprCompiler compiler) {}

  private final Dataset root;
  private final Map<String, View> views = new LinkedHashMap<>();

  private SourceViews(Dataset root) {
    this.root = root;
  }

  /**
   * Registers the views of the run's data, before its compiler is made (the compiler's measures
   * over other sources are registered here as they are compiled).
   */
  static SourceViews install(Dataset root) {
    SourceViews v = new SourceViews(root);
    root.setViews(v);
    return v;
  }

  /** The run's own compiler: the default source's. */
  synchronized void rootCompiler(ExprCompiler compiler) {
    String first = root.sourceName();
    if (first != null) views.put(first, new View(first, root, compiler));
  }

  /** The view of a source, made on first use. */
  synchronized View of(String source) {
    View v = views.get(source);
    if (v != null) return v;
    if (source.equals(root.sourceName())) throw new IllegalStateException("no compiler yet");
    CreditSource s = root.plan().sources().named(source);
    if (s == null) throw new IllegalStateException("no credit source " + source);
    Dataset data = root.view(root.plan().forSource(s));
    v = new View(source, data, null);
    views.put(source, v); // before compiling: a definition may read this source again
    ExprCompiler compiler = new ExprCompiler(data.plan(), data);
    v = new View(source, data, compiler);
    views.put(source, v);
    return v;
  }

  /** Makes every source's view (before evaluation, so frames know their memo slots). */
  void makeAll() {
    for (CreditSource s : root.plan().sources().all()) of(s.name());
  }

  private final List<Runnable> pending = new ArrayList<>();

  /** A measure over another source, to compile once every view exists. */
  synchronized void pending(Runnable compile) {
    pending.add(compile);
  }

  /** Compiles the measures over other sources (each may add more), then sizes every frame. */
  synchronized void fixSlots() {
    while (!pending.isEmpty()) pending.remove(pending.size() - 1).run();
    for (View v : views.values())
      if (v.data() != root && v.compiler() != null)
        v.data().setDefinitionSlots(v.compiler().slotCount());
  }

  /**
   * Credits every source (SEMANTICS 3): the default source's reconciliation, with the others' when
   * there are several, each named by its source.
   */
  Reconciliation creditAll() {
    MergedDeals merged = root.merged();
    if (merged != null) { // issue 20: streamed, credited while read
      root.setCredits(merged.credits(root.personCount(), root.periodCount()));
      return merged.reconciliation();
    }
    List<Reconciliation> all = new ArrayList<>();
    for (CreditSource s : root.plan().sources().all()) {
      View v = of(s.name());
      Reconciliation r = Crediting.apply(v.data(), v.compiler());
      if (root.plan().sources().several()) {
        CheckedPlan p = v.data().plan();
        r = r.of(new Reconciliation.Source(v.name(), p.credit().table().text()));
      }
      all.add(r);
    }
    if (all.isEmpty()) return Crediting.apply(root, null); // no credit rule: nothing credited
    return all.get(0).with(all.subList(1, all.size()));
  }

  /** The views other than the run's own data (their frames are released with the run's). */
  List<View> others() {
    List<View> out = new ArrayList<>();
    for (View v : views.values()) if (v.data() != root) out.add(v);
    return out;
  }
}
