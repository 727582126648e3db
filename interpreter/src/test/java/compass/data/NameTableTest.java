package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTableTest {

  private static int find(NameTable t, String text) {
    char[] c = ("[" + text + "]").toCharArray(); // a range inside a larger array, as in a chunk
    return t.indexOf(c, 1, c.length - 1);
  }

  @Test
  void findsEachNameAtItsIndexAndNothingElse() {
    NameTable stages = new NameTable(List.of("prospecting", "closed_won", "closed_lost"));
    assertEquals(0, find(stages, "prospecting"));
    assertEquals(1, find(stages, "closed_won"));
    assertEquals(2, find(stages, "closed_lost"));
    assertEquals(-1, find(stages, "closed_wo"));
    assertEquals(-1, find(stages, "Closed_won"));
    assertEquals(-1, find(stages, ""));
  }

  @Test
  void aRepeatedNameKeepsItsFirstIndex() {
    NameTable t = new NameTable(List.of("a", "b", "a"));
    assertEquals(0, find(t, "a"));
    assertEquals(1, find(t, "b"));
  }

  @Test
  void returnsTheInstanceItWasGiven() {
    String ann = new String("ann".toCharArray());
    NameTable t = new NameTable(List.of(ann));
    assertSame(ann, t.name(find(t, "ann")));
  }

  @Test
  void manyNamesWithCollidingSlotsAreAllFound() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5000; i++) ids.add(String.format("p%06d", i));
    ids.add("Aa"); // "Aa" and "BB" share a hash code
    ids.add("BB");
    NameTable t = new NameTable(ids);
    for (int i = 0; i < ids.size(); i++) assertEquals(i, find(t, ids.get(i)));
    assertEquals(-1, find(t, "p005000"));
  }
}
