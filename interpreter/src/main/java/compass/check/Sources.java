package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The plan's credit sources, the default first, and which source each measure and each component
 * reads. The default source is the one named `deals` when there is one, else the first credit
 * rule's; it is also {@link CheckedPlan#deals()} and {@link CheckedPlan#credit()}, so a plan with
 * one credit rule reads exactly as before.
 */
public final class Sources {
  /** A measure's source and the value it adds up, without the `of SOURCE` that names the source. */
  public record Measure(String source, Expr value) {}

  private final List<CreditSource> all;
  private final IdentityHashMap<Expr.Aggregate, Measure> measures;
  private final IdentityHashMap<Decl.Component, String> components;

  Sources(
      List<CreditSource> all,
      IdentityHashMap<Expr.Aggregate, Measure> measures,
      IdentityHashMap<Decl.Component, String> components) {
    this.all = List.copyOf(all);
    this.measures = measures;
    this.components = components;
  }

  /** No credit rule. */
  public static Sources none() {
    return new Sources(List.of(), new IdentityHashMap<>(), new IdentityHashMap<>());
  }

  /** Every source, the default first, then the others in the order of their rules. */
  public List<CreditSource> all() {
    return all;
  }

  /** Whether the plan credits more than one source (then each is reconciled on its own). */
  public boolean several() {
    return all.size() > 1;
  }

  /** The default source, or null without a credit rule. */
  public CreditSource first() {
    return all.isEmpty() ? null : all.get(0);
  }

  public CreditSource named(String name) {
    for (CreditSource s : all) if (s.name().equals(name)) return s;
    return null;
  }

  /** The source a measure reads (the default when it names none). */
  public String sourceOf(Expr.Aggregate a) {
    Measure m = measures.get(a);
    return m != null ? m.source() : first() == null ? null : first().name();
  }

  /** What a measure adds up: {@code amount} in `sum of amount of deals`. */
  public Expr valueOf(Expr.Aggregate a) {
    Measure m = measures.get(a);
    return m != null ? m.value() : a.value();
  }

  /** The source whose rows a component pays per (`per meeting`), or the default. */
  public String sourceOf(Decl.Component c) {
    String s = components.get(c);
    return s != null ? s : first() == null ? null : first().name();
  }
}
