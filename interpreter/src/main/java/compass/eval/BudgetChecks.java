package compass.eval;

import compass.ast.Decl;
import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.data.DecimalColumn;
import compass.data.RowPlace;
import compass.data.RowProblems.Problem;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a budgets table (issue 15: `budget earnings by team from budgets ...`) that cannot be
 * right, refused right after loading like the other data checks: a budget below zero (E0615), a
 * second row for one team and period (E0616), and a period that is not one of the plan's pay
 * periods (E0617), each at its cell.
 */
final class BudgetChecks {
  private BudgetChecks() {}

  static List<Problem> problems(CheckedPlan plan, Table table) {
    List<Problem> problems = new ArrayList<>();
    List<Decl.Budget> budgets = plan.ast().all(Decl.Budget.class);
    if (budgets.isEmpty() || !budgets.get(0).table().text().equals(table.name())) return problems;
    String team = budgets.get(0).teamField().text();
    TextColumn teams = (TextColumn) table.column(team);
    TextColumn periods = (TextColumn) table.column("period");
    DecimalColumn amounts = (DecimalColumn) table.column("amount");
    List<String> labels = plan.periods().stream().map(Period::label).toList();
    Map<String, Integer> seen = new HashMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      BigDecimal amount = amounts.get(row);
      if (amount != null && amount.signum() < 0)
        problems.add(
            new Problem(
                row,
                "amount",
                Code.E0615,
                "the budget of " + teams.get(row) + " in " + periods.get(row) + " is below zero",
                "a budget is what a team may earn at most: 0 or more"));
      String label = label(plan, periods.get(row));
      if (label == null || !labels.contains(label)) {
        problems.add(
            new Problem(
                row,
                "period",
                Code.E0617,
                "`"
                    + periods.get(row)
                    + "` is not a pay period of the plan ("
                    + labels.get(0)
                    + " to "
                    + labels.get(labels.size() - 1)
                    + ")",
                "a budget row is for one pay period: write the period as the plan pays, e.g. "
                    + labels.get(0)));
        continue;
      }
      Integer first = seen.putIfAbsent(teams.get(row) + "\n" + label, row);
      if (first != null)
        problems.add(
            new Problem(
                row,
                "period",
                Code.E0616,
                "a second budget row for "
                    + teams.get(row)
                    + " in "
                    + label
                    + " (first on "
                    + RowPlace.name(table, first)
                    + ")",
                "keep one row per team and pay period"));
    }
    return problems;
  }

  /** The period's label as the plan writes it, or null. */
  static String label(CheckedPlan plan, String text) {
    return text == null ? null : plan.calendar().parse(text).map(Period::label).orElse(null);
  }
}
