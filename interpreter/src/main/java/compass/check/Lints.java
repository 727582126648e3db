package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Step;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings about a checked plan: what it declares but never uses (W0101 definitions, W0104 input
 * columns, W0105 inputs) and tier bands that can never pay (W0102, see {@link BandReach}). Only
 * what the plan's own file declares is reported: a library offers more than one plan uses, and a
 * base plan's file belongs to its own check. Warnings never stop a run.
 */
public final class Lints {
  /** People columns the engine reads without the plan naming them (SEMANTICS 3, 4; W0601). */
  private static final Set<String> IMPLICIT_PEOPLE =
      Set.of("id", "role", "manager", "start_date", "end_date");

  private final CheckedPlan plan;
  private final Diagnostics diags;
  private final SourceFile own;

  private Lints(CheckedPlan plan, Diagnostics diags) {
    this.plan = plan;
    this.diags = diags;
    this.own = plan.ast().file();
  }

  /** Adds the warnings of a plan that passed the checker. */
  public static void lint(CheckedPlan plan, Diagnostics diags) {
    Lints l = new Lints(plan, diags);
    l.unusedDefinitions();
    l.unreadInputs();
    new BandReach(plan, diags).check();
    new ClawbackReach(plan, diags).check();
    ScaledAmounts.check(plan, diags); // issue 15: W0117, W0118
  }

  // ---- W0101 -------------------------------------------------------------------------------

  private void unusedDefinitions() {
    Map<String, Decl.Definition> defs = definitions(plan);
    Set<String> used = usedDefinitions(plan, defs);
    for (Decl.Definition d : defs.values()) {
      if (used.contains(d.name().text()) || d.span().file() != own) continue;
      diags.warning(
          Code.W0101,
          d.name().span(),
          "`" + d.name().text() + "` is defined but never used",
          "remove the definition, or use it in a component");
    }
  }

  /**
   * Every expression the plan's pay depends on: its rules and components, and the definitions they
   * use (directly or through other definitions), in plan order; not a definition nothing uses.
   */
  static List<Expr> usedExpressions(CheckedPlan plan) {
    Lints l = new Lints(plan, new Diagnostics());
    List<Expr> out = new ArrayList<>(l.rootExpressions());
    Map<String, Decl.Definition> defs = definitions(plan);
    Set<String> used = usedDefinitions(plan, defs);
    for (Decl.Definition d : defs.values()) if (used.contains(d.name().text())) out.add(d.value());
    return out;
  }

  private static Map<String, Decl.Definition> definitions(CheckedPlan plan) {
    Map<String, Decl.Definition> defs = new LinkedHashMap<>();
    for (Decl.Definition d : plan.ast().all(Decl.Definition.class))
      defs.putIfAbsent(d.name().text(), d);
    return defs;
  }

  private static Set<String> usedDefinitions(CheckedPlan plan, Map<String, Decl.Definition> defs) {
    Lints l = new Lints(plan, new Diagnostics());
    Set<String> used = new HashSet<>();
    List<String> todo = new ArrayList<>();
    for (Expr root : l.rootExpressions()) todo.addAll(names(root));
    for (Decl.When w : plan.ast().all(Decl.When.class)) {
      todo.add(w.subject().text()); // the tiers read `when quota is 0` themselves
      todo.add(w.target().text());
    }
    for (Decl.Override o : plan.ast().all(Decl.Override.class)) todo.add(o.target().text());
    if (l.readsQuotaImplicitly()) todo.add("quota");
    while (!todo.isEmpty()) { // what the roots use, and what that uses in turn
      String name = todo.remove(todo.size() - 1);
      if (!defs.containsKey(name) || !used.add(name)) continue;
      todo.addAll(names(defs.get(name).value()));
    }
    return used;
  }

  /** Percent tier bands are read against `quota` unless they say `against`; a ramp scales it. */
  private boolean readsQuotaImplicitly() {
    if (!plan.ast().all(Decl.Ramp.class).isEmpty()) return true;
    for (Step.Tiers t : allTiers()) {
      if (t.against() == null
          && plan.typeOf(t.base()) != compass.types.Type.PERCENT // bands on attainment itself
          && t.bands().stream()
              .anyMatch(b -> plan.typeOf(b.lower()) == compass.types.Type.PERCENT)) {
        return true;
      }
    }
    return false;
  }

