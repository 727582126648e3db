package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextColumnTest {
  @TempDir Path dir;

  private static TextColumn compact(String... values) {
    TextColumn c = TextColumn.compact(1);
    for (String v : values) {
      if (v == null) c.addMissing();
      else c.add(v.toCharArray(), 0, v.length());
    }
    return c;
  }

  @Test
  void compactColumnGivesBackItsValues() {
    TextColumn c = compact("d1", null, "\u00e9t\u00e9", "d10");
    assertTrue(c.isCompact());
    assertEquals(4, c.size());
    assertEquals("d1", c.get(0));
    assertNull(c.get(1));
    assertFalse(c.isPresent(1));
    assertEquals("\u00e9t\u00e9", c.get(2));
    assertEquals("\u00e9t\u00e9".hashCode(), c.hash(2));
    assertEquals("\u00e9t\u00e9".hashCode(), TextColumn.hash("\u00e9t\u00e9".toCharArray(), 0, 3));
    assertTrue(c.compare(0, 3) < 0);
    assertTrue(c.compare(2, 3) > 0); // é sorts after d, as in String.compareTo
    assertEquals(0, c.compare(0, 0));
    assertThrows(NullPointerException.class, () -> c.compare(0, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> c.get(4));
  }

  @Test
  void joinsChunksAndFallsBackBeyondLatin1() {
    TextColumn all = compact("a", null);
    all.addAll(compact("b", "a"), null);
    assertTrue(all.isCompact());
    assertEquals("b", all.get(2));
    assertTrue(all.sameValue(0, 3));
    assertFalse(all.sameValue(0, 2));
    all.addAll(compact("\u4e2d", null, "c"), null);
    assertFalse(all.isCompact());
    assertEquals(7, all.size());
    assertEquals("a", all.get(0));
    assertNull(all.get(1));
    assertEquals("\u4e2d", all.get(4));
    assertNull(all.get(5));
    assertEquals("c", all.get(6));
    assertTrue(all.sameValue(0, 3));
    assertEquals("\u4e2d".hashCode(), all.hash(4));
  }

  @Test
  void duplicateIdsBeyondLatin1AreFound() {
    Diagnostics diags = new Diagnostics();
    Fixtures.load(
        dir,
        "id TEXT, amount NUMBER",
        "id,amount\nd\u00e9,1\nd\u4e2d,2\nd\u00e9,3\nd\u4e2d,4\n",
        diags);
    assertEquals(2, diags.all().size(), diags.all()::toString);
    Diagnostic d = diags.all().get(0);
    assertEquals(Code.E0508, d.code());
    assertEquals("duplicate id d\u00e9: first seen on line 2", d.message());
    assertEquals("duplicate id d\u4e2d: first seen on line 3", diags.all().get(1).message());
  }
}
