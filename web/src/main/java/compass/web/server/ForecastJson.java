package compass.web.server;

import com.fasterxml.jackson.core.JsonGenerator;
import compass.result.Forecast;
import java.io.IOException;

/** {@code GET /api/forecast} (docs/web-api.md): the forecast's figures, money as fixed strings. */
final class ForecastJson {
  private ForecastJson() {}

  static void write(JsonGenerator json, Forecast f) throws IOException {
    String c = f.currency();
    json.writeStartObject();
    json.writeStringField("plan", f.planName());
    json.writeStringField("currency", c);
    json.writeStringField("as_of", f.asOf().toString());
    json.writeNumberField("runs", f.runs());
    json.writeNumberField("seed", f.seed());
    json.writeNumberField("open_deals", f.openDeals());
    json.writeNumberField("overdue_deals", f.overdueDeals());
    json.writeArrayFieldStart("rates");
    for (Forecast.StageRate r : f.rates()) {
      json.writeStartObject();
      json.writeStringField("stage", r.stage());
      json.writeStringField("rate", r.rate().toPlainString());
      json.writeStringField("kind", r.kind());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("slips"); // the plan's `close dates slip`, per open stage that slips
    for (Forecast.Slip s : f.slips()) {
      json.writeStartObject();
      json.writeStringField("stage", s.stage());
      json.writeNumberField("from_days", s.fromDays());
      json.writeNumberField("to_days", s.toDays());
      json.writeEndObject();
    }
    json.writeEndArray();
    rows(json, "totals", f.totals(), c);
    rows(json, "participants", f.rows(), c);
    json.writeEndObject();
  }

  /** Why there is no forecast: each error's text, and its code, message and hint apart. */
  static void problems(JsonGenerator json, ForecastView.Outcome o) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("errors");
    for (ForecastView.Problem p : o.problems()) json.writeString(p.message());
    json.writeEndArray();
    json.writeArrayFieldStart("problems");
    for (ForecastView.Problem p : o.problems()) {
      json.writeStartObject();
      json.writeStringField("code", p.code());
      json.writeStringField("message", p.message());
      json.writeStringField("hint", p.hint());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void rows(JsonGenerator json, String field, Iterable<Forecast.Row> rows, String c)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Forecast.Row r : rows) {
      json.writeStartObject();
      json.writeStringField("participant", r.participant());
      json.writeStringField("period", r.period());
      json.writeStringField("earned_so_far", Money.fixed(r.earnedSoFar(), c));
      json.writeStringField("stage_weighted", Money.fixed(r.stageWeighted(), c));
      json.writeStringField("mean", Money.fixed(r.mean(), c));
      json.writeStringField("p10", Money.fixed(r.p10(), c));
      json.writeStringField("p50", Money.fixed(r.p50(), c));
      json.writeStringField("p90", Money.fixed(r.p90(), c));
      json.writeStringField("all_won", Money.fixed(r.allWon(), c));
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
