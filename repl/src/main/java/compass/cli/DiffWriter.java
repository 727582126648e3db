package compass.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import compass.api.PayoutDiff;
import compass.diag.Printable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link PayoutDiff} as a table, CSV or JSON, through the same {@link Sheet} writers as
 * {@code compass run}. Every format has every row, largest change first, except the table, which
 * leaves out unchanged rows unless asked ({@code --all}) and says how many it left out.
 */
final class DiffWriter {
  static final List<String> COLUMNS =
      List.of("participant", "period", "payout_a", "payout_b", "delta", "currency");
  private static final JsonFactory FACTORY = JsonEscapes.FACTORY;

  private DiffWriter() {}

  /** Where the two plans came from, as the user named them, and their names. */
  record Sides(String sourceA, String nameA, String sourceB, String nameB) {}

  static String write(PayoutDiff diff, Sides sides, Format format, boolean all) {
    return switch (format) {
      case CSV -> CsvFormat.write(sheet(diff, true));
      case JSON -> json(diff, sides);
      case TABLE -> table(diff, sides, all);
    };
  }

  private static Sheet sheet(PayoutDiff diff, boolean all) {
    List<List<Cell>> rows = new ArrayList<>();
    for (PayoutDiff.Row r : diff.rows()) {
      if (!all && !r.changed()) continue;
      rows.add(
          List.of(
              new Cell.Text(r.participant()),
              new Cell.Text(r.period()),
              new Cell.Amount(r.a()),
              new Cell.Amount(r.b()),
              new Cell.Amount(r.delta()),
              new Cell.Text(diff.currency())));
    }
    return new Sheet("rows", COLUMNS, rows, 4, 5);
  }

  private static String table(PayoutDiff diff, Sides sides, boolean all) {
    StringBuilder out = new StringBuilder();
    out.append("A: ")
        .append(Printable.escape(sides.sourceA()))
        .append(" (")
        .append(Printable.escape(sides.nameA()))
        .append(")\n");
    out.append("B: ")
        .append(Printable.escape(sides.sourceB()))
        .append(" (")
        .append(Printable.escape(sides.nameB()))
        .append(")\n\n");
    Sheet sheet = sheet(diff, all);
    if (sheet.rows().isEmpty()) out.append("no payout changes\n");
    else out.append(TableFormat.write(sheet));
    long unchanged = diff.rows().size() - diff.changed();
    out.append('\n')
        .append("total A ")
        .append(Amounts.grouped(diff.totalA(), diff.currency()))
        .append(' ')
        .append(diff.currency())
        .append(", total B ")
        .append(Amounts.grouped(diff.totalB(), diff.currency()))
        .append(' ')
        .append(diff.currency())
        .append(", change ")
        .append(signed(diff.delta(), diff.currency()))
        .append(' ')
        .append(diff.currency())
        .append('\n')
        .append(diff.changed())
        .append(" of ")
        .append(diff.rows().size())
        .append(" payouts changed");
    if (unchanged > 0 && !all)
      out.append("; ").append(unchanged).append(" unchanged not shown (--all shows them)");
    return out.append('\n').toString();
  }

  private static String signed(BigDecimal v, String currency) {
    return (v.signum() > 0 ? "+" : "") + Amounts.grouped(v, currency);
  }

  private static String json(PayoutDiff diff, Sides sides) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      json.setPrettyPrinter(JsonFormat.prettyPrinter());
      json.writeStartObject();
      side(json, "a", sides.sourceA(), sides.nameA(), diff.totalA());
      side(json, "b", sides.sourceB(), sides.nameB(), diff.totalB());
      json.writeStringField("currency", diff.currency());
      json.writeNumberField("delta", diff.delta());
      json.writeNumberField("changed", diff.changed());
      json.writeNumberField("unchanged", diff.rows().size() - diff.changed());
      json.writeArrayFieldStart("rows");
      for (PayoutDiff.Row r : diff.rows()) {
        json.writeStartObject();
        json.writeStringField("participant", r.participant());
        json.writeStringField("period", r.period());
        amount(json, "payout_a", r.a());
        amount(json, "payout_b", r.b());
        json.writeNumberField("delta", r.delta());
        json.writeStringField("currency", diff.currency());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private static void side(
      JsonGenerator json, String key, String source, String name, BigDecimal total)
      throws IOException {
    json.writeObjectFieldStart(key);
    json.writeStringField("source", source);
    json.writeStringField("plan", name);
    json.writeNumberField("total", total);
    json.writeEndObject();
  }

  private static void amount(JsonGenerator json, String key, BigDecimal v) throws IOException {
    json.writeFieldName(key);
    if (v == null) json.writeNull();
    else json.writeNumber(v);
  }
}
