package compass.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan's test reads its rows from a workbook or a JSON Lines file beside the plan exactly as from
 * a CSV file (`deals from "test-deals.xlsx"`): the same loader, so the same result.
 */
class TestsReadEveryFormatTest {
  // SEMANTICS 5: quota 100,000 a quarter, marginal bands 5% / 8% / 12% at 0 / 50% / 100%;
  // 130,000 of bookings pay 50,000 x 5% + 50,000 x 8% + 30,000 x 12% = 10,100
  private static final String PLAN =
      """
      plan "Tiers" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages open, closed_won

      input people from "people.csv":
        id: text
        role: text

      input deals from "deals.csv":
        id: text
        owner: person
        amount: money
        stage: stage
        close_date: date optional

      credit deals where stage is closed_won to owner on close_date

      quota = 100_000 per quarter
      bookings = sum of amount

      component "Commission":
        marginal tiers on bookings
          from 0% pay 5%
          from 50% pay 8%
          from 100% pay 12%

      test "from a file":
        people: ann ae
        deals from "FILE"
        expect payout(ann, 2027-Q1) = 10_100.00
      """;

  @TempDir Path dir;

  private void passes(String file) throws IOException {
    Path plan = dir.resolve("plan.comp");
    Files.writeString(plan, PLAN.replace("FILE", file));
    TestReport r = PlanTests.run(plan, false);
    assertTrue(
        r.outcomes().get(0).passed(),
        () -> r.outcomes() + DiagnosticRenderer.renderAll(r.diagnostics()));
  }

  @Test
  void aTestReadsAWorkbookBesideThePlan() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(dir.resolve("test-deals.xlsx"))) {
      var sheet = wb.createSheet("deals");
      Row header = sheet.createRow(0);
      String[] names = {"id", "owner", "amount", "stage", "close_date"};
      for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("A");
      row.createCell(1).setCellValue("ann");
      row.createCell(2).setCellValue(130000.0);
      row.createCell(3).setCellValue("closed_won");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
      row.createCell(4).setCellValue(LocalDate.of(2027, 1, 10));
      row.getCell(4).setCellStyle(date);
      wb.write(out);
    }
    passes("test-deals.xlsx");
  }

  @Test
  void aTestReadsJsonLinesBesideThePlan() throws IOException {
    Files.writeString(
        dir.resolve("test-deals.jsonl"),
        "{\"id\": \"A\", \"owner\": \"ann\", \"amount\": 130000, \"stage\": \"closed_won\","
            + " \"close_date\": \"2027-01-10\"}\n");
    passes("test-deals.jsonl");
  }
}
