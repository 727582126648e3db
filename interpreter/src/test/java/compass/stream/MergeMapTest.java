package compass.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * MergeMap against a sorted map of (participant, period, key values) to count and sums: deals added
 * to several parts, in dense mode or rows, then merged part into part as a streamed run does.
 */
class MergeMapTest {
  private static final int PEOPLE = 7;
  private static final int PERIODS = 4;

  @Test
  void partsWithFewKeyValuesMergeCellByCellAndComeOutInOrder() throws Unstreamable {
    check(3, 4, 1);
  }

  @Test
  void partsThatLeftDenseModeMergeAsRows() throws Unstreamable {
    check(40, 3, 2); // 40 key values: past the dense mode's 16
  }

  @Test
  void partsWithSomeDenseAndSomeNot() throws Unstreamable {
    for (long seed = 3; seed < 30; seed++) check(14 + (int) (seed % 6), 4, seed);
  }

  /** keyValues distinct keys over `parts` parts; the merged rows must equal the model's. */
  private static void check(int keyValues, int parts, long seed) throws Unstreamable {
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<List<Long>, long[]> model = new TreeMap<>(MergeMapTest::compare);
    List<MergeMap> maps = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      MergeMap map = new MergeMap(1, 2, PEOPLE, PERIODS);
      // a part sees only some of the key values, in its own order
      int values = p == 0 ? Math.min(keyValues, 2) : keyValues;
      for (int d = 0; d < 500; d++) {
        int person = random.nextInt(PEOPLE);
        int period = random.nextInt(PERIODS);
        long key = 100 + random.nextInt(values) * 7L;
        long[] sums = {random.nextLong(-1_000_000, 1_000_000), random.nextInt(50)};
        map.add(person, period, new long[] {key}, 1, sums);
        long[] m =
            model.computeIfAbsent(List.of((long) person, (long) period, key), k -> new long[3]);
        m[0]++;
        m[1] += sums[0];
        m[2] += sums[1];
      }
      maps.add(map);
    }
    MergeMap all = new MergeMap(1, 2, PEOPLE, PERIODS);
    for (MergeMap map : maps) all.addAll(map);
    all.toRows();
    TreeMap<List<Long>, long[]> merged = new TreeMap<>(MergeMapTest::compare);
    List<List<Long>> order = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      List<Long> k = List.of((long) all.person(r), (long) all.period(r), all.key(r, 0));
      order.add(k);
      long[] previous = merged.put(k, new long[] {all.weight(r), all.total(r, 0), all.total(r, 1)});
      assertEquals(null, previous, "one row per participant, period and key: " + k);
    }
    assertEquals(model.keySet(), merged.keySet());
    for (List<Long> k : model.keySet())
      assertEquals(Arrays.toString(model.get(k)), Arrays.toString(merged.get(k)), "row " + k);
    if (all.inOrder()) {
      List<List<Long>> sorted = new ArrayList<>(order);
      sorted.sort(MergeMapTest::compare);
      assertTrue(sorted.equals(order), "rows said to be in order are in order");
    }
    if (keyValues <= 4) assertTrue(all.inOrder(), "few key values: merged cell by cell, in order");
  }

  private static int compare(List<Long> a, List<Long> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = Long.compare(a.get(i), b.get(i));
      if (c != 0) return c;
    }
    return 0;
  }
}
