package compass.web.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** URLs of the pages, ids URL-encoded (the template then escapes the attribute). */
public final class Links {
  private Links() {}

  public static String participant(String id) {
    return "/participant?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /** A bar chart's data for the page's script (drawing only), as JSON in a data attribute. */
  public static String bars(String name, List<Figures.Amount> amounts) {
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("name", name);
          json.writeArrayFieldStart("labels");
          for (Figures.Amount a : amounts) json.writeString(a.label());
          json.writeEndArray();
          json.writeArrayFieldStart("values");
          for (Figures.Amount a : amounts) json.writeNumber(Money.plot(a.value()));
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /** The attainment histogram's data. */
  public static String histogram(List<Figures.Bucket> buckets) {
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("name", "participants");
          json.writeBooleanField("counts", true); // whole numbers on the axis
          json.writeArrayFieldStart("labels");
          for (Figures.Bucket b : buckets) json.writeString(b.label());
          json.writeEndArray();
          json.writeArrayFieldStart("values");
          for (Figures.Bucket b : buckets) json.writeNumber(b.count());
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /**
   * The fan chart's data (drawing only): per open period the P10, P50 and P90 of the total payout,
   * the stage-weighted payout and what was earned so far.
   */
  public static String fan(List<compass.result.Forecast.Row> periods) {
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("labels");
          for (var r : periods) json.writeString(r.period());
          json.writeEndArray();
          series(json, "p10", periods, compass.result.Forecast.Row::p10);
          series(json, "p50", periods, compass.result.Forecast.Row::p50);
          series(json, "p90", periods, compass.result.Forecast.Row::p90);
          series(json, "weighted", periods, compass.result.Forecast.Row::stageWeighted);
          series(json, "earned", periods, compass.result.Forecast.Row::earnedSoFar);
          json.writeEndObject();
        });
  }

  private static void series(
      com.fasterxml.jackson.core.JsonGenerator json,
      String name,
      List<compass.result.Forecast.Row> rows,
      java.util.function.Function<compass.result.Forecast.Row, java.math.BigDecimal> value)
      throws java.io.IOException {
    json.writeArrayFieldStart(name);
    for (var r : rows) json.writeNumber(Money.plot(value.apply(r)));
    json.writeEndArray();
  }
}
