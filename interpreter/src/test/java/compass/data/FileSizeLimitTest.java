package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Issue 20: CSV (read in 4 MB blocks) and JSON Lines (line by line) files of any size are read;
 * only a workbook, read whole into memory, keeps the 2 GiB limit, and its message says why.
 */
class FileSizeLimitTest {
  private static final long SEVEN_GB = 7_400_000_000L; // the 100-million-deal B1 file

  @Test
  void csvAndJsonLinesHaveNoSizeLimit() {
    assertNull(TableLoader.tooLarge(InputFormat.CSV, SEVEN_GB));
    assertNull(TableLoader.tooLarge(InputFormat.JSONL, SEVEN_GB));
    assertNull(TableLoader.tooLarge(InputFormat.CSV, Long.MAX_VALUE));
  }

  @Test
  void aWorkbookOverTheLimitIsRefusedSayingWhy() {
    assertNull(TableLoader.tooLarge(InputFormat.XLSX, Integer.MAX_VALUE - 8L)); // at the limit
    assertEquals(
        "is too large (7400000000 bytes): a workbook is read whole into memory, up to 2147483639"
            + " bytes",
        TableLoader.tooLarge(InputFormat.XLS, SEVEN_GB));
    assertEquals(
        "is too large (2147483640 bytes): a workbook is read whole into memory, up to 2147483639"
            + " bytes",
        TableLoader.tooLarge(InputFormat.XLSX, Integer.MAX_VALUE - 7L));
  }
}
