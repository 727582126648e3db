package compass.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import compass.api.ExplainResult;
import compass.result.Explanation;
import compass.result.StatementRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * {@code explain --format json}: one object, the schema of docs/explain-json.md. Amounts are JSON
 * numbers written exactly from their BigDecimal, at the currency's scale for the payout, the
 * statement, components and lines ({@code 24220.00}), as in {@code run --format json}; never a
 * binary float. Every line is listed (no folding), and a component that paid nothing says why.
 */
final class ExplainJson {
  /** Raised when the schema changes in a way a reader would notice. */
  static final int SCHEMA = 1;

  private ExplainJson() {}

  static String write(ExplainResult result) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JsonEscapes.FACTORY.createGenerator(text)) {
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      json.setPrettyPrinter(JsonFormat.prettyPrinter());
      json.writeStartObject();
      json.writeNumberField("schema", SCHEMA);
      StatementRow row = result.row();
      json.writeStringField("participant", row.participant());
      json.writeStringField("period", row.period());
      json.writeStringField("currency", result.currency());
      json.writeNumberField("payout", row.payout());
      json.writeObjectFieldStart("statement");
      json.writeNumberField("earned", row.earned());
      json.writeNumberField("payable", row.payable());
      json.writeNumberField("held", row.held());
      json.writeNumberField("draw_balance", row.drawBalance());
      json.writeNumberField("owed", row.owed());
      json.writeEndObject();
      json.writeFieldName("explanation");
      node(json, result.explanation());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private static void node(JsonGenerator json, Explanation n) throws IOException {
    json.writeStartObject();
    json.writeStringField("label", n.label());
    number(json, "amount", n.amount());
    if (n.source() != null) json.writeStringField("source", n.source());
    if (n.kind() != null) json.writeStringField("kind", n.kind());
    number(json, "rate", n.rate());
    number(json, "basis", n.basis());
    if ("not_paid".equals(n.kind()) && !n.children().isEmpty())
      json.writeStringField("reason", n.children().get(0).label()); // "not paid: ..."
    json.writeArrayFieldStart("children");
    for (Explanation c : n.children()) node(json, c);
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String field, BigDecimal value)
      throws IOException {
    if (value != null) json.writeNumberField(field, value);
  }
}
