package compass.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadTest {

  private static final Currency USD = Currency.of("USD").orElseThrow();

  @Test
  void semantics13aHundredOverThreeMonths() {
    // SEMANTICS 13a: 100.00 over three equal months: 33.33, 33.33, 33.34
    List<BigDecimal> parts =
        Spread.evenly(new BigDecimal("100.00"), 3, USD, RoundingPolicy.HALF_EVEN);
    assertEquals("33.33 33.33 33.34", plain(parts));
  }

  @ParameterizedTest
  @CsvSource({
    // total, parts, currency, policy, expected parts
    "100.00, 3, USD, HALF_EVEN, 33.33 33.33 33.34",
    "100, 1, USD, HALF_EVEN, 100.00",
    "-100.00, 3, USD, HALF_EVEN, -33.33 -33.33 -33.34",
    "0.05, 2, USD, HALF_EVEN, 0.02 0.03",
    "0.05, 2, USD, HALF_UP, 0.03 0.02",
    "0.01, 3, USD, HALF_EVEN, 0.00 0.00 0.01",
    "1000, 3, JPY, HALF_EVEN, 333 333 334",
    "10.000, 3, BHD, HALF_EVEN, 3.333 3.333 3.334",
    "200.00, 12, USD, HALF_EVEN, 16.67 16.67 16.67 16.67 16.67 16.67 16.67 16.67 16.67 16.67 16.67 16.63",
    "100.005, 2, USD, HALF_EVEN, 50.00 50.00",
  })
  void evenlyTable(String total, int n, String code, RoundingPolicy policy, String expected) {
    List<BigDecimal> parts =
        Spread.evenly(new BigDecimal(total), n, Currency.of(code).orElseThrow(), policy);
    assertEquals(expected, plain(parts));
    assertAddsUp(parts, policy.round(new BigDecimal(total), Currency.of(code).orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource({
    // total, weights, expected parts
    "9000.00, 31 28 31, 3100.00 2800.00 3100.00",
    "1000.00, 31 28 31, 344.44 311.11 344.45",
    "1000.00, 1 0 1, 500.00 0.00 500.00",
    "1000.00, 0.5 0.25 0.25, 500.00 250.00 250.00",
    "10.00, 1 1 1 1 1 1 1, 1.43 1.43 1.43 1.43 1.43 1.43 1.42",
  })
  void byWeightsTable(String total, String weights, String expected) {
    List<BigDecimal> ws =
        Arrays.stream(weights.split(" ")).map(BigDecimal::new).collect(Collectors.toList());
    List<BigDecimal> parts =
        Spread.byWeights(new BigDecimal(total), ws, USD, RoundingPolicy.HALF_EVEN);
    assertEquals(expected, plain(parts));
    assertAddsUp(parts, new BigDecimal(total));
  }

  @Test
  void rejectsBadInput() {
    BigDecimal t = new BigDecimal("1.00");
    RoundingPolicy r = RoundingPolicy.HALF_EVEN;
    assertThrows(IllegalArgumentException.class, () -> Spread.evenly(t, 0, USD, r));
    assertThrows(IllegalArgumentException.class, () -> Spread.byWeights(t, List.of(), USD, r));
    assertThrows(
        IllegalArgumentException.class,
        () -> Spread.byWeights(t, List.of(BigDecimal.ZERO, BigDecimal.ZERO), USD, r));
    assertThrows(
        IllegalArgumentException.class,
        () -> Spread.byWeights(t, List.of(BigDecimal.ONE, new BigDecimal("-1")), USD, r));
  }

  private static void assertAddsUp(List<BigDecimal> parts, BigDecimal whole) {
    BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.compareTo(whole), () -> sum.toPlainString() + " != " + whole);
  }

  private static String plain(List<BigDecimal> parts) {
    return parts.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" "));
  }
}
