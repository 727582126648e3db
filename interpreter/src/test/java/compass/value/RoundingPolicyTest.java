package compass.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoundingPolicyTest {

  private static final Currency USD = Currency.of("USD").orElseThrow();

  @Test
  void semantics1LineItemsRoundHalfEvenAndTotalIsSumOfRounded() {
    // SEMANTICS 1: 0.125, 0.135, 0.145 USD round (HALF_EVEN) to 0.12, 0.14, 0.14; total 0.40
    assertRoundsTo(RoundingPolicy.HALF_EVEN, List.of("0.12", "0.14", "0.14"), "0.40");
    assertEquals(RoundingPolicy.HALF_EVEN, RoundingPolicy.DEFAULT);
  }

  @Test
  void semantics1HalfUpWhenThePlanChoosesIt() {
    assertRoundsTo(RoundingPolicy.HALF_UP, List.of("0.13", "0.14", "0.15"), "0.42");
  }

  private static void assertRoundsTo(RoundingPolicy policy, List<String> expected, String total) {
    List<String> items = List.of("0.125", "0.135", "0.145");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < items.size(); i++) {
      BigDecimal rounded = policy.round(new BigDecimal(items.get(i)), USD);
      assertEquals(expected.get(i), rounded.toPlainString());
      sum = sum.add(rounded);
    }
    assertEquals(total, sum.toPlainString());
  }

  @ParameterizedTest
  @CsvSource({
    // policy, currency, amount, expected
    "HALF_EVEN, USD, 2.345, 2.34",
    "HALF_UP, USD, 2.345, 2.35",
    "HALF_EVEN, USD, -2.345, -2.34",
    "HALF_UP, USD, -2.345, -2.35",
    "HALF_EVEN, USD, 7, 7.00",
    "HALF_EVEN, JPY, 1234.5, 1234",
    "HALF_UP, JPY, 1234.5, 1235",
    "HALF_EVEN, JPY, 1235.5, 1236",
    "HALF_EVEN, BHD, 1.2345, 1.234",
    "HALF_UP, BHD, 1.2345, 1.235",
    "HALF_EVEN, EUR, 0.004999999999999999999999999, 0.00",
  })
  void roundsToMinorUnit(RoundingPolicy policy, String code, String amount, String expected) {
    Currency c = Currency.of(code).orElseThrow();
    assertEquals(expected, policy.round(new BigDecimal(amount), c).toPlainString());
  }

  @ParameterizedTest
  @CsvSource({
    "half_even, HALF_EVEN",
    "half-even, HALF_EVEN",
    "bankers, HALF_EVEN",
    "HALF_EVEN, HALF_EVEN",
    "half_up, HALF_UP",
    "half-up, HALF_UP"
  })
  void parsesPlanWords(String text, RoundingPolicy expected) {
    assertEquals(Optional.of(expected), RoundingPolicy.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "half", "up", "half_down", "ceiling"})
  void rejectsOtherWords(String text) {
    assertTrue(RoundingPolicy.parse(text).isEmpty());
  }

  @Test
  void exposesRoundingMode() {
    assertEquals(RoundingMode.HALF_EVEN, RoundingPolicy.HALF_EVEN.mode());
    assertEquals(RoundingMode.HALF_UP, RoundingPolicy.HALF_UP.mode());
  }
}
