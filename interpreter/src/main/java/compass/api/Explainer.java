package compass.api;

import compass.ast.Decl;
import compass.check.CheckedPlan;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import compass.eval.EvalError;
import compass.eval.Evaluation;
import compass.eval.LoadedData;
import compass.eval.PayCurrencies;
import compass.eval.Workbench;
import compass.explain.TraceStep;
import compass.ledger.ClosedPeriod;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.StatementRow;
import compass.source.DataLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the explanation tree of one participant and period from the steps the evaluator recorded
 * while paying (a recording tracer): the same evaluator that pays explains, so the explanation
 * cannot drift from the pay, and nothing reads a note back.
 */
final class Explainer {
  private Explainer() {}

  /**
   * Evaluates only what the participant's payout needs: the deals are credited (a deal may be
   * credited to anyone), then that participant alone is evaluated; a team measure reads the reports
   * it sums through the same evaluation.
   */
  static ExplainResult explain(RunRequest request, String participant, Diagnostics diags) {
    if (request.period() == null) {
      diags.error(Code.E0701, null, "explain needs a pay period", "add e.g. --period 2027-Q1");
      return new ExplainResult(diags.all(), null, null);
    }
    CheckedPlan plan = Compass.load(request.plan(), diags);
    if (plan == null) return new ExplainResult(diags.all(), null, null);
    LoadedData data = Compass.loadData(plan, Compass.dataDir(request), diags);
    if (data == null) return new ExplainResult(diags.all(), null, null);
    String period = Compass.periodLabel(plan, request.period(), diags);
    if (period == null) return new ExplainResult(diags.all(), null, null);
    List<String> ids =
        data.people().column("id") instanceof compass.data.TextColumn c
            ? java.util.stream.IntStream.range(0, data.people().rowCount())
                .mapToObj(c::get)
                .toList()
            : List.of();
    if (!ids.contains(participant)) {
      diags.error(
          Code.E0701,
          null,
          "no participant `" + participant + "` in the people data",
          Suggestions.hint(participant, ids));
      return new ExplainResult(diags.all(), null, null);
    }
    List<ClosedPeriod> closed = PaidRecords.closed(plan, request, diags); // issue 16
    if (closed == null) return new ExplainResult(diags.all(), null, null);
    Evaluation evaluation;
    Workbench bench;
    try {
      bench = Workbench.prepare(plan, data.people(), data.deals(), data.others());
      if (!closed.isEmpty()) bench.paid(PaidRecords.history(plan, request, data, closed, true));
      evaluation = bench.evaluate(List.of(participant), null);
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return new ExplainResult(diags.all(), null, null);
    } catch (StackOverflowError e) { // hostile input: a diagnostic, never a crash
      diags.error(
          Code.E0104,
          DataLocation.ofFile(plan.ast().file().path()),
          "the plan is too deeply nested to evaluate",
          "split long expressions into named definitions");
      return new ExplainResult(diags.all(), null, null);
    }
    diags.addAll(Compass.dataWarnings(plan, data));
    diags.addAll(evaluation.warnings());
    StatementRow row =
        evaluation.rows().stream().filter(r -> r.period().equals(period)).findFirst().orElseThrow();
    Explanation tree = tree(plan, row, evaluation.lines());
    try { // SEMANTICS 13: a participant paid in another currency sees the conversion last
      PayCurrencies pay = PayCurrencies.of(plan, data);
      Explanation paid = pay == null ? null : pay.explain(row);
      if (paid != null) tree = withChild(tree, paid);
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return new ExplainResult(diags.all(), null, null);
    }
    tree = finish(tree, plan, data, bench, row, closed);
    return new ExplainResult(diags.all(), tree, row.currency(), row);
  }

  /**
   * What every explanation of a statement row adds to its tree, `explain` and the statement pages
   * alike: a closed period marked as paid (issue 16), the components that paid nothing and why, and
   * a manager's team credited by roll-up (issue 19).
   */
  static Explanation finish(
      Explanation tree,
      CheckedPlan plan,
      LoadedData data,
      Workbench bench,
      StatementRow row,
      List<ClosedPeriod> closed) {
    for (ClosedPeriod c : closed)
      if (c.period().equals(row.period())) tree = asPaid(tree, c); // what was paid, whatever now
    tree = withUnpaid(tree, plan, row, roleOf(data, row.participant()));
    return withTeam(tree, bench.rolledUp(row.participant(), row.period()), row.currency());
  }

