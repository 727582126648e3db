package compass.api;

import compass.ast.Decl;
import compass.check.CheckedPlan;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the explanation tree of one participant and period from a run with every line item:
 * the same evaluator that pays produces the notes, so the explanation cannot drift from the pay.
 */
final class Explainer {
  private Explainer() {}

  static ExplainResult explain(RunRequest request, String participant, Diagnostics diags) {
    if (request.period() == null) {
      diags.error(Code.E0701, null, "explain needs a pay period", "add e.g. --period 2027-Q1");
      return new ExplainResult(diags.all(), null, null);
    }
    CheckedPlan plan = Compass.load(request.plan(), diags);
    if (plan == null) return new ExplainResult(diags.all(), null, null);
    RunResult run = Compass.run(plan, new RunRequest(request.plan(), request.dataDir(), request.period(), true), diags);
    if (!run.ok()) return new ExplainResult(run.diagnostics(), null, null);
    StatementRow row = run.rows().stream().filter(r -> r.participant().equals(participant)).findFirst().orElse(null);
    if (row == null) {
      diags.error(Code.E0701, null, "no participant `" + participant + "` in the people data",
          Suggestions.hint(participant, run.rows().stream().map(StatementRow::participant).distinct().toList()));
      return new ExplainResult(diags.all(), null, null);
    }
    return new ExplainResult(run.diagnostics(), tree(plan, row, run.lines()), row.currency());
  }

  /** The tree of one statement row from its line items (those of other rows are skipped). */
  static Explanation tree(CheckedPlan plan, StatementRow row, List<LineItem> lines) {
    String participant = row.participant();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Decl.Component c : plan.components()) sources.put(c.title(), c.span().describe());
    Map<String, List<LineItem>> byComponent = new LinkedHashMap<>();
    for (LineItem l : lines) {
      if (l.participant().equals(participant) && l.period().equals(row.period())) byComponent.computeIfAbsent(l.component(), k -> new ArrayList<>()).add(l);
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
    top.add(Explanation.leaf("earned " + row.earned().toPlainString() + ", payable " + row.payable().toPlainString()
        + ", held " + row.held().toPlainString() + ", draw balance " + row.drawBalance().toPlainString()
        + ", owed " + row.owed().toPlainString()));
    top.addAll(components);
    return new Explanation(participant + " " + row.period() + " payout", row.payout(), plan.ast().file().path(), top);
  }

  /** A line item: its deal (or what it is), its amount, and its note split into steps. */
  private static Explanation item(LineItem l) {
    List<Explanation> steps = new ArrayList<>();
    String note = l.note() == null ? "" : l.note();
    for (String step : note.split("; ")) if (!step.isBlank()) steps.add(Explanation.leaf(step));
    String label = l.deal().isEmpty() ? "the component" : "deal " + l.deal();
    if (l.deal().isEmpty() && note.contains("this line is the rest")) label = "rest (true-up, cap, rounding)";
    return new Explanation(label, l.amount(), null, steps);
  }
}
