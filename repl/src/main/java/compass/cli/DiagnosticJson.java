package compass.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import compass.diag.Diagnostic;
import compass.source.DataLocation;
import compass.source.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code compass check --format json}: every diagnostic as {@code {code, severity, message, file,
 * line, column, endLine, endColumn, hint}} and a summary, keys always in that order, for editors
 * and CI. Lines and columns are 1-based; {@code endColumn} is the column just after the span's last
 * character; what a diagnostic does not have is {@code null}. Documented in README.md.
 */
final class DiagnosticJson {
  private static final JsonFactory FACTORY = JsonEscapes.FACTORY;

  private DiagnosticJson() {}

  static String write(List<Diagnostic> diagnostics, int plans) {
    StringWriter text = new StringWriter();
    int errors = 0, warnings = 0;
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(JsonFormat.prettyPrinter());
      json.writeStartObject();
      json.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        if (d.isError()) errors++;
        else warnings++;
        write(json, d);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      json.writeNumberField("plans", plans);
      json.writeNumberField("errors", errors);
      json.writeNumberField("warnings", warnings);
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private static void write(JsonGenerator json, Diagnostic d) throws IOException {
    json.writeStartObject();
    json.writeStringField("code", d.code().id());
    json.writeStringField("severity", d.severity().label());
    json.writeStringField("message", d.message());
    Integer line = null, column = null, endLine = null, endColumn = null;
    String file = null;
    if (d.location() instanceof Span span) {
      file = span.file().path();
      line = span.line();
      column = span.column();
      int end = Math.max(span.start(), span.end());
      endLine = span.file().lineOf(end);
      endColumn = span.file().columnOf(end);
    } else if (d.location() instanceof DataLocation at) {
      file = at.file();
      if (at.line() > 0) {
        line = (int) at.line();
        column = Math.max(at.column(), 1);
      }
    }
    json.writeStringField("file", file);
    number(json, "line", line);
    number(json, "column", column);
    number(json, "endLine", endLine);
    number(json, "endColumn", endColumn);
    json.writeStringField("hint", d.hint());
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String key, Integer value) throws IOException {
    json.writeFieldName(key);
    if (value == null) json.writeNull();
    else json.writeNumber(value);
  }
}
