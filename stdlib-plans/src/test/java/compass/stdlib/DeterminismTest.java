package compass.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same plan and data give the same statement, line items and reconciliation whatever the order
 * of the rows in the data files, byte for byte: every example plan, its CSV rows shuffled (seeded).
 */
class DeterminismTest {
  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> shufflingDataRowsChangesNothing() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.walk(ExamplePlansTest.PLANS)) {
      plans =
          files
              .filter(
                  p ->
                      p.toString().endsWith(".comp")
                          && !p.startsWith(ExamplePlansTest.PLANS.resolve("lib")))
              .sorted()
              .toList();
    }
    return plans.stream()
        .map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> check(plan)));
  }

  private void check(Path plan) throws IOException {
    RunResult original = Compass.run(new RunRequest(plan, null, null));
    assertTrue(original.ok(), () -> DiagnosticRenderer.renderAll(original.diagnostics()));
    Path copy =
        Files.createDirectories(dir.resolve(plan.getFileName().toString().replace(".comp", "")));
    try (Stream<Path> files = Files.list(plan.getParent())) {
      for (Path f : files.toList()) {
        if (f.toString().endsWith(".csv") && !f.getFileName().toString().contains("expected")) {
          Files.write(copy.resolve(f.getFileName()), shuffled(Files.readAllLines(f)));
        } else if (f.toString().endsWith(".xlsx")) {
          shuffleWorkbook(f, copy.resolve(f.getFileName()));
        } else if (f.toString().endsWith(".comp")) {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
    }
    RunResult shuffled = Compass.run(new RunRequest(copy.resolve(plan.getFileName()), null, null));
    assertTrue(shuffled.ok(), () -> DiagnosticRenderer.renderAll(shuffled.diagnostics()));
    assertEquals(
        ExamplePlansTest.statement(original.rows()), ExamplePlansTest.statement(shuffled.rows()));
    // notes name source positions: the copy's folder stands where the plan's own was
    String shuffledLines =
        ExamplePlansTest.lines(shuffled.lines())
            .replace(copy.toString(), plan.getParent().toString());
    assertEquals(ExamplePlansTest.lines(original.lines()), shuffledLines);
    assertEquals(original.reconciliation(), shuffled.reconciliation());
  }

  /**
   * Every sheet of a workbook with its data rows shuffled (fixed seed), the header row first; each
   * cell keeps its value, type and style (a date cell stays a date cell).
   */
  private static void shuffleWorkbook(Path from, Path to) throws IOException {
    try (var in = Files.newInputStream(from);
        var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
        List<List<Object[]>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          List<Object[]> cells = new ArrayList<>();
          org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
          if (row != null) for (org.apache.poi.ss.usermodel.Cell c : row) cells.add(cellOf(c));
          rows.add(cells);
        }
        Collections.shuffle(rows, new Random(27));
        for (int r = 1; r <= rows.size(); r++) {
          org.apache.poi.ss.usermodel.Row old = sheet.getRow(r);
          if (old != null) sheet.removeRow(old);
          org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
          for (Object[] c : rows.get(r - 1)) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell((Integer) c[0]);
            cell.setCellStyle((org.apache.poi.ss.usermodel.CellStyle) c[1]);
            if (c[2] instanceof Double d) cell.setCellValue(d);
            else if (c[2] instanceof Boolean b) cell.setCellValue(b);
            else if (c[2] instanceof String t) cell.setCellValue(t);
          }
        }
      }
      try (var out = Files.newOutputStream(to)) {
        book.write(out);
      }
    }
  }

  /** A cell's column, style and value (a Double, Boolean or String; null when blank). */
  private static Object[] cellOf(org.apache.poi.ss.usermodel.Cell c) {
    Object value =
        switch (c.getCellType()) {
          case NUMERIC -> c.getNumericCellValue();
          case BOOLEAN -> c.getBooleanCellValue();
          case STRING -> c.getStringCellValue();
          default -> null;
        };
    return new Object[] {c.getColumnIndex(), c.getCellStyle(), value};
  }

  /** The header stays first; the data rows are shuffled with a fixed seed. */
  private static List<String> shuffled(List<String> lines) {
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(rows, new Random(27));
    List<String> out = new ArrayList<>();
    out.add(lines.get(0));
    out.addAll(rows);
    return out;
  }
}
