package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import compass.testing.Golden;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `compass explain`: the tree of one payout, golden text and JSON with the same numbers. */
class ExplainCommandTest {
  private static final String PLAN = "../stdlib-plans/plans/ae-quota/ae-quota.comp";
  private static final Path GOLDEN =
      Path.of("src", "test", "resources", "explain", "ae-quota-ann-2027-Q1.txt");

  private static String[] run(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void textTreeMatchesTheGoldenFile() throws Exception {
    String[] r = run("explain", PLAN, "--participant", "ann", "--period", "2027-Q1");
    assertEquals("0", r[0], r[2]);
    Golden.assertMatches(GOLDEN, r[1]);
  }

  @Test
  void jsonCarriesTheSameNumbersExactly() throws Exception {
    String[] r =
        run("explain", PLAN, "--participant", "ann", "--period", "2027-Q1", "--format", "json");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("\"amount\": 24220.00"), "amounts written exactly: " + r[1]);
    JsonNode json =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(r[1]);
    // issue 19: one schema (docs/explain-json.md): the statement's figures, then the tree
    assertEquals(1, json.get("schema").asInt());
    assertEquals("ann", json.get("participant").asText());
    assertEquals("2027-Q1", json.get("period").asText());
    assertEquals("USD", json.get("currency").asText());
    assertTrue(r[1].contains("\"payout\": 24220.00,"), r[1]); // the currency's scale, as run's
    assertTrue(r[1].contains("\"held\": 0.00,"), r[1]);
    assertEquals(0, new java.math.BigDecimal("24220").compareTo(json.get("payout").decimalValue()));
    assertEquals(
        0,
        new java.math.BigDecimal("24220")
            .compareTo(json.get("statement").get("earned").decimalValue()));
    // a component that paid nothing is listed with the reason
    JsonNode kicker = json.get("explanation").get("children").get(3);
    assertEquals("President's club kicker", kicker.get("label").asText());
    assertEquals("not_paid", kicker.get("kind").asText());
    assertEquals(
        "not paid: nothing credited to ann in 2027-Q1 met its conditions",
        kicker.get("reason").asText());
    // JSON lists every line: the SPIF's two deals are not folded
    assertEquals(2, json.get("explanation").get("children").get(2).get("children").size());
    JsonNode root = json.get("explanation");
    assertEquals("ann 2027-Q1 payout", root.get("label").asText());
    assertEquals(
        0, new java.math.BigDecimal("24220.00").compareTo(root.get("amount").decimalValue()));
    JsonNode commission = root.get("children").get(1);
    assertEquals("Commission", commission.get("label").asText());
    assertEquals(
        0, new java.math.BigDecimal("23220.00").compareTo(commission.get("amount").decimalValue()));
    assertTrue(commission.get("source").asText().endsWith("ae-quota.comp:34:1"));
    assertEquals("deal O-1003", commission.get("children").get(2).get("label").asText());
    assertEquals(
        0,
        new java.math.BigDecimal("15840.00")
            .compareTo(commission.get("children").get(2).get("amount").decimalValue()));
  }

  @Test
  void anUnknownParticipantIsAUsageErrorWithAHint() {
    String[] r = run("explain", PLAN, "--participant", "anne", "--period", "2027-Q1");
    assertEquals("2", r[0]);
    assertTrue(
        r[2].contains("no participant `anne`") && r[2].contains("did you mean `ann`?"), r[2]);
  }

  @Test
  void aPeriodOutsideThePlanIsAUsageError() {
    String[] r = run("explain", PLAN, "--participant", "ann", "--period", "2031-Q1");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("is not a pay period of this plan"), r[2]);
  }
}
