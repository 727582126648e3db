package compass.eval;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.check.CheckedPlan;
import compass.check.ExprWalk;
import compass.check.PayRules;
import compass.check.Symbol;
import compass.data.Column;
import compass.data.ColumnType;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.FieldSpec;
import compass.data.LongColumn;
import compass.data.RowPlace;
import compass.data.RowProblems;
import compass.data.RowProblems.Problem;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostics;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values in the data that cannot be right, refused right after loading and before anything is
 * computed (issue 12): a target incentive or quota row of zero or less, an FX rate of zero or less,
 * two FX rates for one currency and date, two quota rows for one participant and period, a split
 * share outside 0..100% or shares of a deal that do not add up to 100%, and a person column of the
 * people file (the manager's too) naming someone who is not a participant. Each is reported at its
 * cell like a bad cell while loading; with --keep-going its row is rejected instead.
 */
public final class DataChecks {
  private static final BigDecimal HUNDRED_PERCENT = BigDecimal.ONE;

  private DataChecks() {}

  /** The people table after its checks (rows left out under --keep-going). */
  public static Table people(CheckedPlan plan, Table people, Diagnostics diags) {
    List<Problem> problems = new ArrayList<>();
    if (people.column("target_incentive") instanceof DecimalColumn ti) {
      for (int row = 0; row < people.rowCount(); row++) {
        BigDecimal v = ti.get(row);
        if (v == null || v.signum() > 0) continue;
        problems.add(
            new Problem(
                row,
                "target_incentive",
                Code.E0523,
                "target_incentive of "
                    + personId(people, row)
                    + " is "
                    + v.toPlainString()
                    + ": a target incentive must be more than 0",
                "correct the value; for someone with no target incentive, leave the cell empty and "
                    + "declare the field `optional` (a plan that then uses it for them stops with E0512)"));
      }
    }
    problems.addAll(PeopleReferences.problems(people, RowProblems.keepGoing(people)));
    problems.addAll(PayCurrencies.problems(plan, people)); // E0458: pay currencies are ISO codes
    return RowProblems.report(people, problems, diags);
  }

  /** A table read after people, after the checks that apply to it. */
  public static Table table(CheckedPlan plan, Table table, Diagnostics diags) {
    List<Problem> problems = new ArrayList<>();
    PayRules rules = plan.rules();
    if ((rules.fx() != null && rules.fx().name().equals(table.name()))
        || PayCurrencies.isFxTable(plan, table)) fx(table, problems);
    if (rules.splits() != null && rules.splits().name().equals(table.name())) {
      splits(table, rules.overlay(), RowProblems.keepGoing(table), problems);
    }
    Set<String> quotaFields = quotaFields(plan).get(table.name());
    if (quotaFields != null) quotas(plan, table, quotaFields, problems);
    if (plan.deals() != null && plan.deals().name().equals(table.name()))
      dealShares(plan, table, problems);
    problems.addAll(ReferenceChecks.problems(table)); // keys of a reference table (issue 14)
    problems.addAll(BudgetChecks.problems(plan, table)); // team budgets (issue 15)
    return RowProblems.report(table, problems, diags);
  }

  // ---- FX (SEMANTICS 13) -------------------------------------------------------------------

  private static void fx(Table fx, List<Problem> problems) {
    Column rates = fx.column("rate");
    TextColumn currencies = (TextColumn) fx.column("currency");
    DateColumn dates = (DateColumn) fx.column("date");
    Map<String, Integer> seen = new HashMap<>();
    for (int row = 0; row < fx.rowCount(); row++) {
      BigDecimal rate = decimal(rates, row);
      if (rate != null && rate.signum() <= 0) {
        problems.add(
            new Problem(
                row,
                "rate",
                Code.E0525,
                "the FX rate of "
                    + currencies.get(row)
                    + " on "
                    + dates.get(row)
                    + " is "
                    + rate.toPlainString()
                    + ": a rate must be more than 0",
                "write the rate of one "
                    + currencies.get(row)
                    + " in the plan currency, e.g. 1.08"));
      }
      if (!currencies.isPresent(row) || !dates.isPresent(row)) continue;
      Integer first = seen.putIfAbsent(currencies.get(row) + "\n" + dates.epochDay(row), row);
      if (first != null) {
        problems.add(
            new Problem(
                row,
                "date",
                Code.E0526,
                "a second FX rate for "
                    + currencies.get(row)
                    + " on "
                    + dates.get(row)
                    + " (first on "
                    + RowPlace.name(fx, first)
                    + ")",
                "keep one rate per currency and date"));
      }
    }
  }

  // ---- quotas (SEMANTICS 4) -----------------------------------------------------------------

  /** Tables and their fields that the `quota` definition reads (`quota = quotas.amount`). */
  static Map<String, Set<String>> quotaFields(CheckedPlan plan) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Map<String, Decl.Definition> defs = new HashMap<>();
    for (Decl.Definition d : plan.definitions()) defs.put(d.name().text(), d);
    List<String> todo = new ArrayList<>(List.of("quota"));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Decl.Definition d = defs.get(todo.remove(todo.size() - 1));
      if (d == null || !seen.add(d.name().text())) continue;
      ExprWalk.each(
          d.value(),
          e -> {
            if (e instanceof Expr.TableField t) {
              out.computeIfAbsent(t.table().text(), k -> new HashSet<>()).add(t.field().text());
            } else if (e instanceof Expr.Ref r
                && plan.symbolOf(r) instanceof Symbol.Definition used) {
              todo.add(used.name());
            }
          });
    }
    return out;
  }

  private static void quotas(
      CheckedPlan plan, Table table, Set<String> amounts, List<Problem> problems) {
    // SEMANTICS 4: a zero quota is meant only where the plan says what it means
    boolean zeroDeclared =
        plan.whenRules().values().stream().anyMatch(w -> w.subject().text().equals("quota"));
    String personField = firstOf(table, ColumnType.PERSON);
    String periodField = firstOf(table, ColumnType.PERIOD);
    TextColumn persons = personField == null ? null : (TextColumn) table.column(personField);
    TextColumn periods = periodField == null ? null : (TextColumn) table.column(periodField);
    Map<String, Integer> seen = new HashMap<>();
    for (int row = 0; row < table.rowCount(); row++) {
      String who = persons == null ? null : persons.get(row);
      String when = periods == null ? null : periods.get(row);
      for (String field : amounts) {
        BigDecimal v = decimal(table.column(field), row);
        if (v == null || v.signum() > 0 || (v.signum() == 0 && zeroDeclared)) continue;
        String of = who == null ? "" : " of " + who + (when == null ? "" : " in " + when);
        problems.add(
            new Problem(
                row,
                field,
                Code.E0524,
                "the quota"
                    + of
                    + " is "
                    + v.toPlainString()
                    + (v.signum() < 0
                        ? ": a quota cannot be negative"
                        : ": a quota of 0 makes attainment undefined"),
                v.signum() < 0
                    ? "correct the quota"
                    : "correct the quota, or say what a zero quota means in the plan, e.g. "
                        + "`when quota is 0 then attainment = 0%`"));
      }
      if (who == null || when == null) continue;
      Integer first =
          seen.putIfAbsent(
              who + "\n" + plan.calendar().parse(when).map(p -> p.label()).orElse(when), row);
      if (first != null) {
        problems.add(
            new Problem(
                row,
                periodField,
                Code.E0527,
                "a second quota row for "
                    + who
                    + " in "
                    + when
                    + " (first on "
                    + RowPlace.name(table, first)
                    + ")",
                "keep one row per participant and period; the quota of a longer span is the sum of its periods"));
      }
    }
  }

  // ---- splits (SEMANTICS 3) -----------------------------------------------------------------

  private static void splits(
      Table splits, boolean overlay, boolean keepGoing, List<Problem> problems) {
    TextColumn deals = (TextColumn) splits.column("deal");
    Column shares = splits.column("share");
    Map<String, List<Integer>> byDeal = new LinkedHashMap<>();
    Set<String> badShare = new HashSet<>();
    for (int row = 0; row < splits.rowCount(); row++) {
      BigDecimal share = decimal(shares, row);
      if (share != null && !inRange(share)) {
        problems.add(shareProblem(row, "share", "the share of deal " + deals.get(row), share));
        badShare.add(deals.get(row));
      }
      if (deals.isPresent(row))
        byDeal.computeIfAbsent(deals.get(row), k -> new ArrayList<>()).add(row);
    }
    if (overlay) return; // each person credited in full: the shares are not read
    byDeal.forEach(
        (deal, rows) -> {
          if (badShare.contains(deal)) return; // already reported at the share out of range
          BigDecimal total = BigDecimal.ZERO;
          for (int row : rows) {
            BigDecimal s = decimal(shares, row);
            if (s == null) return; // a missing share is reported by the loader
            total = total.add(s);
          }
          if (total.compareTo(HUNDRED_PERCENT) == 0) return;
          List<String> lines = rows.stream().map(r -> String.valueOf(splits.lineOf(r))).toList();
          String message =
              "the shares of deal "
                  + deal
                  + " add up to "
                  + percent(total)
                  + ", not 100% ("
                  + RowPlace.word(splits)
                  + (lines.size() == 1 ? " " : "s ")
                  + String.join(", ", lines)
                  + ")";
          String hint =
              "fix the shares, or say `overlay` in the credit rule to credit each person in full";
          // one error per deal; with --keep-going every row of the deal is rejected
          for (int row : keepGoing ? rows : rows.subList(0, 1)) {
            problems.add(new Problem(row, "share", Code.E0528, message, hint));
          }
        });
  }

  /**
   * Share fields of the deal (`to owner share owner_share, sdr share sdr_share`) read straight from
   * the data: each from 0 to 100%, and those of the people named in the deal adding up to 100%
   * (SEMANTICS 3). A share computed in the plan is checked when the deal is credited.
   */
  private static void dealShares(CheckedPlan plan, Table deals, List<Problem> problems) {
    if (plan.rules().overlay() || plan.rules().targets().isEmpty()) return;
    List<String> persons = new ArrayList<>();
    List<String> shares = new ArrayList<>();
    boolean allFields = true;
    for (PayRules.Target t : plan.rules().targets()) {
      if (t.share() instanceof Expr.Ref r && plan.symbolOf(r) instanceof Symbol.DealField f) {
        persons.add(plan.deals().fields().get(t.field()).name());
        shares.add(f.spec().name());
      } else {
        allFields = false;
      }
    }
    TextColumn ids = deals.column("id") instanceof TextColumn c ? c : null;
    for (int row = 0; row < deals.rowCount(); row++) {
      String deal =
          ids == null || !ids.isPresent(row) ? "on " + RowPlace.name(deals, row) : ids.get(row);
      boolean inRange = true;
      BigDecimal total = BigDecimal.ZERO;
      boolean anyone = false;
      for (int i = 0; i < shares.size(); i++) {
        BigDecimal share = decimal(deals.column(shares.get(i)), row);
        if (share != null && !inRange(share)) {
          problems.add(shareProblem(row, shares.get(i), shares.get(i) + " of deal " + deal, share));
          inRange = false;
        }
        if (!deals.column(persons.get(i)).isPresent(row)) continue; // nobody there: not credited
        anyone = true;
        if (share == null) inRange = false; // reported as missing, or read as a blank share
        else total = total.add(share);
      }
      if (!allFields || !inRange || !anyone || total.compareTo(HUNDRED_PERCENT) == 0) continue;
      problems.add(
          new Problem(
              row,
              shares.get(0),
              Code.E0528,
              "the shares of deal "
                  + deal
                  + " add up to "
                  + percent(total)
                  + ", not 100% ("
                  + String.join(" + ", shares)
                  + ")",
              "fix the shares in the data, or say `overlay` in the credit rule to credit each person in full"));
    }
  }

  static boolean inRange(BigDecimal share) {
    return share.signum() >= 0 && share.compareTo(HUNDRED_PERCENT) <= 0;
  }

  private static Problem shareProblem(int row, String field, String what, BigDecimal share) {
    return new Problem(
        row,
        field,
        Code.E0528,
        what + " is " + percent(share) + ": a share is from 0% to 100%",
        "write the share as a percent (60%) or a fraction (0.6)");
  }

  static String percent(BigDecimal fraction) {
    return compass.diag.Grouping.percent(fraction);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static String firstOf(Table table, ColumnType type) {
    for (FieldSpec f : table.schema().fields()) if (f.type() == type) return f.name();
    return null;
  }

  private static BigDecimal decimal(Column c, int row) {
    if (c instanceof DecimalColumn d) return d.get(row);
    if (c instanceof LongColumn l) return l.isPresent(row) ? BigDecimal.valueOf(l.get(row)) : null;
    return null;
  }

  private static String personId(Table people, int row) {
    return people.column("id") instanceof TextColumn ids && ids.isPresent(row)
        ? ids.get(row)
        : RowPlace.name(people, row);
  }
}
