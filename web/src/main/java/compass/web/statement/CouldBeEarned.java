package compass.web.statement;

import compass.result.Forecast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rep's "could be earned" on their statement (issue 18): {@code compass forecast}'s figures for
 * their periods still open, with what makes them a forecast (the as-of date, the runs, the seed),
 * so that no one takes them for pay. The same engine and figures as the dashboard's box.
 */
public record CouldBeEarned(
    LocalDate asOf, int runs, long seed, String currency, List<Forecast.Row> rows) {

  public CouldBeEarned {
    rows = List.copyOf(rows);
  }

  /**
   * The participant's rows of the forecast, one per open period, leaving out the periods the ledger
   * records as paid (a paid period is what the statement says, not a forecast); null when none is
   * left.
   */
  public static CouldBeEarned of(Forecast f, String participant, Set<String> paidPeriods) {
    List<Forecast.Row> mine = new ArrayList<>();
    for (Forecast.Row r : f.rows())
      if (r.participant().equals(participant)
          && !r.period().equals(Forecast.ALL_OPEN)
          && !paidPeriods.contains(r.period())) mine.add(r);
    return mine.isEmpty()
        ? null
        : new CouldBeEarned(f.asOf(), f.runs(), f.seed(), f.currency(), mine);
  }
}
