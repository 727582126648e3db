package compass.check;

import compass.ast.Decl;
import compass.data.ColumnType;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks `budget earnings by team from budgets [against bookings] scaled pro rata, remainder to
 * largest` (issue 15, the sales-budget plan): one budget per plan, a text field of the people that
 * names each participant's team, a budgets input with that field, `period: period` and `amount:
 * money`, a money amount to show cost of sales against, and a remainder rule the engine knows.
 * Every mistake is E0464.
 */
final class BudgetRules {
  /** The rules for the cents left over by scaling, as written after `remainder to`. */
  static final List<String> REMAINDER_RULES = List.of("largest");

  private final CheckContext cx;
  private final ExprChecker exprs;

  BudgetRules(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
  }

  void check() {
    List<Decl.Budget> budgets = cx.plan.all(Decl.Budget.class);
    for (int i = 1; i < budgets.size(); i++)
      error(
          budgets.get(i).span(),
          "the plan has two budgets",
          "keep one `budget` line: a team has one budget per period");
    if (budgets.isEmpty()) return;
    Decl.Budget b = budgets.get(0);
    if (!b.budgeted().text().equals("earnings"))
      error(
          b.budgeted().span(),
          "a budget limits `earnings`, not `" + b.budgeted().text() + "`",
          "write `budget earnings by team from budgets ...`");
    String team = b.teamField().text();
    int i = Checker.fieldIndex(cx.people, team);
    if (i < 0 || cx.people.fields().get(i).type() != ColumnType.TEXT)
      error(
          b.teamField().span(),
          i < 0
              ? "the people input has no field `" + team + "`"
              : "`" + team + "` of the people input is not text",
          "add `" + team + ": text` to the people input: the team each participant is in");
    table(b, team);
    if (b.against() != null)
      exprs.amount(b.against(), Scope.PARTICIPANT, "what cost of sales is shown against");
    if (!REMAINDER_RULES.contains(b.remainderRule().text()))
      error(
          b.remainderRule().span(),
          "no remainder rule `" + b.remainderRule().text() + "`",
          "write `remainder to largest`: the cents left over go to the largest remainders");
  }

  private void table(Decl.Budget b, String team) {
    TableSchema t = cx.otherTables.get(b.table().text());
    boolean deals = cx.deals != null && b.table().text().equals(cx.deals.name());
    if (t == null || deals) {
      error(
          b.table().span(),
          deals
              ? "`" + b.table().text() + "` is the credited deals, not a table of budgets"
              : "no input named `" + b.table().text() + "`",
          "declare `input budgets from \"budgets.csv\":` with `"
              + team
              + ": text`, `period: period` and `amount: money`");
      return;
    }
    String[][] needed = {{team, "TEXT"}, {"period", "PERIOD"}, {"amount", "MONEY"}};
    for (String[] f : needed) {
      int at = Checker.fieldIndex(t, f[0]);
      if (at >= 0 && t.fields().get(at).type().name().equals(f[1])) continue;
      error(
          b.table().span(),
          "`" + t.name() + "` needs a field `" + f[0] + ": " + f[1].toLowerCase(Locale.ROOT) + "`",
          "a budgets table has one row per team and pay period: `"
              + team
              + ": text`, `period: period`, `amount: money`");
    }
  }

  private void error(Span at, String message, String hint) {
    cx.diags.error(Code.E0464, at, message, hint);
  }

  /** For W0104 and W0105: a budget reads the team field of the people and its table's columns. */
  static void columnsRead(CheckedPlan plan, Map<String, Set<String>> read, Set<String> people) {
    for (Decl.Budget b : plan.ast().all(Decl.Budget.class)) {
      String team = b.teamField().text();
      people.add(team);
      Set<String> cols = read.get(b.table().text());
      if (cols != null) cols.addAll(List.of(team, "period", "amount"));
    }
  }
}
