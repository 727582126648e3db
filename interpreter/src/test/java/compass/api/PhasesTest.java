package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import compass.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single phases the benchmarks time read what a run reads. */
class PhasesTest {
  @TempDir Path dir;

  @Test
  void theStreamedReaderReadsEveryDealOfAFolderAsARunDoes() throws IOException {
    Phases.StreamedReader reader =
        Phases.streamedReader(StreamedFileRunTest.PLAN, new Diagnostics());
    assertNotNull(reader);
    Path data = StreamedFileRunTest.DATA;
    long rows = Files.readAllLines(data.resolve("deals.csv")).size() - 1; // less the header
    assertEquals(20_000, rows); // data-small: 20,000 deals
    assertEquals(rows, reader.read(data, 1, new Diagnostics()));
    // again, on 3 threads: the reader is checked once and reads the folder each time
    assertEquals(rows, reader.read(data, 3, new Diagnostics()));
  }

  @Test
  void aFileTheStreamDoesNotReadIsMinusOne() throws IOException {
    Path data = StreamedFileRunTest.DATA;
    Files.copy(data.resolve("people.csv"), dir.resolve("people.csv"));
    String deals = Files.readString(data.resolve("deals.csv"));
    Files.writeString(dir.resolve("deals.csv"), deals.replaceFirst(",USD,", ",\"USD\","));
    Phases.StreamedReader reader =
        Phases.streamedReader(StreamedFileRunTest.PLAN, new Diagnostics());
    assertEquals(-1, reader.read(dir, 2, new Diagnostics()), "a quoted cell: a run reads it whole");
  }

  @Test
  void aPlanThatCannotStreamIsRefused() {
    // clawbacks take credit back from deals already paid: the stream keeps no deal to take from
    Path plan = Path.of("../stdlib-plans/plans/clawback/clawback.comp");
    Diagnostics diags = new Diagnostics();
    assertThrows(IllegalArgumentException.class, () -> Phases.streamedReader(plan, diags));
    assertEquals(false, diags.hasErrors(), "the plan itself checks");
  }
}
