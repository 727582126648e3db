package compass.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nearest values a hint lists (W0103, W0106): fewest edits ignoring case, ties alphabetically.
 */
class SuggestionsTest {
  static Stream<Arguments> nearest() {
    return Stream.of(
        // "GTX Pro" -> "GTXPro": 1 edit (drop the space); "GTX Lite": 4; "Basic": 7
        Arguments.of(
            "GTX Pro",
            List.of("Basic", "GTX Lite", "GTXPro"),
            3,
            List.of("GTXPro", "GTX Lite", "Basic")),
        // case is ignored: "EMEA" is 0 edits from "emea"
        Arguments.of("EMEA", List.of("amer", "emea"), 3, List.of("emea", "amer")),
        // only the n nearest; "ae" and "am" are both 1 edit from "a": alphabetical
        Arguments.of("a", List.of("manager", "am", "ae", "sdr"), 2, List.of("ae", "am")),
        Arguments.of("x", List.of(), 3, List.of()));
  }

  @ParameterizedTest
  @MethodSource
  void nearest(String value, List<String> candidates, int n, List<String> expected) {
    assertEquals(expected, Suggestions.nearest(value, candidates, n));
  }
}
