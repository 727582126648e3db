package compass.web.server;

import compass.api.PayoutDiff;
import compass.api.PlanDiff;
import compass.diag.Diagnostic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan's payouts under two revisions, as the history page shows them: the rows that changed,
 * largest first, the totals, and each participant's change for the chart; or the errors.
 */
public record HistoryView(
    String a,
    String b,
    List<String> errors,
    PayoutDiff diff,
    String planA,
    String planB,
    List<Figures.Amount> byParticipant) {

  static HistoryView failed(String a, String b, List<Diagnostic> errors) {
    List<String> text = new ArrayList<>();
    for (Diagnostic d : errors) text.add(LiveData.render(d));
    return new HistoryView(a, b, List.copyOf(text), null, null, null, List.of());
  }

  static HistoryView of(String a, String b, PlanDiff.Outcome outcome) {
    PayoutDiff diff = outcome.diff();
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (PayoutDiff.Row r : diff.rows()) sums.merge(r.participant(), r.delta(), BigDecimal::add);
    List<Figures.Amount> changes = new ArrayList<>();
    sums.forEach(
        (k, v) -> {
          if (v.signum() != 0) changes.add(new Figures.Amount(k, v));
        });
    return new HistoryView(
        a,
        b,
        List.of(),
        diff,
        outcome.a().planName(),
        outcome.b().planName(),
        List.copyOf(changes));
  }

  /** The rows whose payout changed, largest change first. */
  public List<PayoutDiff.Row> changed() {
    return diff == null ? List.of() : diff.rows().stream().filter(PayoutDiff.Row::changed).toList();
  }

  /** What B is called on the page: the revision, or the plan on disk. */
  public String bLabel() {
    return b == null || b.isBlank() ? "the plan on disk" : b;
  }
}
