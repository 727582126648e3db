package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalColumnTest {
  private static DecimalColumn of(String... values) {
    DecimalColumn c = new DecimalColumn(2);
    for (String v : values) {
      if (v == null) c.addMissing();
      else c.add(new BigDecimal(v));
    }
    return c;
  }

  @Test
  void oneScaleIsCompact() {
    DecimalColumn c = of("12.50", null, "-3.25");
    assertTrue(c.isCompact());
    assertEquals(2, c.scale());
    assertEquals(1250, c.unscaled(0));
    assertEquals(-325, c.unscaled(2));
    assertNull(c.get(1));
    assertFalse(c.isPresent(1));
    assertEquals(new BigDecimal("12.50"), c.get(0));
  }

  @Test
  void mixedScalesStayCompactAndExactAsWritten() {
    DecimalColumn c = of("12.5", "100", "0.125", null, "7.50");
    assertTrue(c.isCompact());
    assertEquals(3, c.scale());
    assertEquals(100_000, c.unscaled(1));
    String[] expect = {"12.5", "100", "0.125", null, "7.50"};
    for (int r = 0; r < expect.length; r++) {
      // equals, not compareTo: the scale as written is kept
      assertEquals(expect[r] == null ? null : new BigDecimal(expect[r]), c.get(r));
    }
  }

  @Test
  void fallsBackWhenTheSharedScaleOverflows() {
    DecimalColumn c = of("123456789012345678", "0.000000000001", null);
    assertFalse(c.isCompact());
    assertEquals(new BigDecimal("123456789012345678"), c.get(0));
    assertEquals(new BigDecimal("0.000000000001"), c.get(1));
    assertNull(c.get(2));
  }

  @Test
  void joiningChunksKeepsValuesAndOrder() {
    DecimalColumn all = of("1.5");
    all.addAll(of("2.25", null));
    all.addAll(of("3"));
    all.addAll(of("123456789012345678"));
    String[] expect = {"1.5", "2.25", null, "3", "123456789012345678"};
    assertEquals(expect.length, all.size());
    for (int r = 0; r < expect.length; r++) {
      assertEquals(expect[r] == null ? null : new BigDecimal(expect[r]), all.get(r));
    }
  }
}
