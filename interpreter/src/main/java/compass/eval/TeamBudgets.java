package compass.eval;

import compass.ast.Decl;
import compass.data.DecimalColumn;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Severity;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.result.LineItem;
import compass.result.TeamSummary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Team budgets (issue 15: `budget earnings by team from budgets scaled pro rata, remainder to
 * largest`). Every participant's earnings are measured first; then, per team and pay period, when
 * the members' positive earnings add up to more than the budget, each such member's earnings are
 * multiplied by budget / total, rounded down to the cent, and the cents left over go one each to
 * the members with the largest remainders (ties: participant id), so the team's total is exactly
 * the budget. Members who earned 0 or less are not scaled. Each scaled member gets a line "Team
 * budget" with the (negative) difference in that period, before the statement is settled (draws,
 * amounts owed). A team with earnings and no budget row in a period is not limited (W0121); a
 * budget for a team no participant is in limits no one (W0122).
 */
final class TeamBudgets {
  static final String LINE = "Team budget";

  private final Dataset data;
  private final Decl.Budget decl;
  private final Nodes.Num against;
  private final String[] teamOf;
  private final Map<String, BigDecimal> budgets = new HashMap<>();

  /** Each team the budgets name, with the place of its first row (for W0122). */
  private final Map<String, String> budgetedTeams = new TreeMap<>();

  private final BigDecimal[][] earned;
  private final BigDecimal[][] bookings;

  /** Per participant and period: the budget line's amount and its note (null: none). */
  private final BigDecimal[][] adjustment;

  private final String[][] notes;
  private final List<TeamSummary> summaries = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();

  private TeamBudgets(Dataset data, Decl.Budget decl, ExprCompiler compiler) {
    this.data = data;
    this.decl = decl;
    this.against = decl.against() == null ? null : compiler.num(decl.against());
    int n = data.personCount(), periods = data.periodCount();
    teamOf = new String[n];
    TextColumn teams = (TextColumn) data.people().column(decl.teamField().text());
    for (int p = 0; p < n; p++) {
      String t = teams.isPresent(p) ? teams.get(p) : null;
      teamOf[p] = t == null || t.isEmpty() ? null : t;
    }
    Table table = data.table(decl.table().text());
    TextColumn team = (TextColumn) table.column(decl.teamField().text());
    TextColumn period = (TextColumn) table.column("period");
    DecimalColumn amount = (DecimalColumn) table.column("amount");
    for (int row = 0; row < table.rowCount(); row++) {
      String label = BudgetChecks.label(data.plan(), period.get(row));
      if (label != null && amount.isPresent(row))
        budgets.put(team.get(row) + "\n" + label, amount.get(row));
      budgetedTeams.putIfAbsent(team.get(row), compass.data.RowPlace.name(table, row));
    }
    earned = new BigDecimal[n][];
    bookings = new BigDecimal[n][];
    adjustment = new BigDecimal[n][periods];
    notes = new String[n][periods];
  }

  /** The plan's budget on its data, or null when the plan has none. */
  static TeamBudgets of(Dataset data, ExprCompiler compiler) {
    List<Decl.Budget> all = data.plan().ast().all(Decl.Budget.class);
    return all.isEmpty() ? null : new TeamBudgets(data, all.get(0), compiler);
  }

  /** Records what a participant earned in each period (and the amount cost of sales is on). */
  void measure(int person, PersonLedger ledger) {
    earned[person] = ledger.earned.clone();
    if (against == null || teamOf[person] == null) return;
    Frame f = data.frameOf(person);
    bookings[person] = new BigDecimal[data.periodCount()];
    for (int k = 0; k < data.periodCount(); k++) {
      f.span(k, k);
      bookings[person][k] = against.eval(f);
    }
  }

