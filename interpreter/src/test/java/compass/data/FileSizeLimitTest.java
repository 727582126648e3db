package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Issue 20: CSV (read in 4 MB blocks), JSON Lines (line by line) and .xlsx (a stream of XML events)
 * files of any size are read; only an .xls workbook, read whole into memory, keeps the 2 GiB limit,
 * and its message says why.
 */
class FileSizeLimitTest {
  private static final long SEVEN_GB = 7_400_000_000L; // the 100-million-deal B1 file

  @Test
  void csvJsonLinesAndXlsxHaveNoSizeLimit() {
    assertNull(TableLoader.tooLarge(InputFormat.CSV, SEVEN_GB));
    assertNull(TableLoader.tooLarge(InputFormat.JSONL, SEVEN_GB));
    assertNull(TableLoader.tooLarge(InputFormat.XLSX, SEVEN_GB));
    assertNull(TableLoader.tooLarge(InputFormat.CSV, Long.MAX_VALUE));
  }

  @Test
  void anXlsWorkbookOverTheLimitIsRefusedSayingWhy() {
    assertNull(TableLoader.tooLarge(InputFormat.XLS, Integer.MAX_VALUE - 8L)); // at the limit
    assertEquals(
        "is too large (2147483640 bytes): an .xls workbook is read whole into memory, up to"
            + " 2147483639 bytes",
        TableLoader.tooLarge(InputFormat.XLS, Integer.MAX_VALUE - 7L));
    assertEquals(
        "is too large (7400000000 bytes): an .xls workbook is read whole into memory, up to"
            + " 2147483639 bytes",
        TableLoader.tooLarge(InputFormat.XLS, SEVEN_GB));
  }
}
