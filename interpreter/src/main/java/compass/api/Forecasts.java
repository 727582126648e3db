package compass.api;

import compass.check.CheckedPlan;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.forecast.Forecaster;
import compass.forecast.Settings;
import compass.result.Forecast;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The facade of `compass forecast` (issue 18) for every front end: the CLI command, the REPL's
 * `forecast`, the dashboard. Plain data in, a {@link Forecast} out.
 */
public final class Forecasts {
  private Forecasts() {}

  /**
   * What a forecast is asked. {@code asOf} null: the latest date in the data; {@code slipDays}
   * null: the plan's {@code close dates slip} (given, it replaces them: every stage slips 0 to
   * slipDays days); {@code budget} and {@code versus} null: none; {@code threads} 0: every core.
   */
  public record Request(
      Path plan,
      Path dataDir,
      LocalDate asOf,
      int runs,
      long seed,
      boolean learnRates,
      Integer slipDays,
      BigDecimal budget,
      Path versus,
      int threads,
      String participant,
      String team) {
    public Request(Path plan, Path dataDir, LocalDate asOf, int runs, long seed) {
      this(plan, dataDir, asOf, runs, seed, false, null, null, null, 0);
    }

    public Request(
        Path plan,
        Path dataDir,
        LocalDate asOf,
        int runs,
        long seed,
        boolean learnRates,
        Integer slipDays,
        BigDecimal budget,
        Path versus,
        int threads) {
      this(
          plan,
          dataDir,
          asOf,
          runs,
          seed,
          learnRates,
          slipDays,
          budget,
          versus,
          threads,
          null,
          null);
    }
  }

  /** The forecast, or null with the errors in diags. */
  public static Forecast forecast(Request request, Diagnostics diags) {
    CheckedPlan a = Compass.load(request.plan(), diags);
    if (a == null) return null;
    Path dir = dataDir(request.dataDir(), request.plan());
    LoadedData dataA = Compass.loadData(a, dir, diags);
    if (dataA == null) return null;
    CheckedPlan b = null;
    LoadedData dataB = null;
    if (request.versus() != null) {
      b = Compass.load(request.versus(), diags);
      if (b == null) return null;
      dataB = Compass.loadData(b, dir, diags);
      if (dataB == null) return null;
    }
    java.util.Set<String> only =
        Members.of(dataA.people(), request.participant(), request.team(), diags);
    if (diags.hasErrors()) return null;
    Settings settings =
        new Settings(
            request.asOf(),
            request.runs(),
            request.seed(),
            request.learnRates(),
            request.slipDays(),
            request.budget(),
            request.threads(),
            only);
    return Forecaster.run(a, dataA, b, dataB, settings, diags);
  }

  /**
   * A forecast (of one participant, a team's members, or everyone when both are null) in an open
   * REPL session's data: the session's plan file and data folder read again (what-ifs are not part
   * of it).
   */
  public static Forecast forecast(
      compass.session.Session session,
      String participant,
      String team,
      LocalDate asOf,
      int runs,
      long seed,
      Diagnostics diags) {
    return forecast(
        new Request(
            session.planPath(),
            session.dataDir(),
            asOf,
            runs,
            seed,
            false,
            null,
            null,
            null,
            0,
            participant,
            team),
        diags);
  }

  private static Path dataDir(Path given, Path plan) {
    if (given != null) return given;
    Path parent = plan.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
