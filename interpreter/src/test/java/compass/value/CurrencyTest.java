package compass.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyTest {

  @ParameterizedTest
  @CsvSource({
    "USD, 2", "EUR, 2", "GBP, 2", "JPY, 0", "CHF, 2", "CAD, 2", "AUD, 2", "NZD, 2", "SEK, 2",
    "NOK, 2", "DKK, 2", "INR, 2", "CNY, 2", "HKD, 2", "SGD, 2", "BRL, 2", "MXN, 2", "ZAR, 2",
    "PLN, 2", "CZK, 2", "KRW, 0", "ILS, 2", "AED, 2", "SAR, 2", "TRY, 2", "BHD, 3", "KWD, 3",
    "JOD, 3"
  })
  void knowsIsoMinorUnits(String code, int minorUnits) {
    assertEquals(new Currency(code, minorUnits), Currency.of(code).orElseThrow());
  }

  /**
   * Issue 13: the JDK's ISO 4217 table, so COP (missing from the old list) is known, with 2 places.
   */
  @ParameterizedTest
  @CsvSource({"COP, 2", "CLF, 4", "UYU, 2", "VND, 0", "TND, 3", "LYD, 3", "ISK, 0"})
  void takesEveryIsoCurrencyOfTheJdk(String code, int minorUnits) {
    assertEquals(new Currency(code, minorUnits), Currency.of(code).orElseThrow());
    assertEquals(java.util.Currency.getInstance(code).getDefaultFractionDigits(), minorUnits);
  }

  /**
   * Codes without a minor unit (no currency, gold, special drawing rights) are not money to pay in.
   */
  @ParameterizedTest
  @ValueSource(strings = {"XAU", "XDR", "XYZ"})
  void refusesCodesWithoutMinorUnits(String code) {
    assertTrue(Currency.of(code).isEmpty());
    assertTrue(!Currency.codes().contains(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "Usd", "XXX", "US", "USDD", "", " USD"})
  void rejectsUnknownOrLowercaseCodes(String code) {
    assertTrue(Currency.of(code).isEmpty());
  }

  @Test
  void rejectsNullAndMalformedRecords() {
    assertTrue(Currency.of(null).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new Currency("usd", 2));
    assertThrows(IllegalArgumentException.class, () -> new Currency("USD", -1));
  }

  @Test
  void printsAsItsCode() {
    assertEquals("EUR", Currency.of("EUR").orElseThrow().toString());
  }
}
