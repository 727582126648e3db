package compass.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private final Period q2 =
      new Period(
          Frequency.QUARTER,
          2027,
          2,
          LocalDate.of(2027, 4, 1),
          LocalDate.of(2027, 6, 30),
          "2027-Q2");

  @Test
  void containsBothEnds() {
    // SEMANTICS 2: intervals are inclusive of both ends for dates
    assertTrue(q2.contains(LocalDate.of(2027, 4, 1)));
    assertTrue(q2.contains(LocalDate.of(2027, 6, 30)));
    assertFalse(q2.contains(LocalDate.of(2027, 3, 31)));
    assertFalse(q2.contains(LocalDate.of(2027, 7, 1)));
  }

  @Test
  void countsDaysInclusively() {
    assertEquals(91, q2.days());
  }

  @Test
  void monthOffsets() {
    assertEquals(3, q2.startMonthIndex());
    assertEquals(3, q2.monthCount());
  }

  @Test
  void rejectsInconsistentPeriods() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Period(
                Frequency.QUARTER,
                2027,
                5,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31),
                "x"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Period(
                Frequency.MONTH,
                2027,
                1,
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 1, 31),
                "x"));
  }
}
