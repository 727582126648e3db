package compass.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import compass.diag.Code;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON Lines file (one JSON object per line, keys naming the columns) with Jackson's
 * streaming parser. A first pass collects the keys of every line, in the order first seen: they are
 * the header, so a key left out of some lines (a null dropped by the exporter) is an empty cell
 * there, and a column the plan needs is reported missing only when no line has it. Values are the
 * text as written: strings, numbers (exactly their digits, never through a double), true and false;
 * null is empty.
 */
final class JsonLinesRows {
  /** Keys beyond this many distinct ones: not a table, and a file made to exhaust memory. */
  static final int MAX_KEYS = 10_000;

  private static final JsonFactory JSON = new JsonFactory();

  private JsonLinesRows() {}

  static void read(Path path, String file, RowSink sink) throws Unreadable, IOException {
    Map<String, Integer> keys = keys(path, file);
    List<String> names = List.copyOf(keys.keySet());
    CellRow header = CellRow.ofLine(1, names.size(), null);
    for (int i = 0; i < names.size(); i++) header.set(i, names.get(i));
    if (!sink.header(keys.isEmpty() && empty(path) ? null : header)) return;
    try (BufferedReader in = reader(path)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        sink.row(row(line, number, keys));
      }
    } catch (CharacterCodingException e) {
      throw notUtf8(file);
    }
  }

  private static boolean empty(Path path) throws IOException {
    try (BufferedReader in = reader(path)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) return false;
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static BufferedReader reader(Path path) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            Files.newInputStream(path),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  private static Unreadable notUtf8(String file) {
    return new Unreadable(
        Code.E0510, file + " is not UTF-8", "save the file as UTF-8, as JSON Lines must be");
  }

  /** The keys of every line that is an object, in the order first seen; bad lines add none. */
  private static Map<String, Integer> keys(Path path, String file) throws Unreadable, IOException {
    Map<String, Integer> keys = new LinkedHashMap<>();
    try (BufferedReader in = reader(path)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank()) continue;
        try (JsonParser p = JSON.createParser(line)) {
          if (p.nextToken() != JsonToken.START_OBJECT) continue;
          for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            keys.putIfAbsent(p.currentName(), keys.size());
            p.nextToken();
            p.skipChildren();
          }
        } catch (JsonProcessingException bad) {
          // reported where the line is read
        }
        if (keys.size() > MAX_KEYS) {
          throw new Unreadable(
              Code.E0535,
              file + " has more than " + MAX_KEYS + " different keys: it is not a table",
              "write one object per line with the same keys, one per column");
        }
      }
    } catch (CharacterCodingException e) {
      throw notUtf8(file);
    }
    return keys;
  }

  /** One line as a row of cells, with any problem as a flaw at its key. */
  private static CellRow row(String line, int number, Map<String, Integer> keys) {
    CellRow row = CellRow.ofLine(number, keys.size(), line);
    if (line.isBlank()) return row;
    Map<Integer, Boolean> seen = new HashMap<>();
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        row.rowFlaw(
            -1,
            Code.E0535,
            "line "
                + number
                + " is not a JSON object: each line must be one {...} naming its values",
            "write the line as {\"id\": \"d1\", \"amount\": 1200, ...}");
        return row;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String key = p.currentName();
        Integer cell = keys.get(key);
        if (cell == null) { // not seen by the first pass: the file changed while it was read
          row.rowFlaw(
              -1,
              Code.E0535,
              "line " + number + " changed while the file was read (key `" + key + "` is new)",
              "read the file again when nothing writes to it");
          return row;
        }
        JsonToken value = p.nextToken();
        row.at(cell, (int) p.currentTokenLocation().getColumnNr());
        if (seen.put(cell, true) != null) {
          row.rowFlaw(
              cell,
              Code.E0537,
              "key `" + key + "` is given twice on line " + number,
              "keep one of them, so it is clear which value is meant");
        }
        value(p, value, row, cell, key);
      }
      if (p.nextToken() != null) {
        row.rowFlaw(
            -1,
            Code.E0535,
            "line " + number + " holds more than one JSON value: each line must be one object",
            "put each object on its own line");
      }
    } catch (JsonProcessingException bad) {
      row.rowFlaw(
          -1,
          Code.E0535,
          "line "
              + number
              + " is not valid JSON: "
              + jacksonMessage(bad)
              + " (column "
              + bad.getLocation().getColumnNr()
              + ")",
          "each line must be one JSON object, e.g. {\"id\": \"d1\", \"amount\": 1200}");
    } catch (IOException e) {
      throw new IllegalStateException("a String in memory cannot fail to be read", e);
    }
    return row;
  }

  private static void value(JsonParser p, JsonToken value, CellRow row, int cell, String key)
      throws IOException {
    switch (value) {
      case VALUE_STRING -> {
        String text = p.getText();
        if (text.length() > ExcelValues.MAX_CELL) {
          row.flaw(cell, Code.E0538, ExcelValues.tooLong(text.length()), Workbooks.LONG_HINT);
        } else {
          row.set(cell, text);
        }
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> row.set(cell, number(p.getText()));
      case VALUE_TRUE -> row.set(cell, "true");
      case VALUE_FALSE -> row.set(cell, "false");
      case VALUE_NULL -> {}
      default -> {
        p.skipChildren();
        row.flaw(
            cell,
            Code.E0536,
            "the value of `"
                + key
                + "` is "
                + (value == JsonToken.START_ARRAY ? "a list" : "an object")
                + ": a column holds one value",
            "flatten the export, one key per column (e.g. \"owner_id\": \"ann\")");
      }
    }
  }

  /** Jackson's message without the parts that describe its own input rather than the line. */
  private static String jacksonMessage(JsonProcessingException bad) {
    String message = bad.getOriginalMessage().lines().findFirst().orElse("");
    int source = message.indexOf(" (start marker");
    return source < 0 ? message : message.substring(0, source);
  }

  /** A number as written, but without an exponent (`1.2e3` is 1200), which cells never have. */
  private static String number(String written) {
    if (written.indexOf('e') < 0 && written.indexOf('E') < 0) return written;
    return new BigDecimal(written).toPlainString();
  }
}
