package compass.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import compass.api.RunResult;
import compass.result.Reconciliation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One pretty-printed JSON object: plan, currency, the rows (or lines) and the reconciliation, keys
 * always in that order. Amounts are JSON numbers written exactly from their BigDecimal.
 */
final class JsonFormat {
  private static final JsonFactory FACTORY = JsonEscapes.FACTORY;

  private JsonFormat() {}

  static String write(RunResult result, Sheet sheet) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      json.setPrettyPrinter(prettyPrinter());
      json.writeStartObject();
      json.writeStringField("plan", result.planName());
      json.writeStringField("currency", result.currency());
      json.writeArrayFieldStart(sheet.key());
      for (List<Cell> row : sheet.rows()) writeRow(json, sheet.columns(), row);
      json.writeEndArray();
      json.writeFieldName("reconciliation");
      writeReconciliation(json, result.reconciliation());
      if (result.reconciliation() != null && !result.reconciliation().others().isEmpty()) {
        // several credit sources: each one's reconciliation, the first as `reconciliation` above
        json.writeFieldName("reconciliations");
        json.writeStartArray();
        for (Reconciliation r : result.reconciliation().all()) writeReconciliation(json, r);
        json.writeEndArray();
      }
      TeamSheet.json(json, result); // issue 15: a budget's figures per team
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private static void writeRow(JsonGenerator json, List<String> columns, List<Cell> row)
      throws IOException {
    json.writeStartObject();
    for (int i = 0; i < columns.size(); i++) {
      json.writeFieldName(columns.get(i));
      Cell cell = row.get(i);
      if (cell instanceof Cell.Amount a) {
        if (a.value() == null) json.writeNull();
        else json.writeNumber(a.value());
      } else if (cell instanceof Cell.Exact e) {
        if (e.value() == null) json.writeNull();
        else json.writeNumber(e.value());
      } else if (cell instanceof Cell.Text t) {
        json.writeString(t.value()); // null becomes JSON null
      } else {
        throw new IllegalStateException("unknown cell " + cell);
      }
    }
    json.writeEndObject();
  }

  private static void writeReconciliation(JsonGenerator json, Reconciliation r) throws IOException {
    if (r == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    if (r.source() != null) { // only with several credit sources
      json.writeStringField("source", r.source().name());
      json.writeStringField("table", r.source().table());
    }
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
    if (r.rejected() > 0)
      json.writeNumberField("rejected", r.rejected()); // only under --keep-going
    json.writeEndObject();
  }

  /** Two-space indent, {@code \n} line ends on every platform, {@code "key": value}. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indent);
    printer.indentObjectsWith(indent);
    return printer;
  }
}
