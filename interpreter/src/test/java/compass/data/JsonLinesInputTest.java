package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.result.RejectedRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only JSON Lines has: keys instead of a header, JSON values, lines that are not objects. */
class JsonLinesInputTest {
  private static final String FIELDS = "id TEXT, owner PERSON?, amount MONEY";

  @TempDir Path dir;

  private Table load(String jsonl, LoadOptions options, Diagnostics diags) {
    Fixtures.write(dir, "deals.jsonl", jsonl);
    return TableLoader.load(Fixtures.schema("deals.jsonl", FIELDS), dir, options, diags);
  }

  private static List<String> rendered(Diagnostics diags) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : diags.all()) out.add(d.code() + " " + d.location() + " " + d.message());
    return out;
  }

  @Test
  void keysNameTheColumnsInAnyOrderAndALeftOutKeyOrNullIsEmpty() {
    Diagnostics diags = new Diagnostics();
    Table t =
        load(
            "{\"id\": \"d1\", \"owner\": \"p1\", \"amount\": 731.94, \"note\": {\"x\": 1}}\r\n"
                + "{\"amount\": 1.2e3, \"id\": \"d2\"}\n"
                + "{\"id\": \"d3\", \"owner\": null, \"amount\": \"5\"}\n"
                + "\n",
            Fixtures.OPTIONS,
            diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    // by hand: 1.2e3 is 1200; a nested value in a key the plan does not read is no matter
    assertEquals(List.of("d1 | p1 | 731.94", "d2 | - | 1200", "d3 | - | 5"), FormatsTest.dump(t));
    assertEquals(List.of(1L, 2L, 3L), List.of(t.lineOf(0), t.lineOf(1), t.lineOf(2)));
  }

  @Test
  void badLinesAreErrorsAtTheirLineAndKey() {
    Diagnostics diags = new Diagnostics();
    load(
        "{\"id\": \"d1\", \"owner\": \"p1\", \"amount\": 5}\n"
            + "[\"d2\", 5]\n"
            + "{\"id\": \"d3\", \"amount\": {\"value\": 5}}\n"
            + "{\"id\": \"d4\", \"amount\": 5, \"amount\": 6}\n"
            + "{\"id\": \"d5\", \"amount\": 5\n"
            + "\n"
            + "{\"id\": \"d7\", \"amount\": 5} {}\n",
        Fixtures.OPTIONS,
        diags);
    assertEquals(
        List.of(
            "E0535 deals.jsonl:2:1 line 2 is not a JSON object: each line must be one {...} naming"
                + " its values",
            "E0536 deals.jsonl:3:24 the value of `amount` is an object: a column holds one value",
            "E0537 deals.jsonl:4:37 key `amount` is given twice on line 4",
            "E0535 deals.jsonl:5:1 line 5 is not valid JSON: Unexpected end-of-input: expected"
                + " close marker for Object (column 25)",
            "E0503 deals.jsonl:6:1 line 6 is blank: each line must hold one JSON object",
            "E0535 deals.jsonl:7:1 line 7 holds more than one JSON value: each line must be one"
                + " object"),
        rendered(diags));
  }

  @Test
  void keepGoingRejectsEachBadLineWithItsText() {
    Diagnostics diags = new Diagnostics();
    Table t =
        load(
            "{\"id\": \"d1\", \"amount\": 5, \"owner\": null}\n"
                + "not json\n"
                + "{\"id\": \"d3\", \"amount\": [5]}\n"
                + "{\"id\": \"d4\", \"amount\": 6}\n",
            new LoadOptions(Fixtures.STAGES, Fixtures.OPTIONS.personIds(), true),
            diags);
    assertTrue(diags.isEmpty(), diags.all()::toString);
    assertEquals(List.of("d1 | - | 5", "d4 | - | 6"), FormatsTest.dump(t));
    assertEquals(
        List.of("2 not json", "3 {\"id\": \"d3\", \"amount\": [5]}"),
        t.rejects().stream().map(r -> r.line() + " " + r.text()).toList());
    assertEquals(
        List.of("deals.jsonl", "deals.jsonl"),
        t.rejects().stream().map(RejectedRow::file).toList());
  }

  @Test
  void aColumnNoLineHasIsMissingAndAnEmptyFileHasNoHeader() {
    Diagnostics diags = new Diagnostics();
    load("{\"id\": \"d1\", \"owner\": \"p1\", \"amout\": 5}\n", Fixtures.OPTIONS, diags);
    assertEquals(
        List.of(
            "E0502 deals.jsonl:1:1 column `amount` is a key of no line of deals.jsonl; the lines"
                + " have the keys: id, owner, amout"),
        rendered(diags));
    assertEquals("did you mean `amout`?", diags.all().get(0).hint());

    Diagnostics empty = new Diagnostics();
    assertNull(load("\n\n", Fixtures.OPTIONS, empty));
    assertEquals(
        List.of("E0509 deals.jsonl deals.jsonl is empty: expected a header row naming the columns"),
        rendered(empty));
  }

  @Test
  void aHugeStringAndBytesThatAreNotUtf8AreRefused() {
    Diagnostics diags = new Diagnostics();
    load(
        "{\"id\": \"" + "x".repeat(40_000) + "\", \"owner\": null, \"amount\": 5}\n",
        Fixtures.OPTIONS,
        diags);
    assertEquals(
        List.of(
            "E0538 deals.jsonl:1:8 the cell holds 40000 characters, more than Excel's limit of"
                + " 32767: it cannot be a value typed in a spreadsheet"),
        rendered(diags));

    Fixtures.writeBytes(
        dir, "deals.jsonl", new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}'});
    Diagnostics latin = new Diagnostics();
    TableLoader.load(Fixtures.schema("deals.jsonl", FIELDS), dir, Fixtures.OPTIONS, latin);
    assertEquals(List.of("E0510 deals.jsonl deals.jsonl is not UTF-8"), rendered(latin));
  }
}
