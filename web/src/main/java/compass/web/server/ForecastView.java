package compass.web.server;

import compass.api.Forecasts;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.result.Forecast;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The forecast the pages show (issue 18): {@code compass forecast}'s own engine ({@link Forecasts})
 * on the plan and data on disk, computed when first asked and kept per (reading of the files, runs,
 * seed), so that reloading the page is instant and a change on disk computes it anew.
 */
public final class ForecastView {
  /** The run count of the page and of a participant's "could be earned" when none is asked. */
  static final int DEFAULT_RUNS = 500;

  static final long DEFAULT_SEED = 1;

  /** The most runs a page may ask: a request is answered while the browser waits. */
  static final int MAX_RUNS = 20_000;

  /** A forecast, or why there is none: each error's message and hint (the page escapes them). */
  public record Outcome(
      Forecast forecast, List<Problem> problems, LocalDate asOf, int runs, long seed) {
    public boolean ok() {
      return forecast != null;
    }

    /** The per-period totals, the row over all open periods left out (the chart's points). */
    public List<Forecast.Row> periods() {
      List<Forecast.Row> out = new ArrayList<>();
      for (Forecast.Row r : forecast.totals())
        if (!r.period().equals(Forecast.ALL_OPEN)) out.add(r);
      return out;
    }

    /** One participant's rows, each open period then the row over all of them. */
    public List<Forecast.Row> of(String participant) {
      List<Forecast.Row> out = new ArrayList<>();
      if (forecast == null) return out;
      for (Forecast.Row r : forecast.rows()) if (r.participant().equals(participant)) out.add(r);
      return out;
    }
  }

  /** An error the forecast gave: its code, message and hint (null when it has none). */
  public record Problem(String code, String message, String hint) {}

  private record Key(long version, LocalDate asOf, int runs, long seed) {}

  private static final int KEPT = 8; // a few (runs, seed) pairs; a reload clears all of them

  private final LiveData data;
  private final Map<Key, FutureTask<Outcome>> cache = new LinkedHashMap<>(); // guarded by this

  ForecastView(LiveData data) {
    this.data = data;
  }

  /** The forecast with the data's own as-of date. */
  Outcome get(int runs, long seed) {
    return get(null, runs, seed);
  }

  /**
   * The forecast for this reading of the files, as of a date ({@code asOf} null: the forecast's own
   * default, the data's last). A second request for one being computed waits for it instead of
   * simulating it again; requests for others (a rep's page while the analyst asks 20,000 runs) do
   * not wait.
   */
  Outcome get(LocalDate asOf, int runs, long seed) {
    FutureTask<Outcome> task;
    synchronized (this) {
      long version = data.view().version();
      cache.keySet().removeIf(k -> k.version() != version);
      Key key = new Key(version, asOf, runs, seed);
      task = cache.get(key);
      if (task == null) {
        task = new FutureTask<>(() -> compute(asOf, runs, seed));
        if (cache.size() >= KEPT) cache.remove(cache.keySet().iterator().next());
        cache.put(key, task);
      }
    }
    task.run(); // returns at once when another request runs it or ran it
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(asOf, runs, seed, "the forecast was interrupted");
    } catch (ExecutionException e) {
      return failed(asOf, runs, seed, "the forecast failed: " + e.getCause());
    }
  }

  private Outcome compute(LocalDate asOf, int runs, long seed) {
    Diagnostics diags = new Diagnostics();
    Forecast f =
        Forecasts.forecast(
            new Forecasts.Request(data.plan(), data.dataDir(), asOf, runs, seed), diags);
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic d : diags.all())
      if (d.isError()) problems.add(new Problem(d.code().id(), d.message(), d.hint()));
    if (f == null && problems.isEmpty())
      problems.add(new Problem("", "the forecast could not be computed", null));
    return new Outcome(f, List.copyOf(problems), asOf, runs, seed);
  }

  private static Outcome failed(LocalDate asOf, int runs, long seed, String why) {
    return new Outcome(null, List.of(new Problem("", why, null)), asOf, runs, seed);
  }

  /**
   * A query parameter's runs: the default when absent; null (with the reason in {@code why}) when
   * it is not a whole number in 1..{@value #MAX_RUNS}.
   */
  static Integer runs(String given, StringBuilder why) {
    if (given == null || given.isBlank()) return DEFAULT_RUNS;
    try {
      int n = Integer.parseInt(given.strip());
      if (n >= 1 && n <= MAX_RUNS) return n;
    } catch (NumberFormatException e) {
      // said below
    }
    why.append("runs must be a whole number from 1 to ")
        .append(MAX_RUNS)
        .append(", not \"")
        .append(given)
        .append("\"");
    return null;
  }

  /** A query parameter's seed: the default when absent; null (with why) when not a number. */
  static Long seed(String given, StringBuilder why) {
    if (given == null || given.isBlank()) return DEFAULT_SEED;
    try {
      return Long.parseLong(given.strip());
    } catch (NumberFormatException e) {
      why.append("seed must be a whole number, not \"").append(given).append("\"");
      return null;
    }
  }

  /**
   * A query parameter's as-of date: null (the forecast's default) when absent; {@code BAD} (with
   * why) when it is not a date YYYY-MM-DD.
   */
  static LocalDate asOf(String given, StringBuilder why) {
    if (given == null || given.isBlank()) return null;
    try {
      return LocalDate.parse(given.strip());
    } catch (DateTimeParseException e) {
      why.append("as_of must be a date YYYY-MM-DD, not \"").append(given).append("\"");
      return BAD;
    }
  }

  /** What {@link #asOf} answers for a date it cannot read. */
  static final LocalDate BAD = LocalDate.MIN;
}
