package compass.cli;

import static compass.cli.Results.line;
import static compass.cli.Results.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import compass.api.RunResult;
import compass.diag.Printable;
import compass.result.Reconciliation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class JsonFormatTest {

  @Test
  void summaryWithExactNumbersAndKeysInOrder() {
    String json =
        StatementWriter.write(
            Results.summary(row("ann", "2027-Q1", "0.10", "123456789012.34", "USD")),
            Format.JSON,
            false);
    assertEquals(
        "{\n"
            + "  \"plan\": \"AE FY2027\",\n"
            + "  \"currency\": \"USD\",\n"
            + "  \"rows\": [\n"
            + "    {\n"
            + "      \"participant\": \"ann\",\n"
            + "      \"period\": \"2027-Q1\",\n"
            + "      \"payout\": 0.10,\n"
            + "      \"ytd\": 123456789012.34,\n"
            + "      \"currency\": \"USD\",\n"
            + "      \"earned\": 0.10,\n"
            + "      \"payable\": 0.10,\n"
            + "      \"held\": 0.00,\n"
            + "      \"draw_balance\": 0.00,\n"
            + "      \"owed\": 0.00\n"
            + "    }\n"
            + "  ],\n"
            + "  \"reconciliation\": {\n"
            + "    \"read\": 20000,\n"
            + "    \"credited\": 13000,\n"
            + "    \"excluded\": [\n"
            + "      {\n"
            + "        \"reason\": \"stage is closed_won\",\n"
            + "        \"count\": 5200\n"
            + "      },\n"
            + "      {\n"
            + "        \"reason\": \"close_date in the plan year\",\n"
            + "        \"count\": 1800\n"
            + "      }\n"
            + "    ]\n"
            + "  }\n"
            + "}\n",
        json);
  }

  @Test
  void linesUseTheLinesKeyAndNullForMissingText() throws Exception {
    String json =
        StatementWriter.write(
            Results.lines(line("ann", "SPIF \"Q1\"", "", "1E+3", null)), Format.JSON, true);
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(List.of("plan", "currency", "lines", "reconciliation"), fieldNames(root));
    JsonNode first = root.get("lines").get(0);
    assertEquals(
        List.of("participant", "period", "component", "deal", "amount", "currency", "note"),
        fieldNames(first));
    assertEquals("SPIF \"Q1\"", first.get("component").asText());
    assertEquals("", first.get("deal").asText());
    assertEquals(true, first.get("note").isNull());
    assertEquals(true, json.contains("\"amount\": 1000,"), json); // plain, never 1E+3
  }

  @Test
  void emptyRunAndMissingReconciliation() {
    RunResult r =
        new RunResult(
            List.of(), List.of(), List.of(), new Reconciliation(0, 0, List.of()), "P", "EUR");
    assertEquals(
        "{\n  \"plan\": \"P\",\n  \"currency\": \"EUR\",\n  \"rows\": [ ],\n"
            + "  \"reconciliation\": {\n    \"read\": 0,\n    \"credited\": 0,\n    \"excluded\": [ ]\n"
            + "  }\n}\n",
        StatementWriter.write(r, Format.JSON, false));
  }

  @Test
  void deterministicUnderAGermanLocale() {
    var result = Results.summary(row("ann", "2027-Q1", "1234567.89", "0.10", "USD"));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      String a = StatementWriter.write(result, Format.JSON, false);
      Locale.setDefault(Locale.GERMANY);
      assertEquals(a, StatementWriter.write(result, Format.JSON, false));
      assertEquals(a, StatementWriter.write(result, Format.JSON, false));
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // issue 12, point 7: text from the data reaches a terminal that shows the JSON (`cat out.json`)
  // only as JSON escapes; a JSON reader gets back exactly the text of the data
  @Test
  void controlAndBidiCharactersOfTheDataAreJsonEscapes() throws Exception {
    String note = "\u001B[31mred\u001B[0m \u007F \u0085 \u202Eevil\u202C \u2028 caf\u00E9 \t";
    String json =
        StatementWriter.write(
            Results.lines(line("ann", "Commission", "D1", "-5.00", note)), Format.JSON, true);
    assertEquals(
        true,
        json.contains(
            "\"note\": \"\\u001B[31mred\\u001B[0m \\u007F \\u0085 \\u202Eevil\\u202C \\u2028 caf\u00E9 \\t\""),
        json);
    assertEquals(true, json.contains("\"amount\": -5.00,"), json);
    for (char c : json.toCharArray())
      assertEquals(false, Printable.isHostile(c) && c != '\n', "raw " + (int) c + " in " + json);
    JsonNode parsed = new ObjectMapper().readTree(json);
    assertEquals(note, parsed.get("lines").get(0).get("note").asText());
  }
}
