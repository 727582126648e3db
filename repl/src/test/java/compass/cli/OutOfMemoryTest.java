package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The out-of-memory message (issue 12 point 5); OutOfMemoryIT runs it for real. */
class OutOfMemoryTest {
  @Test
  void aWrappedOutOfMemoryErrorIsFound() {
    // a worker thread's error reaches Main wrapped (a Future, a CompletableFuture)
    assertTrue(
        OutOfMemory.in(
            new ExecutionException(
                new CompletionException(new OutOfMemoryError("Java heap space")))));
    assertFalse(OutOfMemory.in(new IllegalStateException("a bug")));
  }

  @Test
  void theHintAsksForAPowerOfTwoOfGigabytesAtLeastTwiceTheHeap() {
    assertEquals(1, OutOfMemory.suggestedGigabytes(64L << 20)); // 64 MB -> 1g
    assertEquals(2, OutOfMemory.suggestedGigabytes(1L << 30)); // 1 GB -> 2g
    assertEquals(8, OutOfMemory.suggestedGigabytes(3900L << 20)); // 3.8 GB -> 7.6 GB -> 8g
  }

  @Test
  void theHintRepeatsTheCommandQuotedForTheShell() {
    assertEquals(
        "error[E0779]: out of memory before reading any data; Compass had at most 62 MB\n"
            + "  = hint: give it more memory: COMPASS_JAVA_OPTS=-Xmx1g compass run 'my plans/ae.comp' --data d\n",
        OutOfMemory.message(new String[] {"run", "my plans/ae.comp", "--data", "d"}, 62L << 20)
            .replaceFirst("out of memory [^;]*;", "out of memory before reading any data;"));
  }
}
