package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Named;
import compass.ast.Step;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Label;
import compass.diag.Suggestions;
import compass.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks the plan's `credit` rules and resolves what names a credit source: each rule makes a
 * source named by its `as` name or its table; `of SOURCE` in a measure, `count of SOURCE` and `per
 * ROW` in a component pick one. Keeps which source each measure and component reads ({@link
 * Sources}).
 */
final class CreditRules {
  private final Diagnostics diags;

  /** Every source by name, the default first. */
  private final Map<String, CreditSource> sources = new LinkedHashMap<>();

  private final IdentityHashMap<Expr.Aggregate, Sources.Measure> measures = new IdentityHashMap<>();
  private final IdentityHashMap<Decl.Component, String> components = new IdentityHashMap<>();

  private CreditRules(Diagnostics diags) {
    this.diags = diags;
  }

  /**
   * Reads the credit rules against the declared tables. The default source's table leaves {@code
   * tables} (it becomes the plan's `deals`); the tables of the other sources stay there.
   */
  static CreditRules resolve(
      List<Decl.Credit> credits, Map<String, TableSchema> tables, Diagnostics diags) {
    CreditRules out = new CreditRules(diags);
    Map<String, Decl.Credit> byName = new LinkedHashMap<>();
    for (Decl.Credit c : credits) {
      Decl.Credit first = byName.putIfAbsent(c.sourceName(), c);
      if (first != null) {
        diags.add(
            Diagnostic.error(
                    Code.E0415,
                    c.alias() != null ? c.alias().span() : c.span(),
                    "two credit rules make the source `" + c.sourceName() + "`")
                .withHint(
                    c.alias() != null
                        ? "give each rule its own name with `as NAME`"
                        : "name this rule's source with `as NAME` at its end, e.g. `... on "
                            + (c.date() == null ? "close_date" : c.date().text())
                            + " as sourced`; measures then say `sum of amount of sourced`")
                .withLabel(new Label(first.span(), "the first one")));
      } else if (c.alias() != null
          && !c.alias().text().equals(c.table().text())
          && tables.containsKey(c.alias().text())) {
        diags.error(
            Code.E0415,
            c.alias().span(),
            "`" + c.alias().text() + "` is already the name of an input",
            "name the source after what it counts, e.g. `as sourced`");
      }
    }
    List<Decl.Credit> rules = new ArrayList<>(byName.values());
    // the source named `deals` is the default (what a plan with one rule always had), else the
    // first rule's
    rules.sort((a, b) -> Boolean.compare(!isDeals(a), !isDeals(b)));
    Map<String, TableSchema> all = new LinkedHashMap<>(tables);
    for (int i = 0; i < rules.size(); i++) {
      Decl.Credit c = rules.get(i);
      TableSchema table = all.get(c.table().text());
      if (table == null) {
        diags.error(
            Code.E0301,
            c.table().span(),
            "no input named `" + c.table().text() + "`",
            Suggestions.hint(c.table().text(), all.keySet()));
        continue;
      }
      if (i == 0) tables.remove(c.table().text());
      int target =
          c.target() == null ? -1 : out.field(table, c.target(), ColumnType.PERSON, "a person");
      int date = -1;
      if (c.date() == null) {
        diags.error(
            Code.E0406,
            c.span(),
            "the credit rule does not say on which date "
                + (i == 0 ? "deals" : c.table().text())
                + " are credited",
            "end the rule with `on "
                + (i == 0 ? "close_date" : dateHint(table))
                + "` (the date field that places a "
                + (i == 0 ? "deal" : "row")
                + " in a period)");
      } else {
        date = out.field(table, c.date(), ColumnType.DATE, "a date");
      }
      out.sources.put(
          c.sourceName(), new CreditSource(c.sourceName(), c, table, target, date, null));
    }
    return out;
  }

  private static boolean isDeals(Decl.Credit c) {
    return c.sourceName().equals("deals");
  }

  private static String dateHint(TableSchema t) {
    for (FieldSpec f : t.fields()) if (f.type() == ColumnType.DATE) return f.name();
    return "close_date";
  }

  CreditSource first() {
    return sources.isEmpty() ? null : sources.values().iterator().next();
  }

  Decl.Credit defaultRule(List<Decl.Credit> credits) {
    if (first() != null) return first().rule();
    return credits.isEmpty() ? null : credits.get(0);
  }

  CreditSource source(String name) {
    return sources.get(name);
  }

  boolean isSource(String name) {
    return sources.containsKey(name);
  }

