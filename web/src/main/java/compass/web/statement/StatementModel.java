package compass.web.statement;

import compass.api.RunResult;
import compass.api.StatementFacts;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.LocalPay;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One participant's statement, as plain data the templates show: the plan it was paid under, who,
 * the year to date, and each period's payout by component with its lines, its explanation, quota
 * and attainment, and whether the period is closed (paid). The figures are a run's ({@link
 * RunResult}); what the run does not say comes from {@link StatementFacts}.
 */
public record StatementModel(
    Plan plan, Participant participant, String currency, BigDecimal ytd, List<Period> periods) {

  public StatementModel {
    periods = List.copyOf(periods);
  }

  /**
   * The plan: name, version (null when it states none) and the content hash {@code close} records.
   */
  public record Plan(String name, String version, String hash) {}

  /** Who is paid; name and team are null when the people file has none. */
  public record Participant(String id, String name, String team) {
    /** The name to show: the person's name, else the id. */
    public String shown() {
      return name != null ? name : id;
    }
  }

  /**
   * One pay period: the statement row's figures, the payout by component (each with its lines), the
   * explanation tree ({@code compass explain}'s; null when none was made), quota and attainment
   * (null when the plan defines none), the pay date when the ledger records it as closed (null:
   * open), and the payout in the participant's pay currency when it is not the plan's (SEMANTICS
   * 13: the statement shows both amounts; null otherwise).
   */
  public record Period(
      String label,
      BigDecimal payout,
      BigDecimal ytd,
      BigDecimal earned,
      BigDecimal payable,
      BigDecimal held,
      BigDecimal drawBalance,
      BigDecimal owed,
      List<Component> components,
      Explanation explanation,
      BigDecimal quota,
      BigDecimal attainment,
      String paidOn,
      LocalPay local) {

    public Period {
      components = List.copyOf(components);
    }

    public boolean paid() {
      return paidOn != null;
    }

    /** Whether anything was held back, drawn or is owed (the statement then shows the balances). */
    public boolean carries() {
      return held.signum() != 0 || drawBalance.signum() != 0 || owed.signum() != 0;
    }
  }

  /** What one component paid in a period, and the lines it is the sum of. */
  public record Component(String name, BigDecimal amount, List<Line> lines) {
    public Component {
      lines = List.copyOf(lines);
    }
  }

  /** One line item: its deal (empty when the line is not one deal's) and how it was computed. */
  public record Line(String deal, BigDecimal amount, String note) {}

  /** The participant's statement over every period the run shows. */
  public BigDecimal total() {
    BigDecimal sum = BigDecimal.ZERO;
    for (Period p : periods) sum = sum.add(p.payout());
    return sum;
  }

  /**
   * Every participant's statement from a run (its rows and lines, with line items) and the facts of
   * the same plan and data, in the run's order. {@code paid}: the ledger's closed periods.
   */
  public static List<StatementModel> all(
      RunResult run, StatementFacts.Facts facts, List<StatementFacts.Paid> paid) {
    Plan plan = new Plan(run.planName(), facts.version(), facts.planHash());
    Map<String, String> paidOn = new LinkedHashMap<>();
    for (StatementFacts.Paid p : paid) paidOn.put(p.period(), p.payDate());
    Map<String, Map<String, List<LineItem>>> lines = new LinkedHashMap<>();
    for (LineItem l : run.lines()) {
      lines
          .computeIfAbsent(l.participant(), k -> new LinkedHashMap<>())
          .computeIfAbsent(l.period(), k -> new ArrayList<>())
          .add(l);
    }
    Map<String, List<StatementRow>> rows = new LinkedHashMap<>();
    Map<StatementRow, LocalPay> local = new java.util.IdentityHashMap<>();
    for (int i = 0; i < run.rows().size(); i++) {
      StatementRow r = run.rows().get(i);
      rows.computeIfAbsent(r.participant(), k -> new ArrayList<>()).add(r);
      LocalPay pay = run.paid() == null ? null : run.paid().rows().get(i); // index by index
      if (pay != null && !pay.currency().equals(r.currency())) local.put(r, pay);
    }
    List<StatementModel> out = new ArrayList<>();
    for (Map.Entry<String, List<StatementRow>> e : rows.entrySet()) {
      String id = e.getKey();
      StatementFacts.Person person = facts.people().get(id);
      Participant who =
          new Participant(
              id, person == null ? null : person.name(), person == null ? null : person.team());
      List<Period> periods = new ArrayList<>();
      for (StatementRow r : e.getValue()) {
        List<LineItem> mine = lines.getOrDefault(id, Map.of()).getOrDefault(r.period(), List.of());
        StatementFacts.Quota quota = facts.quotas().getOrDefault(id, Map.of()).get(r.period());
        periods.add(
            new Period(
                r.period(),
                r.payout(),
                r.ytd(),
                r.earned(),
                r.payable(),
                r.held(),
                r.drawBalance(),
                r.owed(),
                components(mine),
                facts.explanations().getOrDefault(id, Map.of()).get(r.period()),
                quota == null ? null : quota.quota(),
                quota == null ? null : quota.attainment(),
                paidOn.get(r.period()),
                local.get(r)));
      }
      List<StatementRow> mine = e.getValue();
      String currency = mine.get(0).currency();
      out.add(new StatementModel(plan, who, currency, mine.get(mine.size() - 1).ytd(), periods));
    }
    return out;
  }

  /** Lines grouped by component, in the order the run lists them. */
  private static List<Component> components(List<LineItem> lines) {
    Map<String, List<Line>> by = new LinkedHashMap<>();
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (LineItem l : lines) {
      by.computeIfAbsent(l.component(), k -> new ArrayList<>())
          .add(new Line(l.deal(), l.amount(), l.note()));
      sums.merge(l.component(), l.amount(), BigDecimal::add);
    }
    List<Component> out = new ArrayList<>();
    for (Map.Entry<String, List<Line>> e : by.entrySet())
      out.add(new Component(e.getKey(), sums.get(e.getKey()), e.getValue()));
    return out;
  }
}
