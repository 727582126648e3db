package compass.cli;

import static compass.cli.Results.line;
import static compass.cli.Results.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvFormatTest {

  @Test
  void summaryHasHeaderAndPlainDecimals() {
    String csv =
        StatementWriter.write(
            Results.summary(
                row("ann", "2027-Q1", "21244.25", "1234567.50", "USD"),
                row("bob", "2027-Q1", "0.10", "123456789012.34", "USD")),
            Format.CSV,
            false);
    assertEquals(
        "participant,period,payout,ytd,currency,earned,payable,held,draw_balance,owed\n"
            + "ann,2027-Q1,21244.25,1234567.50,USD,21244.25,21244.25,0.00,0.00,0.00\n"
            + "bob,2027-Q1,0.10,123456789012.34,USD,0.10,0.10,0.00,0.00,0.00\n",
        csv);
  }

  @Test
  void neverWritesAnExponent() {
    var r =
        Results.of(
            List.of(
                new compass.result.StatementRow(
                    "ann", "2027-Q1", new BigDecimal("1E+3"), new BigDecimal("0.0000001"), "USD")),
            List.of());
    assertEquals(
        "ann,2027-Q1,1000,0.0000001,USD,1000,1000,0,0,0\n",
        StatementWriter.write(r, Format.CSV, false).lines().skip(1).findFirst().get() + "\n");
  }

  @Test
  void quotesCellsWithCommaQuoteOrLineBreak() {
    String csv =
        StatementWriter.write(
            Results.lines(
                line("ann", "Commission", "D1", "100.00", "5% of 2,000.00"),
                line("ann", "SPIF \"Q1\"", "", "500.00", "one\ntwo"),
                line("ann", "Plain", "D2", "-12.50", null)),
            Format.CSV,
            true);
    assertEquals(
        "participant,period,component,deal,amount,currency,note\n"
            + "ann,2027-Q1,Commission,D1,100.00,USD,\"5% of 2,000.00\"\n"
            + "ann,2027-Q1,\"SPIF \"\"Q1\"\"\",,500.00,USD,\"one\ntwo\"\n"
            + "ann,2027-Q1,Plain,D2,-12.50,USD,\n",
        csv);
  }

  @Test
  void quoteTable() {
    String[][] cases = {
      {"plain", "plain"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"cr\rlf", "\"cr\rlf\""},
      {"", ""},
      {"'=1+2", "\"'=1+2\""}, // a neutralised formula stays text
    };
    // the one quoting rule, shared with the CSV a test hands the loader (compass.diag.Csv)
    for (String[] c : cases) assertEquals(c[1], compass.diag.Csv.quote(c[0]), c[0]);
  }

  // issue 12, point 7: CSV injection (OWASP): a text cell a spreadsheet would run as a formula
  @Test
  void textCellsThatStartLikeAFormulaGetAQuoteButAmountsNeverChange() {
    String csv =
        StatementWriter.write(
            Results.lines(
                line("=cmd()", "+SUM(A1)", "-D1", "-5.00", "@here"),
                line("ann", "Commission", "\tD2", "+0.10", "\rnote"),
                line("ann", "Commission", "D3", "-1234567.50", "multiplier -5%: -50.00")),
            Format.CSV,
            true);
    // every text column (participant, component, deal, note) neutralised, quoted; amounts as they
    // are
    assertEquals(
        "participant,period,component,deal,amount,currency,note\n"
            + "\"'=cmd()\",2027-Q1,\"'+SUM(A1)\",\"'-D1\",-5.00,USD,\"'@here\"\n"
            + "ann,2027-Q1,Commission,\"'\tD2\",0.10,USD,\"'\rnote\"\n"
            + "ann,2027-Q1,Commission,D3,-1234567.50,USD,multiplier -5%: -50.00\n",
        csv);
  }

  @Test
  void neutraliseTable() {
    String[][] cases = {
      {"=1+2", "\"'=1+2\""},
      {"+1", "\"'+1\""},
      {"-1", "\"'-1\""},
      {"@SUM(A1)", "\"'@SUM(A1)\""},
      {"\tx", "\"'\tx\""},
      {"\rx", "\"'\rx\""},
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"a=b", "a=b"}, // only the first character matters
      {" =x", " =x"}, // a spreadsheet does not run a cell that starts with a space
      {"O-1001", "O-1001"},
      {"", ""},
    };
    for (String[] c : cases) assertEquals(c[1], CsvFormat.textCell(c[0]), c[0]);
  }

  @Test
  void rejectsFileNeutralisesTheRowAsWrittenAndTheOtherTextCells() {
    var r =
        new compass.result.RejectedRow(
            "=deals.csv", 3, 8, compass.diag.Code.E0504, "-found `x`", "=cmd(),ann,x");
    assertEquals(
        RejectsFile.HEADER + "\"'=deals.csv\",3,8,E0504,\"'-found `x`\",\"'=cmd(),ann,x\"\n",
        RejectsFile.write(List.of(r)));
  }
}