  /**
   * Issue 19: for a manager credited by roll-up, the team's bookings in the period and who brought
   * them, as a node after the statement's balances (kind {@code team}): {@code team (credited by
   * roll up): 5 deals from 2 members} with the deals' {@code amount} added up, then one child per
   * member with their deals and amount, largest first.
   */
  static Explanation withTeam(Explanation tree, List<Workbench.RolledUp> deals, String currency) {
    if (deals.isEmpty()) return tree;
    Map<String, List<Workbench.RolledUp>> byMember = new LinkedHashMap<>();
    for (Workbench.RolledUp d : deals)
      byMember.computeIfAbsent(d.member(), k -> new ArrayList<>()).add(d);
    int scale = Currencies.minorUnits(currency).orElse(2); // as a line: 150000.00, not 150000
    BigDecimal total = sum(deals, scale);
    List<Explanation> members = new ArrayList<>();
    for (Map.Entry<String, List<Workbench.RolledUp>> e : byMember.entrySet()) {
      List<String> ids = e.getValue().stream().map(Workbench.RolledUp::deal).toList();
      members.add(
          new Explanation(
              e.getKey() + ": " + count(ids.size()) + " (" + String.join(", ", ids) + ")",
              sum(e.getValue(), scale),
              null,
              List.of(),
              "member",
              null,
              null));
    }
    members.sort(
        java.util.Comparator.comparing(
                (Explanation m) -> m.amount() == null ? BigDecimal.ZERO : m.amount())
            .reversed());
    String label =
        "team (credited by roll up): "
            + count(deals.size())
            + " from "
            + byMember.size()
            + (byMember.size() == 1 ? " member" : " members");
    List<Explanation> children = new ArrayList<>(tree.children());
    children.add(
        Math.min(1, children.size()),
        new Explanation(label, total, null, members, "team", null, null));
    return tree.withChildren(children);
  }

  private static String count(int deals) {
    return deals + (deals == 1 ? " deal" : " deals");
  }

  /** The deals' amounts added up, or null when the deals have no amount field. */
  private static BigDecimal sum(List<Workbench.RolledUp> deals, int scale) {
    BigDecimal total = BigDecimal.ZERO;
    for (Workbench.RolledUp d : deals) {
      if (d.amount() == null) return null;
      total = total.add(d.amount());
    }
    return total.scale() < scale ? total.setScale(scale) : total;
  }

  /** The participant's role from the people data, or null (no role column). */
  private static String roleOf(LoadedData data, String participant) {
    if (!(data.people().column("id") instanceof compass.data.TextColumn ids)) return null;
    if (!(data.people().column("role") instanceof compass.data.TextColumn roles)) return null;
    for (int i = 0; i < data.people().rowCount(); i++)
      if (participant.equals(ids.get(i))) return roles.get(i);
    return null;
  }

  /**
   * Issue 19: every component of the plan that paid the participant nothing in the period and has
   * no line in it, after those that paid, as a node of 0 with the reason (kind {@code not_paid}):
   * it pays other roles, or nothing credited in the period met its conditions.
   */
  static Explanation withUnpaid(Explanation tree, CheckedPlan plan, StatementRow row, String role) {
    java.util.Set<String> titles = new java.util.HashSet<>();
    for (Decl.Component c : plan.components()) titles.add(c.title());
    java.util.Set<String> shown = new java.util.HashSet<>();
    int after = 0;
    for (int i = 0; i < tree.children().size(); i++) {
      Explanation c = tree.children().get(i);
      if (titles.contains(c.label())) {
        shown.add(c.label());
        after = i + 1;
      }
    }
    if (after == 0) after = Math.min(1, tree.children().size()); // after the statement's balances
    List<Explanation> unpaid = new ArrayList<>();
    BigDecimal zero = BigDecimal.ZERO.setScale(Math.max(0, row.payout().scale()));
    for (Decl.Component c : plan.components()) {
      if (shown.contains(c.title())) continue;
      List<String> roles = c.roles().stream().map(n -> n.text()).toList();
      String reason =
          role != null && !roles.isEmpty() && !roles.contains(role)
              ? "not paid: it pays "
                  + (roles.size() == 1 ? "the role " : "the roles ")
                  + String.join(", ", roles)
                  + ", and "
                  + row.participant()
                  + " is "
                  + role
              : "not paid: nothing credited to "
                  + row.participant()
                  + " in "
                  + row.period()
                  + " met its conditions";
      unpaid.add(
          new Explanation(
              c.title(),
              zero,
              c.span().describe(),
              List.of(new Explanation(reason, null, null, List.of(), "not_paid", null, null)),
              "not_paid",
              null,
              null));
    }
    if (unpaid.isEmpty()) return tree;
    List<Explanation> children = new ArrayList<>(tree.children());
    children.addAll(after, unpaid);
    return tree.withChildren(children);
  }

