package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: ids in order are checked for repeats by their order, with no table; ids out of order,
 * in a piece or across pieces, by the table. Either way a repeated id is refused (the loader then
 * reports it) and distinct ids are read, whatever the number of pieces: the truth is a HashSet.
 */
final class FastScanIdOrderTest {
  @TempDir Path dir;

  private static final int[] PIECES = {1, 2, 3, 7, 16};

  @Test
  void idsInOrderAreDistinctWithoutATable() throws Exception {
    List<String> ids = padded(0, 2000);
    check(ids);
  }

  @Test
  void aRepeatNextToItselfIsFoundAnywhere() throws Exception {
    for (int at : new int[] {1, 500, 999, 1000, 1001, 1999}) {
      List<String> ids = padded(0, 2000);
      ids.set(at, ids.get(at - 1)); // d.. d.. : equal neighbours, still "sorted"
      check(ids);
    }
  }

  @Test
  void aLateIdOutOfOrderRepeatingAnEarlyOneIsFound() throws Exception {
    List<String> ids = padded(0, 2000);
    ids.set(1500, ids.get(3));
    check(ids);
    ids = padded(0, 2000);
    ids.set(1999, ids.get(0));
    check(ids);
  }

  @Test
  void piecesInOrderButOverlappingAreCheckedByTheTable() throws Exception {
    List<String> ids = new ArrayList<>(padded(1000, 2000));
    ids.addAll(padded(0, 1000)); // the second half sorts before the first: distinct
    check(ids);
    ids.set(1500, ids.get(200)); // one id of the second half repeats one of the first
    check(ids);
  }

  @Test
  void idsInAnyOrderWithOrWithoutARepeat() throws Exception {
    Random r = new Random(2026_12_05L);
    for (int round = 0; round < 40; round++) {
      List<String> ids = padded(0, 300 + r.nextInt(700));
      if (r.nextBoolean()) Collections.shuffle(ids, r);
      else if (r.nextBoolean()) Collections.reverse(ids);
      if (r.nextBoolean()) ids.set(r.nextInt(ids.size()), ids.get(r.nextInt(ids.size())));
      check(ids);
    }
  }

  /** Refused exactly when an id repeats, with every number of pieces. */
  private void check(List<String> ids) throws Exception {
    StringBuilder csv = new StringBuilder(FastScanTest.HEADER);
    for (String id : ids) csv.append(id).append(",p1,1.5,closed_won,2027-03-01,24,n\n");
    Path file = Fixtures.write(dir, "deals.csv", csv.toString());
    boolean repeated = new HashSet<>(ids).size() != ids.size();
    for (int pieces : PIECES) {
      if (repeated) {
        FastScan.NotSimple e =
            assertThrows(
                FastScan.NotSimple.class,
                () ->
                    FastScanCheck.scan(
                        file,
                        FastScanTest.SCHEMA,
                        FastScanTest.PEOPLE,
                        FastScanTest.STAGES,
                        4,
                        pieces,
                        2),
                pieces + " pieces");
        assertEquals(true, e.getMessage().contains("repeated id"), e.getMessage());
      } else {
        FastScanCheck.Scanned s =
            FastScanCheck.scan(
                file, FastScanTest.SCHEMA, FastScanTest.PEOPLE, FastScanTest.STAGES, 4, pieces, 2);
        assertEquals(ids.size(), s.result().rows(), pieces + " pieces");
      }
    }
  }

  private static List<String> padded(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) out.add(String.format("d%06d", i));
    return out;
  }
}
