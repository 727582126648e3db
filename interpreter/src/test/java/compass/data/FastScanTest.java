package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.check.CheckedPlan;
import compass.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class FastScanTest {
  static final List<String> PEOPLE = List.of("p1", "p2");
  static final List<String> STAGES = Fixtures.STAGES;
  static final String FIELDS =
      "id TEXT, owner PERSON, amount MONEY, stage STAGE, close DATE, term INTEGER, note TEXT?";
  static final TableSchema SCHEMA = Fixtures.schema("deals.csv", FIELDS);
  static final String HEADER = "id,owner,amount,stage,close,term,note\n";

  @TempDir Path dir;

  private FastScanCheck.Scanned scan(String csv, int ranges) throws FastScan.NotSimple {
    Path file = Fixtures.write(dir, "deals.csv", csv);
    return FastScanCheck.scan(file, SCHEMA, PEOPLE, STAGES, 4, ranges, 2);
  }

  @Test
  void readsTheCellsByTheirTypes() throws Exception {
    FastScanCheck.Scanned s =
        scan(
            HEADER
                + "d1,p2,12.5,closed_won,2027-03-01,24,core\n"
                + "d2,p1,-0.0001,prospecting,1970-01-02,-7,big deal\r\n"
                + "d3,p1,007,closed_lost,2024-02-29,0,core",
            1);
    assertEquals(3, s.result().rows());
    // 12.5 at scale 4 is 125000; 2027-03-01 is day 20878 after 1970-01-01 (LocalDate says so)
    assertEquals(
        List.of(0L, 1L, 125_000L, 2L, LocalDate.of(2027, 3, 1).toEpochDay(), 24L, 0L),
        boxed(s.rows().get(0)));
    assertEquals(List.of(1L, 0L, -1L, 0L, 1L, -7L, 1L), boxed(s.rows().get(1)));
    assertEquals(
        List.of(2L, 0L, 70_000L, 3L, LocalDate.of(2024, 2, 29).toEpochDay(), 0L, 0L),
        boxed(s.rows().get(2)));
    assertEquals(List.of("d1", "d2", "d3"), s.result().texts().get(0));
    assertEquals(List.of("core", "big deal"), s.result().texts().get(6));
    assertEquals(null, s.result().texts().get(1));
    FastScanCheck.assertSame(
        FastScanCheck.load(dir, SCHEMA, PEOPLE, STAGES), s, SCHEMA, PEOPLE, STAGES, 4);
  }

  @Test
  void extraColumnsInAnyOrderAndABomAreRead() throws Exception {
    String csv =
        "\uFEFFx,note,term , close,stage,amount,owner,id,y\n"
            + ",n,1,2027-01-01,closed_won,1,p1,d1, any thing \n"
            + "1,n,2,2027-01-02,closed_won,2.25,p2,d2,\n";
    FastScanCheck.Scanned s = scan(csv, 3);
    assertEquals(2, s.result().rows());
    assertEquals(22_500L, s.rows().get(1)[2]);
    FastScanCheck.assertSame(
        FastScanCheck.load(dir, SCHEMA, PEOPLE, STAGES), s, SCHEMA, PEOPLE, STAGES, 4);
  }

  @Test
  void aHeaderAloneHasNoRows() throws Exception {
    assertEquals(0, scan(HEADER, 4).result().rows());
    assertEquals(0, scan(HEADER.trim(), 4).result().rows());
  }

  /** Each reason to refuse, with a line the loader would report or read otherwise. */
  /** An empty cell in an optional field is the loader's missing value, of every type. */
  @Test
  void readsAnEmptyOptionalCellAsMissing() throws Exception {
    TableSchema optional =
        Fixtures.schema(
            "deals.csv",
            "id TEXT, owner PERSON?, amount MONEY?, stage STAGE?, close DATE?, term INTEGER?,"
                + " note TEXT?");
    String csv =
        HEADER
            + "d1,p1,1.5,closed_won,2027-01-01,12,\n"
            + "d2,,,,,,\r\n"
            + "d3,p2,,prospecting,,7,x\n"
            + "d4,,2.25,,2027-02-03,,";
    Path file = Fixtures.write(dir, "deals.csv", csv);
    for (int pieces : new int[] {1, 3}) {
      FastScanCheck.Scanned s = FastScanCheck.scan(file, optional, PEOPLE, STAGES, 4, pieces, 2);
      assertEquals(4, s.result().rows());
      FastScanCheck.assertSame(
          FastScanCheck.load(dir, optional, PEOPLE, STAGES), s, optional, PEOPLE, STAGES, 4);
    }
    // d2: every optional cell empty, each read as MISSING
    FastScanCheck.Scanned s = FastScanCheck.scan(file, optional, PEOPLE, STAGES, 4, 1, 1);
    for (int f = 1; f < 7; f++) assertEquals(FastScan.MISSING, s.rows().get(1)[f]);
    // an empty required cell is still refused (the loader reports it, E0512)
    assertThrows(
        FastScan.NotSimple.class, () -> scan(HEADER + ",p1,1.5,closed_won,2027-01-01,12,x\n", 1));
  }

  @TestFactory
  Stream<DynamicTest> refusesWhatIsNotThePlainCase() {
    String ok = "d1,p1,1.5,closed_won,2027-01-01,12,core";
    String[][] cases = {
      {"a quote", "\"d1\",p1,1.5,closed_won,2027-01-01,12,core"},
      {"a quote inside", "d\"1,p1,1.5,closed_won,2027-01-01,12,core"},
      {"a blank line", "\n" + ok},
      {"a trailing blank line", ok + "\n\n"},
      {"a line of commas", ",,,,,,\n" + ok},
      {"too few cells", "d1,p1,1.5,closed_won,2027-01-01,12"},
      {"too many cells", ok + ",x"},
      {"a lone CR", ok + "\r" + ok.replace("d1", "d2")},
      {"a CR inside", "d\r1,p1,1.5,closed_won,2027-01-01,12,core"},
      {"a tab", "d1,p1,1.5,closed_won,2027-01-01,12,core\t"},
      {"a control character", "d1,p1,1.5,closed_won,2027-01-01,12,co\u0001re"},
      {"DEL", "d1,p1,1.5,closed_won,2027-01-01,12,co\u007fre"},
      {"a byte outside ASCII", "d1,p1,1.5,closed_won,2027-01-01,12,caf\u00e9"},
      {"an empty required cell", "d1,,1.5,closed_won,2027-01-01,12,core"},
      {"a space before", "d1, p1,1.5,closed_won,2027-01-01,12,core"},
      {"a space after", "d1,p1,1.5,closed_won,2027-01-01,12,core "},
      {"a space in a number", "d1,p1,1.5 ,closed_won,2027-01-01,12,core"},
      {"1.", "d1,p1,1.,closed_won,2027-01-01,12,core"},
      {".5", "d1,p1,.5,closed_won,2027-01-01,12,core"},
      {"+5", "d1,p1,+5,closed_won,2027-01-01,12,core"},
      {"1e3", "d1,p1,1e3,closed_won,2027-01-01,12,core"},
      {"a thousands separator", "d1,p1,1_000,closed_won,2027-01-01,12,core"},
      {"more decimals than the scale", "d1,p1,1.00001,closed_won,2027-01-01,12,core"},
      {"19 digits", "d1,p1,1234567890123456789,closed_won,2027-01-01,12,core"},
      {"too large at the scale", "d1,p1,123456789012345678,closed_won,2027-01-01,12,core"},
      {"a minus alone", "d1,p1,-,closed_won,2027-01-01,12,core"},
      {"a decimal integer", "d1,p1,1.5,closed_won,2027-01-01,12.0,core"},
      {"19-digit integer", "d1,p1,1.5,closed_won,2027-01-01,1000000000000000000,core"},
      {"no such date", "d1,p1,1.5,closed_won,2027-02-29,12,core"},
      // after dates of the same month and the day before it were read (FastRange keeps the days
      // it has seen): the 29th of February of a year not leap is still refused
      {
        "no such date after its month's days",
        "d1,p1,1.5,closed_won,2027-02-28,12,core\n"
            + "d2,p1,1.5,closed_won,2027-02-01,12,core\n"
            + "d3,p1,1.5,closed_won,2024-02-29,12,core\n"
            + "d4,p1,1.5,closed_won,2027-02-29,12,core"
      },
      {"a short date", "d1,p1,1.5,closed_won,2027-2-3,12,core"},
      {"month 13", "d1,p1,1.5,closed_won,2027-13-01,12,core"},
      {"day 0", "d1,p1,1.5,closed_won,2027-01-00,12,core"},
      {"a slashed date", "d1,p1,1.5,closed_won,2027/01/01,12,core"},
      {"a date and time", "d1,p1,1.5,closed_won,2027-01-01T00:00,12,core"},
      {"an unknown person", "d1,p3,1.5,closed_won,2027-01-01,12,core"},
      {"a person in another case", "d1,P1,1.5,closed_won,2027-01-01,12,core"},
      {"an unknown stage", "d1,p1,1.5,won,2027-01-01,12,core"},
      {"a stage in another case", "d1,p1,1.5,Closed_Won,2027-01-01,12,core"},
      {"a repeated id", ok + "\n" + ok.replace("p1", "p2")},
    };
    return Arrays.stream(cases)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c[0],
                    () -> {
                      String csv = HEADER + c[1] + "\n";
                      assertThrows(FastScan.NotSimple.class, () -> scan(csv, 1), c[0]);
                      assertThrows(FastScan.NotSimple.class, () -> scan(csv, 3), c[0]);
                    }));
  }

  @Test
  void refusesACarriageReturnEndingTheFile() {
    // the loader reads it as a line end; refused all the same, as any CR without its LF
    assertThrows(
        FastScan.NotSimple.class,
        () -> scan(HEADER + "d1,p1,1.5,closed_won,2027-01-01,12,core\r", 1));
  }

  @TestFactory
  Stream<DynamicTest> refusesAHeaderOrSchemaThatIsNotPlain() {
    String row = "d1,p1,1.5,closed_won,2027-01-01,12,core\n";
    String[][] cases = {
      {"an empty file", ""},
      {"a blank header", "\n" + row},
      {"a quoted header", "\"id\",owner,amount,stage,close,term,note\n" + row},
      {"a column named twice", "id,owner,amount,stage,close,term,note,id\n" + row.trim() + ",d2\n"},
      {
        "a missing column", "id,owner,amount,stage,close,term\nd1,p1,1.5,closed_won,2027-01-01,12\n"
      },
      {"a header outside ASCII", "id,owner,amount,stage,close,term,note,\u00e9\n" + row},
      {"a header with a control character", "id,owner,amount,stage,close,term,note\u0001\n" + row},
    };
    return Arrays.stream(cases)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c[0],
                    () -> {
                      assertThrows(FastScan.NotSimple.class, () -> scan(c[1], 1), c[0]);
                    }));
  }

  @Test
  void refusesFieldsAndFilesItDoesNotRead() throws Exception {
    Path file = Fixtures.write(dir, "deals.csv", "id,share\nd1,0.5\n");
    for (String type : List.of("PERCENT", "BOOL", "PERIOD")) {
      TableSchema schema = Fixtures.schema("deals.csv", "id TEXT, share " + type);
      assertThrows(
          FastScan.NotSimple.class,
          () -> FastScanCheck.scan(file, schema, PEOPLE, STAGES, 4, 1, 1),
          type);
    }
    TableSchema sheet =
        new TableSchema(
            "deals",
            "deals.csv",
            Fixtures.schema("deals.csv", "id TEXT").fields(),
            null,
            "Sheet1",
            List.of(),
            null,
            null);
    assertThrows(
        FastScan.NotSimple.class, () -> FastScanCheck.scan(file, sheet, PEOPLE, STAGES, 4, 1, 1));
    TableSchema jsonl = Fixtures.schema("deals.jsonl", "id TEXT");
    assertThrows(
        FastScan.NotSimple.class, () -> FastScanCheck.scan(file, jsonl, PEOPLE, STAGES, 4, 1, 1));
    TableSchema person = Fixtures.schema("deals.csv", "id TEXT, share PERSON");
    assertThrows(
        FastScan.NotSimple.class, () -> FastScanCheck.scan(file, person, null, STAGES, 4, 1, 1));
    TableSchema stage = Fixtures.schema("deals.csv", "id TEXT, share STAGE");
    assertThrows(
        FastScan.NotSimple.class,
        () -> FastScanCheck.scan(file, stage, PEOPLE, List.of("a", "a"), 4, 1, 1));
  }

  @Test
  void theMessageSaysWhere() {
    FastScan.NotSimple e =
        assertThrows(
            FastScan.NotSimple.class,
            () -> scan(HEADER + "d1,p1,1.5,closed_won,2027-01-01,12,\"core\"\n", 1));
    // the line starts after the 38-byte header; the quote is its 36th byte
    assertEquals("deals.csv, the line at byte 38 (byte 73): a quote", e.getMessage());
    assertEquals(0, e.getStackTrace().length);
  }

  /** Many lines, to cut in pieces: the same rows whatever the number of pieces. */
  @Test
  void anyNumberOfPiecesGivesTheSameRows() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 3000; i++) {
      csv.append("d")
          .append(i)
          .append(",p")
          .append(1 + i % 2)
          .append(',')
          .append(i % 977)
          .append('.')
          .append(i % 10)
          .append(',')
          .append(STAGES.get(i % 4))
          .append(",2027-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 9)
          .append(',')
          .append(i % 50)
          .append(",n")
          .append(i % 7)
          .append(i % 3 == 0 ? "\r\n" : "\n");
    }
    List<List<Long>> one = null;
    for (int ranges : new int[] {1, 2, 7, 64}) {
      FastScanCheck.Scanned s = scan(csv.toString(), ranges);
      assertEquals(3000, s.result().rows(), "pieces: " + ranges);
      // texts are numbered in the order threads meet them: compare their values
      List<List<Long>> rows = new ArrayList<>();
      for (long[] r : s.rows()) {
        List<Long> values = boxed(r);
        values.set(0, Long.parseLong(s.result().texts().get(0).get((int) r[0]).substring(1)));
        values.set(6, (long) s.result().texts().get(6).get((int) r[6]).hashCode());
        rows.add(values);
      }
      // pieces concatenated in order are the file's order; as a multiset too
      if (one == null) one = rows;
      assertEquals(one, rows, "pieces: " + ranges);
      List<List<Long>> sorted = new ArrayList<>(rows);
      sorted.sort(Comparator.comparing(Object::toString));
      List<List<Long>> sortedOne = new ArrayList<>(one);
      sortedOne.sort(Comparator.comparing(Object::toString));
      assertEquals(sortedOne, sorted);
      FastScanCheck.assertSame(
          FastScanCheck.load(dir, SCHEMA, PEOPLE, STAGES), s, SCHEMA, PEOPLE, STAGES, 4);
    }
  }

  /** B1's small data (the benchmark's): every deal as the loader reads it. */
  @Test
  void readsTheB1SmallDataAsTheLoaderDoes() throws Exception {
    Path data = Path.of("..", "..", "shared", "bench", "data-small").toAbsolutePath().normalize();
    Path plan = Path.of("..", "stdlib-plans", "plans", "b1", "b1.comp");
    if (!Files.isDirectory(data)) data = Path.of("/work/shared/bench/data-small");
    Diagnostics diags = new Diagnostics();
    CheckedPlan checked = Compass.load(plan, diags);
    TableSchema deals = checked.deals();
    List<String> people = new ArrayList<>();
    List<String> lines = Files.readAllLines(data.resolve("people.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) people.add(line.split(",", -1)[0]);
    for (int ranges : new int[] {1, 5}) {
      FastScanCheck.Scanned s =
          FastScanCheck.scan(
              data.resolve(deals.file()), deals, people, checked.stages(), 2, ranges, 2);
      Table table = FastScanCheck.load(data, deals, people, checked.stages());
      assertTrue(table.rowCount() > 1000, "rows: " + table.rowCount());
      FastScanCheck.assertSame(table, s, deals, people, checked.stages(), 2);
    }
  }

  private static List<Long> boxed(long[] cells) {
    List<Long> out = new ArrayList<>();
    for (long c : cells) out.add(c);
    return out;
  }
}
