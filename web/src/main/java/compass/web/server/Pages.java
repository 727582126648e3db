package compass.web.server;

import compass.api.PlanDiff;
import compass.diag.Diagnostic;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The HTML pages: each reads the figures in memory and renders one precompiled template. */
final class Pages {
  private final Dashboard dashboard;

  Pages(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  /** The analyst's dashboard; a shared link's own page (a rep's statement, a manager's team). */
  void home(Context ctx) {
    Access.Grant grant = Dashboard.grant(ctx);
    LiveData.View view = dashboard.data().view();
    if (grant.analyst()) {
      Map<String, Object> p = common(view, grant, "Dashboard");
      p.put("whatIf", null);
      html(ctx, "dashboard/index.jte", p);
      return;
    }
    if (view.figures() == null) {
      html(ctx, "dashboard/index.jte", withWhatIf(common(view, grant, "Dashboard")));
      return;
    }
    if (grant.participants().size() == 1) {
      participant(ctx, grant.participants().iterator().next());
      return;
    }
    Map<String, Object> p = common(view, grant, "Team");
    p.put("team", view.figures().peopleIn(grant.participants()));
    p.put("who", grant.label());
    html(ctx, "dashboard/team.jte", p);
  }

  void participant(Context ctx) {
    participant(ctx, ctx.queryParam("id"));
  }

  /** One participant's statement; 404 for an id the token does not open, as for one unknown. */
  private void participant(Context ctx, String id) {
    Access.Grant grant = Dashboard.grant(ctx);
    LiveData.View view = dashboard.data().view();
    Figures f = view.figures();
    Figures.Person person = f == null || id == null ? null : f.people().get(id);
    if (person == null || !grant.sees(id)) {
      notFound(ctx, view, grant);
      return;
    }
    Map<String, Object> p = common(view, grant, person.label());
    p.put("person", person);
    p.put("teamLink", !grant.analyst() && grant.participants().size() > 1);
    ForecastView.Outcome forecast =
        dashboard.forecasts().get(ForecastView.DEFAULT_RUNS, ForecastView.DEFAULT_SEED);
    List<compass.result.Forecast.Row> mine = forecast.ok() ? forecast.of(id) : List.of();
    boolean open = false; // the row over all open periods alone: nothing is open
    for (var r : mine) open |= !r.period().equals(compass.result.Forecast.ALL_OPEN);
    p.put("couldBeEarned", open ? mine : List.of());
    p.put("forecast", forecast);
    html(ctx, "dashboard/participant.jte", p);
  }

  /** The payout changes between two git revisions of the plan (compass diff's comparison). */
  void history(Context ctx) {
    Access.Grant grant = Dashboard.grant(ctx);
    LiveData.View view = dashboard.data().view();
    if (!grant.analyst()) {
      forbidden(ctx);
      return;
    }
    Map<String, Object> p = common(view, grant, "Plan history");
    String a = ctx.queryParam("a"), b = ctx.queryParam("b");
    p.put("a", a == null ? "HEAD~1" : a);
    p.put("b", b == null ? "" : b);
    p.put("history", a == null ? null : compare(dashboard.data(), a, b));
    html(ctx, "dashboard/history.jte", p);
  }

  /**
   * The forecast's fan chart over the open periods (the analyst's: a shared link sees its own
   * "could be earned" on its statement instead); a bad {@code runs} or {@code seed} is a 400.
   */
  void forecast(Context ctx) {
    Access.Grant grant = Dashboard.grant(ctx);
    LiveData.View view = dashboard.data().view();
    if (!grant.analyst()) {
      forbidden(ctx);
      return;
    }
    StringBuilder why = new StringBuilder();
    Integer runs = ForecastView.runs(ctx.queryParam("runs"), why);
    Long seed = ForecastView.seed(ctx.queryParam("seed"), why);
    java.time.LocalDate asOf = ForecastView.asOf(ctx.queryParam("as_of"), why);
    if (runs == null || seed == null || asOf == ForecastView.BAD) {
      ctx.status(400).contentType("text/plain; charset=utf-8").result(why + "\n");
      return;
    }
    Map<String, Object> p = common(view, grant, "Forecast");
    p.put("forecast", dashboard.forecasts().get(asOf, runs, seed));
    html(ctx, "dashboard/forecast.jte", p);
  }

  /** A what-if on the figures as they are: its impact, never stored. */
  void whatIf(Context ctx) {
    Access.Grant grant = Dashboard.grant(ctx);
    LiveData.View view = dashboard.data().view();
    Map<String, Object> p = common(view, grant, "What if");
    p.put("whatIf", WhatIfView.of(dashboard.data(), ctx::formParam));
    html(ctx, "dashboard/index.jte", p);
  }

  /** Both revisions run on today's data: A and B are revisions (blank B: the plan on disk). */
  static HistoryView compare(LiveData data, String a, String b) {
    Path plan = data.plan().toAbsolutePath();
    Path folder = plan.getParent();
    String name = plan.getFileName().toString();
    List<Diagnostic> problems = new ArrayList<>();
    String specA = "git:" + a.strip() + ":" + name;
    String specB = b == null || b.isBlank() ? plan.toString() : "git:" + b.strip() + ":" + name;
    PlanDiff.Side sa = PlanDiff.side(specA, folder, problems);
    PlanDiff.Side sb = PlanDiff.side(specB, folder, problems);
    if (!problems.isEmpty()) return HistoryView.failed(a, b, problems);
    PlanDiff.Outcome outcome = PlanDiff.compare(sa, sb, data.dataDir(), null);
    if (outcome.diff() == null) {
      List<Diagnostic> errors = new ArrayList<>();
      if (outcome.problem() != null) errors.add(outcome.problem());
      for (Diagnostic d : outcome.a().diagnostics()) if (d.isError()) errors.add(d);
      for (Diagnostic d : outcome.b().diagnostics()) if (d.isError()) errors.add(d);
      return HistoryView.failed(a, b, errors);
    }
    return HistoryView.of(a, b, outcome);
  }

  private Map<String, Object> common(LiveData.View view, Access.Grant grant, String title) {
    Map<String, Object> p = new HashMap<>();
    p.put("title", title);
    p.put("errors", view.errors());
    p.put("analyst", grant.analyst());
    p.put("figures", view.figures());
    return p;
  }

  private static Map<String, Object> withWhatIf(Map<String, Object> p) {
    p.put("whatIf", null);
    return p;
  }

  private void notFound(Context ctx, LiveData.View view, Access.Grant grant) {
    ctx.status(404);
    Map<String, Object> p = common(view, grant, "Not found");
    html(ctx, "dashboard/notfound.jte", p);
  }

  private static void forbidden(Context ctx) {
    ctx.status(403)
        .contentType("text/plain; charset=utf-8")
        .result("This link does not open this page.\n");
  }

  private static void html(Context ctx, String template, Map<String, Object> params) {
    ctx.contentType("text/html; charset=utf-8").result(Dashboard.render(template, params));
  }
}
