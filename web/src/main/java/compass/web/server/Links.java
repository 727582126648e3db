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
}
