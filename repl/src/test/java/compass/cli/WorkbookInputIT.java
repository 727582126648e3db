package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.6 end to end, through the real {@code ./compass}: the ae-quota example with its people,
 * deals and a meetings table read from sheets of one workbook, sdr.xlsx, as the stdlib plan
 * sdr-meetings will; it pays exactly what the CSV files pay, and a bad cell stops the run at its
 * sheet and cell.
 */
class WorkbookInputIT {
  private static final Path EXAMPLE = CompassProcess.ROOT.resolve("stdlib-plans/plans/ae-quota");

  private static final String MEETINGS =
      "id,booked_by,meeting_date,status\n"
          + "M-1,ann,2027-01-12,held\n"
          + "M-2,bob,2027-02-03,held\n"
          + "M-3,ann,2027-02-20,no_show\n";

  @TempDir Path dir;

  private void copyExample() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
  }

  /** The plan reading every input from a sheet of sdr.xlsx, with a typed meetings table. */
  private void workbookPlan(String meetings) throws IOException {
    String plan = Files.readString(dir.resolve("ae-quota.comp"), StandardCharsets.UTF_8);
    plan =
        plan.replace(
                "input people from \"people.csv\":",
                "input people from \"sdr.xlsx\" sheet \"people\":")
            .replace(
                "input deals from \"deals.csv\":", "input deals from \"sdr.xlsx\" sheet \"deals\":")
            .replace(
                "credit deals where",
                "input meetings from \"sdr.xlsx\" sheet \"meetings\":\n"
                    + "  id: text\n"
                    + "  booked_by: person\n"
                    + "  meeting_date: date\n"
                    + "  status: text\n\n"
                    + "credit deals where");
    Files.writeString(dir.resolve("sdr.comp"), plan, StandardCharsets.UTF_8);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(dir.resolve("sdr.xlsx"))) {
      sheet(wb, "people", Files.readString(dir.resolve("people.csv")));
      sheet(wb, "deals", Files.readString(dir.resolve("deals.csv")));
      sheet(wb, "meetings", meetings);
      wb.write(out);
    }
  }

  /** A sheet from simple CSV text (no quotes): numbers and dates as typed cells, as Excel has. */
  private static void sheet(XSSFWorkbook wb, String name, String csv) {
    Sheet sheet = wb.createSheet(name);
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    List<String> lines = csv.lines().toList();
    for (int r = 0; r < lines.size(); r++) {
      Row row = sheet.createRow(r);
      String[] cells = lines.get(r).split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        String v = cells[c];
        if (v.isEmpty()) continue;
        Cell cell = row.createCell(c);
        if (r > 0 && v.matches("-?[0-9]+(\\.[0-9]+)?")) {
          cell.setCellValue(Double.parseDouble(v));
        } else if (r > 0 && v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          cell.setCellValue(LocalDate.parse(v));
          cell.setCellStyle(date);
        } else {
          cell.setCellValue(v);
        }
      }
    }
  }

  @Test
  void aPlanReadingEverySheetOfAWorkbookPaysWhatTheCsvFilesPay() throws Exception {
    copyExample();
    workbookPlan(MEETINGS);
    CompassProcess.Outcome csv =
        CompassProcess.run(dir, Map.of(), "run", "ae-quota.comp", "--format", "csv");
    assertEquals(0, csv.exit(), csv.err());
    CompassProcess.Outcome xlsx =
        CompassProcess.run(dir, Map.of(), "run", "sdr.comp", "--format", "csv");
    assertEquals(0, xlsx.exit(), xlsx.err());
    assertEquals(csv.out(), xlsx.out());
    // the example's reconciliation: 16 deals, 12 credited, 4 excluded (README)
    assertTrue(xlsx.err().startsWith("deals: 16 read, 12 credited, 4 excluded\n"), xlsx.err());
  }

  @Test
  void aBadCellStopsTheRunAtItsSheetAndCell() throws Exception {
    copyExample();
    workbookPlan(MEETINGS.replace("M-2,bob,2027-02-03", "M-2,bob,3 Feb"));
    CompassProcess.Outcome r =
        CompassProcess.run(dir, Map.of(), "run", "sdr.comp", "--format", "csv");
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .startsWith(
                "error[E0505]: found `3 Feb` in meeting_date: write dates as yyyy-mm-dd, with"
                    + " two-digit months and days, e.g. 2027-01-31\n"
                    + " --> sdr.xlsx!meetings!C3 (field meeting_date)\n"),
        r.err());
  }

  @Test
  void keepGoingListsTheRejectedRowAtItsSheetAndCell() throws Exception {
    copyExample();
    workbookPlan(MEETINGS.replace("M-3,ann", "M-3,zed"));
    CompassProcess.Outcome r =
        CompassProcess.run(
            dir,
            Map.of(),
            "run",
            "sdr.comp",
            "--format",
            "csv",
            "--out",
            "out.csv",
            "--keep-going");
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().contains("rejected: 1 row of sdr.xlsx"), r.err());
    assertTrue(
        r.err().contains("  sdr.xlsx!meetings!B4 E0507 booked_by zed is not in people"), r.err());
    String rejects = Files.readString(dir.resolve("out.rejects.csv"), StandardCharsets.UTF_8);
    assertTrue(rejects.contains("sdr.xlsx!meetings!B4"), rejects);
  }

  /**
   * A check made after loading points at the sheet and cell too: cai's role `sdr` is paid by no
   * component (W0601 at the role cell, column C), and bob's target incentive of 0 (E0523, column D)
   * is refused; with --keep-going bob's row is rejected and listed at its cell.
   */
  @Test
  void aCheckAfterLoadingPointsAtTheSheetAndCell() throws Exception {
    copyExample();
    Files.writeString(
        dir.resolve("people.csv"),
        Files.readString(dir.resolve("people.csv"))
            .replace("cai,Cai Chen,ae,", "cai,Cai Chen,sdr,")
            .replace("bob,Bob Baker,ae,30000", "bob,Bob Baker,ae,0"));
    workbookPlan(MEETINGS);
    CompassProcess.Outcome r =
        CompassProcess.run(
            dir,
            Map.of(),
            "run",
            "sdr.comp",
            "--format",
            "csv",
            "--out",
            "out.csv",
            "--keep-going");
    assertEquals(3, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "warning[W0601]: cai has role `sdr`, which no component pays: every payout is 0.00\n"
                    + " --> sdr.xlsx!people!C4 (field role)\n"),
        r.err());
    assertTrue(
        r.err().contains("  sdr.xlsx!people!D3 E0523 target_incentive of bob is 0"), r.err());
    String rejects = Files.readString(dir.resolve("out.rejects.csv"), StandardCharsets.UTF_8);
    assertTrue(rejects.contains("sdr.xlsx!people!D3,3,4,E0523,"), rejects);
  }
}
