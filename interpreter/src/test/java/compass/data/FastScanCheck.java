package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Test helpers for {@link FastScan}: its rows collected in file order, and their comparison with
 * the table {@link TableLoader} reads from the same file (the second implementation).
 */
final class FastScanCheck {
  private FastScanCheck() {}

  /** What a scan gave: the rows of every piece in piece order (file order), and the texts. */
  record Scanned(List<long[]> rows, FastScan.Result result) {}

  static Scanned scan(
      Path file,
      TableSchema schema,
      List<String> people,
      List<String> stages,
      int scale,
      int ranges,
      int threads)
      throws FastScan.NotSimple {
    boolean[] keep = new boolean[schema.fields().size()];
    Arrays.fill(keep, true);
    List<List<long[]>> pieces = new ArrayList<>();
    for (int k = 0; k < ranges; k++) pieces.add(new ArrayList<>());
    FastScan.Result result;
    try {
      result =
          FastScan.scan(
              file,
              schema,
              keep,
              people,
              stages,
              scale,
              ranges,
              threads,
              k -> cells -> pieces.get(k).add(cells.clone()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<long[]> rows = new ArrayList<>();
    for (List<long[]> piece : pieces) rows.addAll(piece);
    assertEquals(result.rows(), rows.size(), "rows counted and rows handed over");
    return new Scanned(rows, result);
  }

  /** The loader's table of dir's file, with no diagnostic at all (asserted). */
  static Table load(Path dir, TableSchema schema, List<String> people, List<String> stages) {
    Diagnostics diags = new Diagnostics();
    Table table =
        TableLoader.load(schema, dir, new LoadOptions(stages, new HashSet<>(people)), diags);
    assertTrue(diags.all().isEmpty(), () -> DiagnosticRenderer.renderAll(diags.all()));
    return table;
  }

  /** Every row and field of scanned has the loader's value. */
  static void assertSame(
      Table table,
      Scanned scanned,
      TableSchema schema,
      List<String> people,
      List<String> stages,
      int scale) {
    assertEquals(table.rowCount(), scanned.rows().size(), "rows");
    List<FieldSpec> fields = schema.fields();
    for (int r = 0; r < table.rowCount(); r++) {
      long[] cells = scanned.rows().get(r);
      for (int f = 0; f < fields.size(); f++) {
        Column column = table.column(f);
        String where = "row " + r + " field " + fields.get(f).name();
        long cell = cells[f];
        if (!column.isPresent(r)) { // an empty optional cell
          assertEquals(FastScan.MISSING, cell, where);
          continue;
        }
        switch (fields.get(f).type()) {
          case MONEY, NUMBER -> {
            BigDecimal loaded = ((DecimalColumn) column).get(r);
            assertEquals(0, loaded.compareTo(BigDecimal.valueOf(cell, scale)), where);
          }
          case INTEGER -> assertEquals(((LongColumn) column).get(r), cell, where);
          case DATE ->
              assertEquals(((DateColumn) column).get(r), LocalDate.ofEpochDay(cell), where);
          case PERSON -> assertEquals(((TextColumn) column).get(r), people.get((int) cell), where);
          case STAGE -> assertEquals(((EnumColumn) column).ordinal(r), cell, where);
          case TEXT -> {
            List<String> texts = scanned.result().texts().get(f);
            assertEquals(((TextColumn) column).get(r), texts.get((int) cell), where);
          }
          default -> throw new AssertionError("FastScan read a " + fields.get(f).type());
        }
        if (fields.get(f).type() == ColumnType.STAGE) {
          assertEquals(stages.get(((EnumColumn) column).ordinal(r)), stages.get((int) cell));
        }
      }
    }
  }
}