  private List<Step.Tiers> allTiers() {
    List<Step.Tiers> out = new ArrayList<>();
    for (Decl.Component c : plan.components())
      for (Step s : c.steps()) if (s instanceof Step.Tiers t) out.add(t);
    return out;
  }

  /** Names an expression uses: references and {@code team X}. */
  private static List<String> names(Expr e) {
    List<String> out = new ArrayList<>();
    ExprWalk.each(
        e,
        x -> {
          if (x instanceof Expr.Ref r) out.add(r.name());
          else if (x instanceof Expr.Team t) out.add(t.member().text());
          else if (x instanceof Expr.Call c)
            out.add(c.function().text()); // a test's `bookings(ann, 2027-Q1)`
        });
    return out;
  }

  /** Every expression outside definitions: what the plan pays and the rules around it. */
  private List<Expr> rootExpressions() {
    List<Expr> out = new ArrayList<>();
    for (Decl d : plan.ast().decls()) {
      if (d instanceof Decl.Credit c) {
        out.add(c.filter());
        for (Decl.CreditTarget t : c.targets()) out.add(t.share());
      } else if (d instanceof Decl.When w) {
        out.add(w.value());
        out.add(w.replacement());
      } else if (d instanceof Decl.Component c) {
        for (Step s : c.steps()) stepExpressions(s, out);
      } else if (d instanceof Decl.TiersOverride o) {
        for (Step.Band b : o.bands()) bandExpressions(b, out);
      } else if (d instanceof Decl.Override o) {
        out.add(o.value());
      } else if (d instanceof Decl.Draw dr) {
        out.add(dr.amount());
        out.add(dr.recoveryCap());
      } else if (d instanceof Decl.Ramp r) {
        out.addAll(r.steps());
      } else if (d instanceof Decl.Clawback c) {
        out.add(c.window());
        out.add(c.rate());
        out.add(c.filter());
        for (Decl.ClawbackBand b : c.schedule()) out.addAll(Arrays.asList(b.lower(), b.upper()));
      } else if (d instanceof Decl.Budget b) {
        out.add(b.against());
      } else if (d instanceof Decl.Test t) { // a definition a test pins is in use
        for (compass.ast.TestBlock.Expect e : t.expectations()) out.add(e.subject());
      }
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  static void stepExpressions(Step s, List<Expr> out) {
    if (s instanceof Step.Tiers t) {
      out.add(t.base());
      out.add(t.against());
      out.add(t.appliedTo());
      for (Step.Band b : t.bands()) bandExpressions(b, out);
    } else if (s instanceof Step.Pay p) {
      out.add(p.amount());
      out.add(p.filter());
      out.add(p.condition());
    } else if (s instanceof Step.Cap c) {
      out.add(c.limit());
    } else if (s instanceof Step.Floor f) {
      out.add(f.minimum());
    } else if (s instanceof Step.Gate g) {
      out.add(g.condition());
    } else if (s instanceof Step.Payout p) {
      for (Step.PayoutPart part : p.parts()) {
        out.add(part.share());
        out.add(part.when());
      }
    } else if (s instanceof Step.Multiply m) {
      out.add(m.factor());
      out.add(m.filter());
    } else if (s instanceof Step.Pool pool) {
      out.add(pool.amount());
    } else if (!(s instanceof Step.Collected)) {
      throw new IllegalStateException("unlinted step " + s.getClass().getSimpleName());
    }
  }

  private static void bandExpressions(Step.Band b, List<Expr> out) {
    out.add(b.lower());
    out.add(b.upper());
    out.add(b.pays());
  }

  // ---- W0104, W0105 ------------------------------------------------------------------------

  private void unreadInputs() {
    Map<String, Set<String>> read = new LinkedHashMap<>();
    for (TableSchema t : plan.tables()) read.put(t.name(), new HashSet<>());
    // participants found in the data (issue 14) come from no file: nothing of theirs goes unread
    Set<String> people = read.getOrDefault(plan.people().name(), new HashSet<>());
    people.addAll(IMPLICIT_PEOPLE);
    if (plan.rules().leaving() != null) people.add(plan.rules().leaving().date().text());
    for (Decl.Override o : plan.ast().all(Decl.Override.class)) {
      if (o.scope() == Decl.OverrideScope.TEAM) people.add("team");
    }
    for (Decl.TiersOverride o : plan.ast().all(Decl.TiersOverride.class)) {
      if (o.scope() == Decl.OverrideScope.TEAM) people.add("team");
    }
    for (Symbol s : plan.symbols().values()) {
      if (s instanceof Symbol.PersonField p) people.add(p.spec().name());
      else if (s instanceof Symbol.DealField f && plan.deals() != null)
        read.get(rowTable(f.spec())).add(f.spec().name());
    }
    if (plan.deals() != null) dealColumns(read.get(plan.deals().name()));
    for (CreditSource source : plan.sources().all()) { // every credit rule reads its fields
      Set<String> cols = read.get(source.table().name());
      cols.add("id"); // a row's id in its line items, else (another source's) its first text field
      if (source != plan.sources().first())
        source.table().fields().stream()
            .filter(f -> f.type() == ColumnType.TEXT)
            .findFirst()
            .ifPresent(f -> cols.add(f.name()));
      for (Decl.CreditTarget t : source.rule().targets()) cols.add(t.person().text());
      if (source.rule().date() != null) cols.add(source.rule().date().text());
      if (source.rules() != null && source.rules().splits() != null)
        read.get(source.rules().splits().name()).addAll(List.of("deal", "person", "share"));
    }
    for (Expr e : plan.types().keySet()) {
      if (e instanceof Expr.TableField f && read.containsKey(f.table().text())) {
        TableSchema t = plan.otherTables().get(f.table().text());
        Set<String> cols = read.get(t.name());
        cols.add(f.field().text());
        for (FieldSpec s : t.fields()) { // the keys that find the participant's rows of the span
          if (s.type() == ColumnType.PERSON || s.type() == ColumnType.PERIOD) cols.add(s.name());
        }
      }
    }
    LookupChecker.fieldsRead(plan, read); // lookups: the field, the keys, the validity dates
    PayRules rules = plan.rules();
    if (rules.splits() != null)
      read.get(rules.splits().name()).addAll(List.of("deal", "person", "share"));
    if (rules.fx() != null) read.get(rules.fx().name()).addAll(List.of("currency", "date", "rate"));
    for (Decl.Component c : plan.components())
      for (Step s : c.steps()) {
        if (s instanceof Step.Collected col && read.containsKey(col.payments().text())) {
          read.get(col.payments().text()).addAll(List.of("deal", "date", "amount"));
        }
      }
    ParticipantSources.columnsRead(plan, read);
    PayCurrencyRules.columnsRead(plan.ast(), read);
    BudgetRules.columnsRead(plan, read, people); // `budget ... by team from budgets` (issue 15)
    PoolRules.columnsRead(plan, read); // `from pool ... in close_date order`
    for (Decl.Input in : plan.ast().all(Decl.Input.class)) {
      if (in.span().file() != own || !read.containsKey(in.table().text())) continue;
      Set<String> cols = read.get(in.table().text());
      if (cols.isEmpty()) {
        diags.warning(
            Code.W0105,
            in.table().span(),
            "the input `" + in.table().text() + "` is never read",
            "remove the input, or use its fields; the run still loads and checks the file");
        continue;
      }
      for (Decl.Field f : in.fields()) {
        if (cols.contains(f.name().text())) continue;
        diags.warning(
            Code.W0104,
            f.name().span(),
            "the column `"
                + f.name().text()
                + "` of `"
                + in.table().text()
                + "` is declared but never read",
            "remove the line; a column the plan does not declare is ignored in the data");
      }
    }
  }

  /** The table of a row field: the credit source's whose declared field it is (the deals'). */
  private String rowTable(FieldSpec spec) {
    for (CreditSource source : plan.sources().all())
      for (FieldSpec f : source.table().fields()) if (f == spec) return source.table().name();
    return plan.deals().name();
  }

  /** Deal fields the rules name, and `id`, which statements, splits and payments match deals by. */
  private void dealColumns(Set<String> cols) {
    cols.add("id");
    Decl.Credit credit = plan.credit();
    if (credit != null) {
      for (Decl.CreditTarget t : credit.targets()) cols.add(t.person().text());
      if (credit.date() != null) cols.add(credit.date().text());
    }
    PayRules rules = plan.rules();
    if (rules.convert() != null) {
      cols.add(
          rules.convert().currencyField() == null
              ? "currency"
              : rules.convert().currencyField().text());
      if (rules.convert().date() != null) cols.add(rules.convert().date().text());
    }
    if (rules.clawback() != null) {
      cols.add(rules.clawback().date().text());
      if (rules.clawback().term() != null) cols.add(rules.clawback().term().text());
    }
    if (rules.leaving() != null && rules.leaving().term() != null)
      cols.add(rules.leaving().term().text());
  }
}