  /** A closed period's tree: labelled as paid, with the ledger's notes for its lines. */
  private static Explanation asPaid(Explanation tree, ClosedPeriod closed) {
    return tree.withLabel(
        tree.label()
            + " (closed: as paid on "
            + closed.manifest().payDate()
            + ", from the ledger)");
  }

  static Explanation withChild(Explanation tree, Explanation child) {
    List<Explanation> children = new ArrayList<>(tree.children());
    children.add(child);
    return tree.withChildren(children);
  }

  /** The tree of one statement row from its line items (those of other rows are skipped). */
  static Explanation tree(CheckedPlan plan, StatementRow row, List<LineItem> lines) {
    String participant = row.participant();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Decl.Component c : plan.components()) sources.put(c.title(), c.span().describe());
    Map<String, List<LineItem>> byComponent = new LinkedHashMap<>();
    for (LineItem l : lines) {
      if (l.participant().equals(participant) && l.period().equals(row.period()))
        byComponent.computeIfAbsent(l.component(), k -> new ArrayList<>()).add(l);
    }
    List<Explanation> components = new ArrayList<>();
    for (Map.Entry<String, List<LineItem>> e : byComponent.entrySet()) {
      BigDecimal total = BigDecimal.ZERO;
      List<Explanation> items = new ArrayList<>();
      for (LineItem l : e.getValue()) {
        total = total.add(l.amount());
        items.add(item(l));
      }
      components.add(new Explanation(e.getKey(), total, sources.get(e.getKey()), items));
    }
    List<Explanation> top = new ArrayList<>();
    top.add(
        Explanation.leaf(
            "earned "
                + row.earned().toPlainString()
                + ", payable "
                + row.payable().toPlainString()
                + ", held "
                + row.held().toPlainString()
                + ", draw balance "
                + row.drawBalance().toPlainString()
                + ", owed "
                + row.owed().toPlainString()));
    top.addAll(components);
    return new Explanation(
        participant + " " + row.period() + " payout", row.payout(), plan.ast().file().path(), top);
  }

  /**
   * A line item: its deal (with the row it was read from) or what it is, its amount, and the steps
   * recorded for it. A step's own words already state its result, so only the finer steps under it
   * (a band, the base, what was paid earlier) show their amounts.
   */
  private static Explanation item(LineItem l) {
    List<Explanation> steps = new ArrayList<>();
    String source = null;
    boolean rest = false;
    boolean adjustment = false; // issue 16: a closed period's difference, paid now
    String credited = null; // "meeting M1": the row as its credit source names it
    for (TraceStep s : l.trace()) {
      if (s.kind() == TraceStep.Kind.CREDIT) {
        source = String.join(", ", s.sourceRows());
        credited = s.label();
        continue;
      }
      rest |= s.kind() == TraceStep.Kind.REST;
      adjustment |= s.kind() == TraceStep.Kind.ADJUSTMENT;
      steps.add(node(s, false));
    }
    if (l.trace().isEmpty() && l.note() != null && !l.note().isEmpty())
      steps.add(Explanation.leaf(l.note())); // a closed period's line: its note, as paid
    String label =
        !l.deal().isEmpty()
            ? (credited != null ? credited : "deal " + l.deal())
            : rest
                ? "rest (true-up, cap, rounding)"
                : adjustment ? "the adjustment" : "the component";
    return new Explanation(label, l.amount(), source, steps);
  }

  private static Explanation node(TraceStep s, boolean showAmount) {
    List<Explanation> children = new ArrayList<>();
    for (TraceStep c : s.children()) children.add(node(c, true));
    return new Explanation(
        s.label(),
        showAmount ? exact(s.amount()) : null,
        s.span() == null ? null : s.span().describe(),
        children,
        s.kind().name().toLowerCase(Locale.ROOT),
        plain(s.rate()),
        plain(s.basis()));
  }

  /**
   * An amount as computed (never rounded), without trailing zeros past the cents: 6,250.00, not
   * 6,250.0000.
   */
  private static BigDecimal exact(BigDecimal v) {
    if (v == null) return null;
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 2 ? s.setScale(2) : s;
  }

  /** A rate or a basis as computed, without trailing zeros: 0.05, 280000, 2 (deals). */
  private static BigDecimal plain(BigDecimal v) {
    if (v == null) return null;
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
