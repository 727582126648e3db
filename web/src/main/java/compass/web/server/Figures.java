package compass.web.server;

import compass.api.RunResult;
import compass.diag.Diagnostic;
import compass.result.LineItem;
import compass.result.Reconciliation;
import compass.result.StatementRow;
import compass.session.Session;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the pages show, computed once per load of the plan and data: the run's statements and
 * lines (the figures {@code compass run} prints) and, from the session, the year's attainment and
 * bookings. Pages and the API only read it, so a page answers without evaluating anything.
 */
public record Figures(
    String planName,
    String currency,
    BigDecimal total,
    List<Amount> byPeriod,
    List<Amount> byComponent,
    List<Amount> byTeam,
    String teamsBy,
    List<Bucket> attainment,
    List<Amount> top,
    List<Amount> bottom,
    BigDecimal bookings,
    BigDecimal costOfSales,
    List<Recon> reconciliation,
    List<String> warnings,
    Map<String, Person> people) {

  /** A labelled amount: a period's, a component's, a team's or a participant's payout. */
  public record Amount(String label, BigDecimal value) {}

  /** A bar of the attainment histogram: participants with attainment in [from, to). */
  public record Bucket(String label, int count) {}

  /** One credit source's reconciliation: read = credited + excluded + rejected. */
  public record Recon(
      String source,
      long read,
      long credited,
      List<Reconciliation.Exclusion> excluded,
      long rejected) {
    public long excludedCount() {
      long n = 0;
      for (Reconciliation.Exclusion e : excluded) n += e.count();
      return n;
    }
  }

  /**
   * A participant: the statement rows and lines of {@code compass run}, and what the year holds.
   */
  public record Person(
      String id,
      String name,
      String team,
      BigDecimal total,
      BigDecimal attainment,
      List<StatementRow> rows,
      List<LineItem> lines,
      compass.web.statement.StatementModel statement) {

    /** The lines of one period, in the run's order. */
    public List<LineItem> linesOf(String period) {
      return lines.stream().filter(l -> l.period().equals(period)).toList();
    }

    /** What the page calls them: the name, with the id when they differ. */
    public String label() {
      return name == null || name.equals(id) ? id : name + " (" + id + ")";
    }
  }

  /** How many top and bottom earners the dashboard lists. */
  static final int EARNERS = 5;

  static Figures of(
      RunResult run,
      Session session,
      Map<String, compass.web.statement.StatementModel> statements) {
    String currency = run.currency();
    BigDecimal zero = BigDecimal.ZERO.setScale(Money.minor(currency));
    Map<String, List<StatementRow>> rows = new TreeMap<>();
    for (StatementRow r : run.rows())
      rows.computeIfAbsent(r.participant(), k -> new ArrayList<>()).add(r);
    Map<String, List<LineItem>> lines = new LinkedHashMap<>();
    for (LineItem l : run.lines())
      lines.computeIfAbsent(l.participant(), k -> new ArrayList<>()).add(l);

    Map<String, BigDecimal> periods = new LinkedHashMap<>();
    for (String p : session.payPeriods()) periods.put(p, zero);
    Map<String, BigDecimal> components = new LinkedHashMap<>();
    for (String c : session.componentTitles()) components.put(c, zero);
    BigDecimal total = zero;
    for (StatementRow r : run.rows()) {
      periods.merge(r.period(), r.payout(), BigDecimal::add);
      total = total.add(r.payout());
    }
    for (LineItem l : run.lines()) components.merge(l.component(), l.amount(), BigDecimal::add);

    Map<String, String> names = session.peopleColumn("name");
    Map<String, String> teams = session.peopleColumn("team");
    String teamsBy = "team";
    if (teams.isEmpty()) {
      teams = session.peopleColumn("manager");
      teamsBy = "manager";
    }
    Map<String, Session.Value> attainment = session.yearValues("attainment");
    Map<String, BigDecimal> totals = new TreeMap<>();
    Map<String, Person> people = new LinkedHashMap<>();
    Map<String, BigDecimal> byTeam = new TreeMap<>();
    for (Map.Entry<String, List<StatementRow>> e : rows.entrySet()) {
      String id = e.getKey();
      BigDecimal sum = zero;
      for (StatementRow r : e.getValue()) sum = sum.add(r.payout());
      totals.put(id, sum);
      Session.Value a = attainment.get(id);
      String team = teams.get(id);
      if (team != null) byTeam.merge(team, sum, BigDecimal::add);
      people.put(
          id,
          new Person(
              id,
              names.getOrDefault(id, id),
              team,
              sum,
              a != null && a.isPercent() ? a.value() : null,
              List.copyOf(e.getValue()),
              List.copyOf(lines.getOrDefault(id, List.of())),
              statements.get(id)));
    }

    List<Amount> earners = new ArrayList<>();
    totals.forEach((id, v) -> earners.add(new Amount(id, v)));
    earners.sort(Comparator.comparing(Amount::value).reversed().thenComparing(Amount::label));
    List<Amount> top = List.copyOf(earners.subList(0, Math.min(EARNERS, earners.size())));
    List<Amount> bottom =
        new ArrayList<>(earners.subList(Math.max(0, earners.size() - EARNERS), earners.size()));
    java.util.Collections.reverse(bottom);

    BigDecimal bookings = null;
    Map<String, Session.Value> booked = session.yearValues("bookings");
    if (!booked.isEmpty()) {
      bookings = zero;
      for (Session.Value v : booked.values()) if (v.isMoney()) bookings = bookings.add(v.value());
    }
    BigDecimal cost =
        bookings == null || bookings.signum() == 0
            ? null
            : total.divide(bookings, new MathContext(12, RoundingMode.HALF_EVEN));

    List<Recon> recon = new ArrayList<>();
    if (run.reconciliation() != null)
      for (Reconciliation r : run.reconciliation().all())
        recon.add(
            new Recon(
                r.source() == null ? "deals" : r.source().label(),
                r.read(),
                r.credited(),
                r.excluded(),
                r.rejected()));
    List<String> warnings = new ArrayList<>();
    for (Diagnostic d : run.diagnostics()) if (!d.isError()) warnings.add(d.oneLine());

    return new Figures(
        run.planName(),
        currency,
        total,
        amounts(periods),
        amounts(components),
        amounts(byTeam),
        teamsBy,
        histogram(people.values()),
        top,
        List.copyOf(bottom),
        bookings,
        cost,
        List.copyOf(recon),
        List.copyOf(warnings),
        java.util.Collections.unmodifiableMap(people));
  }

  private static List<Amount> amounts(Map<String, BigDecimal> map) {
    List<Amount> out = new ArrayList<>();
    map.forEach((k, v) -> out.add(new Amount(k, v)));
    return List.copyOf(out);
  }

  /**
   * Participants by attainment over the year, in bands of 25% up to 200% and one above; empty when
   * the plan defines no {@code attainment}.
   */
  static List<Bucket> histogram(Iterable<Person> people) {
    int[] counts = new int[9];
    boolean any = false;
    for (Person p : people) {
      if (p.attainment() == null) continue;
      any = true;
      int band =
          p.attainment().multiply(BigDecimal.valueOf(4)).setScale(0, RoundingMode.FLOOR).intValue();
      counts[Math.max(0, Math.min(8, band))]++;
    }
    if (!any) return List.of();
    List<Bucket> out = new ArrayList<>();
    for (int i = 0; i < 8; i++)
      out.add(new Bucket(i * 25 + "%", counts[i])); // from this, below the next
    out.add(new Bucket("200%+", counts[8]));
    return List.copyOf(out);
  }

  /** Payouts of the year by participant, for a manager's team page: these ids only. */
  List<Person> peopleIn(java.util.Collection<String> ids) {
    List<Person> out = new ArrayList<>();
    for (Person p : people.values()) if (ids.contains(p.id())) out.add(p);
    return out;
  }
}