  /** Scales every team over its budget, once every participant is measured. */
  void scale() {
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int p = 0; p < teamOf.length; p++)
      if (teamOf[p] != null) members.computeIfAbsent(teamOf[p], t -> new ArrayList<>()).add(p);
    for (Map.Entry<String, List<Integer>> team : members.entrySet()) {
      for (int k = 0; k < data.periodCount(); k++) {
        scale(team.getKey(), team.getValue(), k, data.periods().get(k).label());
      }
    }
    for (Map.Entry<String, String> t : budgetedTeams.entrySet())
      if (!members.containsKey(t.getKey())) warnNoMembers(t.getKey(), t.getValue());
  }

  /**
   * A budget row whose team no participant is in limits no one: a typo, or a team since renamed.
   */
  private void warnNoMembers(String team, String firstRow) {
    warnings.add(
        new Diagnostic(
            Severity.WARNING,
            Code.W0122,
            decl.table().span(),
            "no participant is in team "
                + team
                + ", which has a budget in `"
                + decl.table().text()
                + "` (first on "
                + firstRow
                + "): that budget limits no one",
            "check the team's name against people's `" + decl.teamField().text() + "` column",
            List.of()));
  }

  private void scale(String team, List<Integer> members, int k, String period) {
    BigDecimal budget = budgets.get(team + "\n" + period);
    BigDecimal before = BigDecimal.ZERO, positive = BigDecimal.ZERO, booked = null;
    Map<Integer, BigDecimal> scaled = new LinkedHashMap<>();
    for (int p : members) {
      BigDecimal e = earned[p] == null ? BigDecimal.ZERO : earned[p][k];
      before = before.add(e);
      if (e.signum() > 0) positive = positive.add(e);
      if (bookings[p] != null)
        booked = (booked == null ? BigDecimal.ZERO : booked).add(bookings[p][k]);
    }
    if (budget == null && positive.signum() > 0) warnNoBudget(team, period, positive);
    if (budget != null && positive.compareTo(budget) > 0) {
      scaled = shares(members, k, budget, positive);
      for (Map.Entry<Integer, BigDecimal> s : scaled.entrySet()) {
        int p = s.getKey();
        BigDecimal e = earned[p][k];
        adjustment[p][k] = s.getValue().subtract(e);
        notes[p][k] =
            "team "
                + team
                + " earned "
                + Fmt.money(positive)
                + " over its budget of "
                + Fmt.money(budget)
                + ": "
                + Fmt.money(e)
                + " x "
                + Fmt.money(budget)
                + " / "
                + Fmt.money(positive)
                + " = "
                + Fmt.money(s.getValue());
      }
    }
    BigDecimal after = before;
    for (int p : scaled.keySet()) after = after.add(adjustment[p][k]);
    BigDecimal cost =
        booked == null || booked.signum() == 0
            ? null
            : after.divide(booked, MathContext.DECIMAL128);
    summaries.add(
        new TeamSummary(
            team,
            period,
            budget,
            money(before),
            money(after),
            booked == null ? null : money(booked),
            cost,
            data.plan().currency().code()));
  }

  /**
   * The largest remainder method: each positive earner's exact share of the budget, rounded down to
   * the minor unit; the units left over go one each to the largest remainders, ties by id.
   */
  private Map<Integer, BigDecimal> shares(
      List<Integer> members, int k, BigDecimal budget, BigDecimal total) {
    int scale = data.plan().currency().minorUnits();
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    Map<Integer, BigDecimal> out = new LinkedHashMap<>();
    List<Integer> earners = new ArrayList<>();
    Map<Integer, BigDecimal> remainder = new HashMap<>();
    BigDecimal given = BigDecimal.ZERO;
    for (int p : members) {
      BigDecimal e = earned[p][k];
      if (e.signum() <= 0) continue;
      // exact arithmetic: e x budget / total rounded down, and the remainder's numerator
      // (e x budget - down x total, over the same total for everyone), so ties are real ties
      BigDecimal product = e.multiply(budget);
      BigDecimal down = product.divide(total, scale, RoundingMode.FLOOR);
      out.put(p, down);
      remainder.put(p, product.subtract(down.multiply(total)));
      earners.add(p);
      given = given.add(down);
    }
    earners.sort(
        (a, b) -> {
          int c = remainder.get(b).compareTo(remainder.get(a));
          return c != 0 ? c : data.personId(a).compareTo(data.personId(b));
        });
    long left = budget.subtract(given).divide(unit).longValueExact();
    for (int i = 0; i < left; i++) {
      int p = earners.get(i % earners.size());
      out.put(p, out.get(p).add(unit));
    }
    return out;
  }

  private void warnNoBudget(String team, String period, BigDecimal positive) {
    warnings.add(
        new Diagnostic(
            Severity.WARNING,
            Code.W0121,
            decl.table().span(),
            "team "
                + team
                + " has no budget for "
                + period
                + " in `"
                + decl.table().text()
                + "`: its earnings there ("
                + Fmt.money(positive)
                + ") are not limited",
            "add a row for " + team + " and " + period + " to the budgets",
            List.of()));
  }

  /** Adds a participant's budget lines to their ledger, before the statement is settled. */
  void adjust(int person, PersonLedger ledger) {
    for (int k = 0; k < data.periodCount(); k++) {
      BigDecimal amount = adjustment[person][k];
      if (amount == null) continue;
      List<TraceStep> steps =
          data.tracer().on()
              ? List.of(
                  TraceStep.of(Kind.BUDGET, notes[person][k])
                      .withAmount(amount)
                      .withSpan(decl.span()))
              : List.of();
      LineItem line =
          new LineItem(
              data.personId(person),
              data.periods().get(k).label(),
              LINE,
              "",
              money(amount),
              data.plan().currency().code(),
              TraceStep.note(steps),
              steps);
      ledger.earn(k, line.amount());
      ledger.pay(k, line);
    }
  }

  List<TeamSummary> summaries() {
    return summaries;
  }

  List<Diagnostic> warnings() {
    return warnings;
  }

  private BigDecimal money(BigDecimal v) {
    return v.setScale(data.plan().currency().minorUnits(), RoundingMode.HALF_EVEN);
  }
}
