package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of a rejects file found only while evaluating (E0512): as written, with the column of the cell. */
class RowTextsTest {
  @TempDir Path dir;

  @Test
  void readsTheHeaderAndTheAskedLinesWhateverTheLineEnds() throws IOException {
    Path file = dir.resolve("deals.csv");
    Files.writeString(file, "\uFEFFid,owner\r\nd1,ann\r\nd2,bob\rd3,cy\n");
    assertEquals(Map.of(1L, "id,owner", 3L, "d2,bob", 4L, "d3,cy"), RowTexts.read(file, Set.of(3L, 4L)));
  }

  @Test
  void theColumnOfACellSkipsCommasInsideQuotes() {
    String header = "Opportunity ID,\"Amount, USD\",Term (months)";
    // `"O-1, a"` is 8 characters and its comma the 9th: the amount starts at column 10;
    // `"1,000"` takes columns 10 to 16, its comma 17: the (empty) term starts at column 18
    assertEquals(1, RowTexts.cellColumn(header, "\"O-1, a\",\"1,000\",", "Opportunity ID"));
    assertEquals(10, RowTexts.cellColumn(header, "\"O-1, a\",\"1,000\",", "Amount, USD"));
    assertEquals(18, RowTexts.cellColumn(header, "\"O-1, a\",\"1,000\",", "Term (months)"));
    assertEquals(1, RowTexts.cellColumn(header, "x,y,z", "no such column"));
  }
}