  /** The other sources' rules: their filters, targets and shares, on their own rows. */
  void checkOthers(CheckContext cx, ExprChecker exprs, RulesChecker rules) {
    boolean first = true;
    for (Map.Entry<String, CreditSource> e : sources.entrySet()) {
      if (first) {
        first = false;
        continue;
      }
      CreditSource s = e.getValue();
      Decl.Credit c = s.rule();
      TableSchema saved = exprs.rows(s.table());
      try {
        if (c.filter() != null) exprs.condition(c.filter(), Scope.DEAL);
        List<PayRules.Target> targets = new ArrayList<>();
        for (Decl.CreditTarget t : c.targets()) {
          int f =
              t == c.targets().get(0)
                  ? s.targetField()
                  : rules.field(s.table(), t.person().text(), ColumnType.PERSON, t.person().span());
          if (t.share() != null) {
            Type share = exprs.type(t.share(), Scope.DEAL);
            if (share != Type.PERCENT && share != Type.ERROR)
              cx.diags.error(
                  Code.E0202,
                  t.share().span(),
                  "a share is a percent, but this is " + ExprChecker.article(share),
                  "write e.g. `share 60%` or name a percent field of the row");
          } else if (c.targets().size() > 1 && !c.overlay()) {
            cx.diags.error(
                Code.E0406,
                t.span(),
                "a row credited to several people needs a share for each",
                "give each a `share`, or end the list with `overlay` to credit each in full");
          }
          targets.add(new PayRules.Target(f, t.share()));
        }
        TableSchema splits = null;
        if (c.splitsTable() != null) {
          splits = cx.otherTables.get(c.splitsTable().text());
          if (splits == null) {
            cx.diags.error(
                Code.E0301,
                c.splitsTable().span(),
                "no input named `" + c.splitsTable().text() + "`",
                Suggestions.hint(c.splitsTable().text(), cx.otherTables.keySet()));
          } else {
            rules.field(splits, "deal", ColumnType.TEXT, c.splitsTable().span());
            rules.field(splits, "person", ColumnType.PERSON, c.splitsTable().span());
            rules.field(splits, "share", ColumnType.PERCENT, c.splitsTable().span());
          }
        }
        if (c.rollUp() != Decl.RollUp.NONE && Checker.fieldIndex(cx.people, "manager") < 0) {
          cx.diags.error(
              Code.E0302,
              c.span(),
              "rolling credit up needs a `manager: person` field in the people input",
              null);
        }
        PayRules own = PayRules.crediting(targets, c.overlay(), splits, c.rollUp());
        e.setValue(s.withRules(own));
      } finally {
        exprs.rows(saved);
      }
    }
  }

  /**
   * Which source a measure reads, and what it adds up: `sum of amount of sourced`, `count of
   * meetings`, or (naming none) the only source. Null after reporting a problem.
   */
  Sources.Measure measure(Expr.Aggregate a, ExprChecker exprs) {
    if (a.kind() == Expr.AggregateKind.COUNT) {
      String name = a.source() == null ? "deals" : a.source().text();
      if (isSource(name)) return keep(a, new Sources.Measure(name, null));
      // `count of deals` counts the only source's rows, whatever its table is called (as before)
      if (name.equals("deals") && sources.size() == 1)
        return keep(a, new Sources.Measure(first().name(), null));
      if (name.equals("deals")) return ambiguous(a, "count of ");
      diags.error(
          Code.E0309, a.source().span(), "no credit source named `" + name + "`", sourceHint(name));
      return null;
    }
    Expr value = a.value();
    if (value instanceof Expr.Binary b
        && b.op() == Expr.BinaryOp.OF
        && b.right() instanceof Expr.Ref r) {
      if (isSource(r.name())) return keep(a, new Sources.Measure(r.name(), b.left()));
      if (!exprs.knows(r.name())) {
        diags.error(
            Code.E0309,
            r.span(),
            "no credit source named `" + r.name() + "`",
            sourceHint(r.name()));
        return null;
      }
    }
    if (sources.size() > 1)
      return ambiguous(
          a,
          (a.kind() == Expr.AggregateKind.SUM ? "sum of " : "average of ")
              + value.span().text()
              + " of ");
    return keep(a, new Sources.Measure(first().name(), value));
  }

  private Sources.Measure keep(Expr.Aggregate a, Sources.Measure m) {
    measures.put(a, m);
    return m;
  }

  /** E0416: a measure naming no source in a plan with several; {@code form} starts the example. */
  private Sources.Measure ambiguous(Expr.Aggregate a, String form) {
    diags.error(
        Code.E0416,
        a.span(),
        "this measure does not say which credited rows it reads: the plan credits "
            + String.join(", ", sources.keySet()),
        "name one, e.g. `" + form + sources.keySet().iterator().next() + "`");
    return null;
  }

  /** The source of the measure an expression is, directly or through definitions; else null. */
  String measureSource(Expr e, CheckContext cx) {
    Expr cur = e;
    for (int guard = 0; guard < 100 && cur instanceof Expr.Ref r; guard++) {
      Expr next = null;
      for (Decl.Definition d : cx.plan.all(Decl.Definition.class))
        if (d.name().text().equals(r.name())) next = d.value();
      if (next == null) return null;
      cur = next;
    }
    if (!(cur instanceof Expr.Aggregate a)) return null;
    Sources.Measure m = measures.get(a);
    return m != null ? m.source() : namedSource(a);
  }

