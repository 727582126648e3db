package compass.cli;

import compass.api.Forecasts;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.result.Forecast;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast behind the reps' "could be earned" on {@code compass statements} (issue 18): {@code
 * compass forecast}'s engine, for everyone at once. Asked ({@code --forecast}) or by default when
 * the plan declares win rates; a plan without them gets no box unless it was asked. A forecast that
 * fails otherwise stops the statements, with its errors: a rep's page never silently lacks it.
 */
final class StatementForecast {
  private StatementForecast() {}

  /** The forecast (null: none to show), or the errors that refuse the statements. */
  record Outcome(Forecast forecast, List<Diagnostic> refused) {}

  static Outcome of(LedgerInputs inputs, Boolean asked, String asOf, int runs, long seed) {
    if (Boolean.FALSE.equals(asked)) return new Outcome(null, null);
    LocalDate date = null;
    if (asOf != null) {
      try {
        date = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        return refused(
            Diagnostic.error(Code.E0790, null, "--forecast-as-of " + asOf + " is not a date")
                .withHint("write it as 2027-06-30"));
      }
    }
    Diagnostics diags = new Diagnostics();
    Forecast f =
        Forecasts.forecast(
            new Forecasts.Request(inputs.plan, inputs.data, date, runs, seed), diags);
    if (f != null) return new Outcome(f, null);
    List<Diagnostic> errors = new ArrayList<>();
    boolean noRates = true;
    for (Diagnostic d : diags.all())
      if (d.isError()) {
        errors.add(d);
        noRates &= d.code() == Code.E0794;
      }
    if (asked == null && noRates) return new Outcome(null, null); // nothing to forecast with
    errors.add(
        Diagnostic.error(
                Code.E0483,
                null,
                "the reps' \"could be earned\" cannot be forecast, so no statement was written")
            .withHint("fix the errors above, or write the statements without it: --no-forecast"));
    return new Outcome(null, errors);
  }

  private static Outcome refused(Diagnostic d) {
    return new Outcome(null, List.of(d));
  }
}
