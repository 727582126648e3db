package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A CSV file handed over a line at a time (issue 21: Spark's text source, which ends a line at LF,
 * CRLF or CR and drops the line end) and split by {@link CsvLine}: the same diagnostics, rendered,
 * and the same rows (under --keep-going, the same rejects) as the file read here.
 */
class CsvLinesLoadTest {
  private static final String FIELDS = "id TEXT, owner PERSON?, amount MONEY, note TEXT?";

  @TempDir Path dir;

  static Stream<String> files() {
    return Stream.of(
        "id,owner,amount,note\nd1,p1,5,a\n\nd2,p2,6,b\n", // a blank line in the middle
        "id,owner,amount,note\nd1,p1,5,a\nd2,p2\nd3,p1,7,c\n", // a short row
        "id,owner,amount,note\nd1,p1,1,000.00,a\n", // a long row
        "id,owner,amount,note\nd1,p1,5,a\n,,,\nd2,p1,6,\n", // a row of empty cells
        "id,owner,amount,note\r\nd1,p1,5,\"\"\r\nd2,\"\",6,\"say \"\"hi\"\"\"\r\n", // "", CRLF
        "id,owner,amount,note\nd1,p1,\"12\" ,x\nd2,p1,5,\"a,b\"\n", // junk after a quote
        "id,owner,amount,note\n\nd1,p1,5,a\n\nd2,p1,x5,a\n", // a bad cell after blank lines
        "id,owner,amount,note\nd1,p1,5,a\n\n,,\n  \n", // blank lines at the end: ignored
        "id,owner,amount,note\nd1,p1,5,a\n,,\nd2,p1,5,a\n", // a blank row of too few commas
        "\uFEFFid,owner,amount,note\nd1, p1 ,5 ,\tb\n"); // a byte order mark, spaces
  }

  @ParameterizedTest
  @MethodSource("files")
  void linesReadAsTheFile(String csv) {
    for (boolean keepGoing : new boolean[] {false, true}) {
      LoadOptions options =
          new LoadOptions(Fixtures.STAGES, Fixtures.OPTIONS.personIds(), keepGoing);
      Diagnostics fileDiags = new Diagnostics();
      Fixtures.write(dir, "deals.csv", csv);
      TableSchema schema = Fixtures.schema("deals.csv", FIELDS);
      Table file = TableLoader.load(schema, dir, options, fileDiags);

      // as the Spark job hands them over: line 1 the header, blank lines at the end left out
      List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\r\n|\r|\n", -1)));
      if (csv.endsWith("\n")) lines.remove(lines.size() - 1);
      int last = lines.size();
      while (last > 1 && TextRows.isBlankCsvLine(lines.get(last - 1))) last--;
      List<TextRows.Row> rows = new ArrayList<>();
      for (int i = 1; i < last; i++) rows.add(new TextRows.Row(i + 1, null, lines.get(i)));
      String head = lines.get(0).replace("\uFEFF", "");
      Diagnostics lineDiags = new Diagnostics();
      Table read =
          TextRows.load(
              schema, List.of(TextRows.csvCells(head)), rows.iterator(), options, lineDiags);

      assertEquals(
          DiagnosticRenderer.renderAll(fileDiags.all()),
          DiagnosticRenderer.renderAll(lineDiags.all()),
          csv);
      assertEquals(file == null, read == null, csv);
      if (file == null || fileDiags.hasErrors()) continue;
      assertEquals(file.rowCount(), read.rowCount(), csv);
      for (int r = 0; r < file.rowCount(); r++) {
        assertEquals(file.lineOf(r), read.lineOf(r), csv);
        for (int f = 0; f < 4; f++)
          assertEquals(cell(file, r, f), cell(read, r, f), csv + " row " + r + " field " + f);
      }
    }
  }

  private static String cell(Table t, int row, int field) {
    Column c = t.column(field);
    if (!c.isPresent(row)) return null;
    if (c instanceof TextColumn text) return text.get(row);
    return ((DecimalColumn) c).get(row).toPlainString();
  }
}