  /**
   * The source a measure not checked yet names (a tier base written on the table's first line, as
   * `marginal tiers on count of meetings`, is checked after its component's source is chosen), or
   * the only source; null when it names none (its check reports that). Reports nothing.
   */
  private String namedSource(Expr.Aggregate a) {
    String named = null;
    if (a.kind() == Expr.AggregateKind.COUNT) named = a.source() == null ? null : a.source().text();
    else if (a.value() instanceof Expr.Binary b
        && b.op() == Expr.BinaryOp.OF
        && b.right() instanceof Expr.Ref r) named = r.name();
    if (named != null && isSource(named)) return named;
    return sources.size() == 1 ? first().name() : null;
  }

  private String sourceHint(String name) {
    String near = Suggestions.closest(name, sources.keySet());
    return near != null
        ? "did you mean `" + near + "`?"
        : "the credit sources are " + String.join(", ", sources.keySet());
  }

  /**
   * The source whose rows a component pays per: `per meeting` (a source or its singular), the
   * source of its tier base's measure, else the default. Null after reporting an unknown row.
   */
  CreditSource component(Decl.Component c, java.util.function.Function<Expr, String> baseSource) {
    if (sources.isEmpty()) return null;
    Step first = c.steps().get(0);
    Named unit =
        first instanceof Step.Pay p
            ? p.rowUnit()
            : first instanceof Step.Tiers t ? t.rowUnit() : null;
    CreditSource s = null;
    if (unit != null) {
      s = row(unit);
      if (s == null) return null;
    } else if (first instanceof Step.Tiers t) {
      // `applied to net_revenue`: the deal lines are parts of that amount, so its rows
      String name = baseSource.apply(t.appliedTo() != null ? t.appliedTo() : t.base());
      if (name != null) s = sources.get(name);
    }
    if (s == null) s = first();
    components.put(c, s.name());
    return s;
  }

  /** What `per ROW` names: a source, its singular, or `deal`/`deals` (the default source). */
  private CreditSource row(Named unit) {
    String u = unit.text();
    for (CreditSource s : sources.values())
      if (s.name().equals(u) || s.singular().equals(u)) return s;
    if (u.equals("deal") || u.equals("deals")) {
      if (sources.size() == 1) return first();
      diags.error(
          Code.E0416,
          unit.span(),
          "`per "
              + u
              + "` does not say which credited rows: the plan credits "
              + String.join(", ", sources.keySet()),
          "write `per " + first().singular() + "` or the singular of another source");
      return null;
    }
    TreeSet<String> rows = new TreeSet<>();
    for (CreditSource s : sources.values()) rows.add(s.singular());
    String near = Suggestions.closest(u, rows);
    diags.error(
        Code.E0310,
        unit.span(),
        "`" + u + "` is not a row of a credit source",
        near != null
            ? "did you mean `per " + near + "`?"
            : "pay per one of: " + String.join(", ", rows));
    return null;
  }

  Sources sources() {
    return new Sources(new ArrayList<>(sources.values()), measures, components);
  }

  /** Sources with the default's rules (the plan's) filled in. */
  Sources sources(PayRules defaultRules) {
    if (!sources.isEmpty()) {
      CreditSource d = first();
      sources.put(d.name(), d.withRules(defaultRules));
    }
    return sources();
  }

  private int field(TableSchema table, Named field, ColumnType expected, String what) {
    int i = Checker.fieldIndex(table, field.text());
    if (i < 0) {
      List<String> ofType = new ArrayList<>();
      for (FieldSpec f : table.fields()) if (f.type() == expected) ofType.add(f.name());
      String hint =
          Suggestions.hint(field.text(), table.fields().stream().map(FieldSpec::name).toList());
      if (hint == null)
        hint =
            ofType.isEmpty()
                ? "`"
                    + table.name()
                    + "` has no "
                    + expected.name().toLowerCase(Locale.ROOT)
                    + " field: declare one, e.g. `"
                    + field.text()
                    + ": "
                    + expected.name().toLowerCase(Locale.ROOT)
                    + "`"
                : "its "
                    + expected.name().toLowerCase(Locale.ROOT)
                    + " fields are "
                    + String.join(", ", ofType);
      diags.error(
          Code.E0302,
          field.span(),
          "`" + table.name() + "` has no field `" + field.text() + "`",
          hint);
      return -1;
    }
    ColumnType type = table.fields().get(i).type();
    if (type != expected) {
      diags.add(
          Diagnostic.error(
                  Code.E0202,
                  field.span(),
                  "`"
                      + field.text()
                      + "` must be "
                      + what
                      + ", but it is declared as "
                      + type.name().toLowerCase(Locale.ROOT))
              .withLabel(new Label(table.fields().get(i).span(), "declared here")));
      return -1;
    }
    return i;
  }
}
