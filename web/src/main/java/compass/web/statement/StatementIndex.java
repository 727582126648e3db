package compass.web.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The index page of a statements folder: the plan, and one row per participant with the year to
 * date and the link to their statement page.
 */
public record StatementIndex(
    StatementModel.Plan plan, String currency, List<Row> rows, BigDecimal total) {

  public StatementIndex {
    rows = List.copyOf(rows);
  }

  /** One participant: who, their year-to-date payout and the relative link to their page. */
  public record Row(StatementModel.Participant participant, BigDecimal ytd, String href) {}

  /** The index of these statements, each linked to its file as {@link FileNames} names it. */
  public static StatementIndex of(
      StatementModel.Plan plan, String currency, List<StatementModel> statements) {
    List<Row> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (StatementModel s : statements) {
      rows.add(new Row(s.participant(), s.ytd(), FileNames.href(s.participant().id())));
      total = total.add(s.ytd());
    }
    return new StatementIndex(plan, currency, rows, total);
  }

  /** Whether anyone has a team (the index shows the column only then). */
  public boolean hasTeams() {
    return rows.stream().anyMatch(r -> r.participant().team() != null);
  }
}
