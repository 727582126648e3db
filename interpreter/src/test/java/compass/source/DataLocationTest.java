package compass.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The position forms of data: file:line:column, file!sheet!cell, and a workbook's bare row. */
class DataLocationTest {
  @Test
  void columnsAreNamedAsExcelNamesThem() {
    // by hand: 26 letters, then two (AA = 27, ZZ = 26 + 26 * 26 = 702), then three
    assertEquals("A", DataLocation.columnName(1));
    assertEquals("Z", DataLocation.columnName(26));
    assertEquals("AA", DataLocation.columnName(27));
    assertEquals("ZZ", DataLocation.columnName(702));
    assertEquals("AAA", DataLocation.columnName(703));
  }

  @Test
  void eachFormatDescribesItsPosition() {
    assertEquals("deals.csv:14:3", new DataLocation("deals.csv", 14, 3, "amount", "x").describe());
    assertEquals(
        "deals.xlsx!Q1!C14", DataLocation.ofCell("deals.xlsx", "Q1", 14, 3, "amount").describe());
    assertEquals(
        "deals.jsonl:2:17", new DataLocation("deals.jsonl", 2, 17, "amount", "{}").describe());
    // a row of a workbook known only by its number: never a line and column it does not have
    assertEquals(
        "deals.xlsx, row 14", new DataLocation("deals.xlsx", 14, 0, null, null).describe());
    assertEquals("deals.xlsx", DataLocation.ofFile("deals.xlsx").describe());
  }
}
