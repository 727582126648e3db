package compass.web.server;

import com.fasterxml.jackson.core.JsonGenerator;
import compass.api.PayoutDiff;
import compass.result.LineItem;
import compass.result.Reconciliation;
import compass.result.StatementRow;
import compass.session.Impact;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * The JSON twin of every page (docs/web-api.md): the same figures, money as strings at the
 * currency's scale (the digits {@code run --format json} writes), the same tokens and refusals.
 */
final class Api {
  private final Dashboard dashboard;

  Api(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  void summary(Context ctx) {
    if (!analyst(ctx)) return;
    LiveData.View view = dashboard.data().view();
    Figures f = view.figures();
    send(
        ctx,
        200,
        json -> {
          json.writeStartObject();
          head(json, view);
          if (f != null) {
            String c = f.currency();
            json.writeStringField("total", Money.fixed(f.total(), c));
            json.writeNumberField("participants", f.people().size());
            amounts(json, "by_period", "period", f.byPeriod(), c);
            amounts(json, "by_component", "component", f.byComponent(), c);
            json.writeStringField("teams_by", f.teamsBy());
            amounts(json, "by_team", "team", f.byTeam(), c);
            json.writeArrayFieldStart("attainment");
            for (Figures.Bucket b : f.attainment()) {
              json.writeStartObject();
              json.writeStringField("band", b.label());
              json.writeNumberField("participants", b.count());
              json.writeEndObject();
            }
            json.writeEndArray();
            amounts(json, "top", "participant", f.top(), c);
            amounts(json, "bottom", "participant", f.bottom(), c);
            json.writeStringField("bookings", Money.fixed(f.bookings(), c));
            json.writeStringField(
                "cost_of_sales", f.costOfSales() == null ? null : f.costOfSales().toPlainString());
            json.writeArrayFieldStart("reconciliation");
            for (Figures.Recon r : f.reconciliation()) {
              json.writeStartObject();
              json.writeStringField("source", r.source());
              json.writeNumberField("read", r.read());
              json.writeNumberField("credited", r.credited());
              json.writeArrayFieldStart("excluded");
              for (Reconciliation.Exclusion e : r.excluded()) {
                json.writeStartObject();
                json.writeStringField("reason", e.reason());
                json.writeNumberField("count", e.count());
                json.writeEndObject();
              }
              json.writeEndArray();
              json.writeNumberField("rejected", r.rejected());
              json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("warnings");
            for (String w : f.warnings()) json.writeString(w);
            json.writeEndArray();
          }
          json.writeEndObject();
        });
  }

  /** The participants the token opens, with their year's payout. */
  void participants(Context ctx) {
    Access.Grant grant = Dashboard.grant(ctx);
    LiveData.View view = dashboard.data().view();
    Figures f = view.figures();
    send(
        ctx,
        200,
        json -> {
          json.writeStartObject();
          head(json, view);
          json.writeArrayFieldStart("participants");
          if (f != null)
            for (Figures.Person p : f.people().values()) {
              if (!grant.sees(p.id())) continue;
              json.writeStartObject();
              json.writeStringField("id", p.id());
              json.writeStringField("name", p.name());
              json.writeStringField("team", p.team());
              json.writeStringField("payout", Money.fixed(p.total(), f.currency()));
              json.writeStringField(
                  "attainment", p.attainment() == null ? null : p.attainment().toPlainString());
              json.writeEndObject();
            }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /** One participant's statement rows and lines, with the columns of run --format json. */
  void statement(Context ctx, String id) {
    Access.Grant grant = Dashboard.grant(ctx);
    LiveData.View view = dashboard.data().view();
    Figures f = view.figures();
    Figures.Person p = f == null || id == null ? null : f.people().get(id);
    if (p == null || !grant.sees(id)) {
      error(ctx, 404, "no participant with this id that this token opens");
      return;
    }
    String c = f.currency();
    send(
        ctx,
        200,
        json -> {
          json.writeStartObject();
          head(json, view);
          json.writeStringField("participant", p.id());
          json.writeStringField("name", p.name());
          json.writeStringField("payout", Money.fixed(p.total(), c));
          json.writeArrayFieldStart("rows");
          for (StatementRow r : p.rows()) {
            json.writeStartObject();
            json.writeStringField("participant", r.participant());
            json.writeStringField("period", r.period());
            json.writeStringField("payout", Money.fixed(r.payout(), r.currency()));
            json.writeStringField("ytd", Money.fixed(r.ytd(), r.currency()));
            json.writeStringField("currency", r.currency());
            json.writeStringField("earned", Money.fixed(r.earned(), r.currency()));
            json.writeStringField("payable", Money.fixed(r.payable(), r.currency()));
            json.writeStringField("held", Money.fixed(r.held(), r.currency()));
            json.writeStringField("draw_balance", Money.fixed(r.drawBalance(), r.currency()));
            json.writeStringField("owed", Money.fixed(r.owed(), r.currency()));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeArrayFieldStart("lines");
          for (LineItem l : p.lines()) {
            json.writeStartObject();
            json.writeStringField("participant", l.participant());
            json.writeStringField("period", l.period());
            json.writeStringField("component", l.component());
            json.writeStringField("deal", l.deal());
            json.writeStringField("amount", Money.fixed(l.amount(), l.currency()));
            json.writeStringField("currency", l.currency());
            json.writeStringField("note", l.note());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  void history(Context ctx) {
    if (!analyst(ctx)) return;
    String a = ctx.queryParam("a");
    if (a == null || a.isBlank()) {
      error(
          ctx,
          400,
          "name the revision to compare with ?a=REV (and ?b=REV, default: the plan on disk)");
      return;
    }
    HistoryView h = Pages.compare(dashboard.data(), a, ctx.queryParam("b"));
    if (h.diff() == null) {
      send(ctx, 422, json -> errors(json, h.errors()));
      return;
    }
    PayoutDiff d = h.diff();
    String c = d.currency();
    send(
        ctx,
        200,
        json -> {
          json.writeStartObject();
          json.writeStringField("a", h.a());
          json.writeStringField("b", h.b() == null || h.b().isBlank() ? null : h.b());
          json.writeStringField("plan_a", h.planA());
          json.writeStringField("plan_b", h.planB());
          json.writeStringField("currency", c);
          json.writeStringField("total_a", Money.fixed(d.totalA(), c));
          json.writeStringField("total_b", Money.fixed(d.totalB(), c));
          json.writeStringField("delta", Money.fixed(d.delta(), c));
          json.writeArrayFieldStart("rows");
          for (PayoutDiff.Row r : d.rows()) {
            json.writeStartObject();
            json.writeStringField("participant", r.participant());
            json.writeStringField("period", r.period());
            json.writeStringField("a", Money.fixed(r.a(), c));
            json.writeStringField("b", Money.fixed(r.b(), c));
            json.writeStringField("delta", Money.fixed(r.delta(), c));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /** The forecast's totals per open period and per participant (the /forecast page's figures). */
  void forecast(Context ctx) {
    if (!analyst(ctx)) return;
    StringBuilder why = new StringBuilder();
    Integer runs = ForecastView.runs(ctx.queryParam("runs"), why);
    Long seed = ForecastView.seed(ctx.queryParam("seed"), why);
    java.time.LocalDate asOf = ForecastView.asOf(ctx.queryParam("as_of"), why);
    if (runs == null || seed == null || asOf == ForecastView.BAD) {
      error(ctx, 400, why.toString());
      return;
    }
    ForecastView.Outcome o = dashboard.forecasts().get(asOf, runs, seed);
    if (!o.ok()) {
      send(ctx, 422, json -> ForecastJson.problems(json, o));
      return;
    }
    send(ctx, 200, json -> ForecastJson.write(json, o.forecast()));
  }

  /** The what-if of the form fields (as the page's form, form- or query-encoded). */
  void whatIf(Context ctx) {
    WhatIfView w = WhatIfView.of(dashboard.data(), ctx::formParam);
    if (w.impact() == null) {
      send(ctx, 422, json -> errors(json, w.errors()));
      return;
    }
    Impact i = w.impact();
    String c = dashboard.data().view().figures().currency();
    send(
        ctx,
        200,
        json -> {
          json.writeStartObject();
          json.writeStringField("what_if", w.command());
          json.writeStringField("total_before", Money.fixed(i.totalBefore(), c));
          json.writeStringField("total_after", Money.fixed(i.totalAfter(), c));
          json.writeStringField("delta", Money.fixed(i.totalDelta(), c));
          json.writeArrayFieldStart("changes");
          for (Impact.Change ch : i.changes()) {
            json.writeStartObject();
            json.writeStringField("participant", ch.participant());
            json.writeStringField("period", ch.period());
            json.writeStringField("before", Money.fixed(ch.before(), c));
            json.writeStringField("after", Money.fixed(ch.after(), c));
            json.writeStringField("delta", Money.fixed(ch.delta(), c));
            json.writeStringField("why", ch.why());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void head(JsonGenerator json, LiveData.View view) throws IOException {
    Figures f = view.figures();
    json.writeStringField("plan", f == null ? null : f.planName());
    json.writeStringField("currency", f == null ? null : f.currency());
    json.writeArrayFieldStart("errors"); // the plan on disk has errors: these figures are older
    for (String e : view.errors()) json.writeString(e);
    json.writeEndArray();
  }

  private static void amounts(
      JsonGenerator json, String field, String key, List<Figures.Amount> list, String currency)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Figures.Amount a : list) {
      json.writeStartObject();
      json.writeStringField(key, a.label());
      json.writeStringField("payout", Money.fixed(a.value(), currency));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void errors(JsonGenerator json, List<String> errors) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("errors");
    for (String e : errors) json.writeString(e);
    json.writeEndArray();
    json.writeEndObject();
  }

  private boolean analyst(Context ctx) {
    if (Dashboard.grant(ctx).analyst()) return true;
    error(ctx, 403, "this link does not open this page");
    return false;
  }

  private static void error(Context ctx, int status, String message) {
    send(ctx, status, json -> errors(json, List.of(message)));
  }

  private static void send(Context ctx, int status, Json.Body body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
  }
}
