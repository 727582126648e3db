package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.result.Reconciliation;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReconciliationPrinterTest {

  @Test
  void countsRightAlignedThenReasons() {
    var r =
        new Reconciliation(
            20000,
            13000,
            List.of(
                new Reconciliation.Exclusion("stage is closed_won", 5200),
                new Reconciliation.Exclusion("owner is not a participant", 17),
                new Reconciliation.Exclusion("close_date outside the plan year", 1783)));
    assertEquals(
        "deals: 20000 read, 13000 credited, 7000 excluded\n"
            + "  5200  stage is closed_won\n"
            + "    17  owner is not a participant\n"
            + "  1783  close_date outside the plan year\n",
        ReconciliationPrinter.print(r));
  }

  @Test
  void nothingExcluded() {
    assertEquals(
        "deals: 3 read, 3 credited, 0 excluded\n",
        ReconciliationPrinter.print(new Reconciliation(3, 3, List.of())));
  }
}
