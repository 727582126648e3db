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

  private SourceViews(Dataset root, ExprCompiler compiler) {
    this.root = root;
    String first = root.sourceName();
    if (first != null) views.put(first, new View(first, root, compiler));
  }

  /** Registers the run's data and its compiler as the default source's view. */
  static SourceViews install(Dataset root, ExprCompiler compiler) {
    SourceViews v = new SourceViews(root, compiler);
    root.setViews(v);
    return v;
  }

  /** The view of a source, made on first use. */
  synchronized View of(String source) {
    View v = views.get(source);
    if (v != null) return v;
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

  /** Sizes every view's frames once everything is compiled. */
  void fixSlots() {
    for (View v : views.values())
      if (v.data() != root && v.compiler() != null)
        v.data().setDefinitionSlots(v.compiler().slotCount());
  }

  /**
   * Credits every source (SEMANTICS 3): the default source's reconciliation, with the others' when
   * there are several, each named by its source.
   */
  Reconciliation creditAll() {
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
