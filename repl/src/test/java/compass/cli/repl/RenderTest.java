package compass.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, point 7: the REPL's answers show control characters of the data escaped. */
final class RenderTest {
  @Test
  void anEscapeSequenceInAParticipantIdIsShownNotActedOn() {
    String rows =
        Render.rows(
            List.of(
                new StatementRow(
                    "ann\u001B[2J",
                    "2027-Q1",
                    new BigDecimal("100.00"),
                    new BigDecimal("100.00"),
                    "USD"),
                new StatementRow(
                    "bob", "2027-Q1", new BigDecimal("5.00"), new BigDecimal("5.00"), "USD")));
    // the columns are as wide as what is shown: ann\u001B[2J is 12 characters
    assertEquals(
        "ann\\u001B[2J  2027-Q1  100.00  USD\n"
            + "bob           2027-Q1    5.00  USD\n"
            + "total                  105.00  USD\n",
        rows);
  }
}
