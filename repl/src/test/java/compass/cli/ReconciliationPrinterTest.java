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

  @Test
  void severalSourcesEachOnItsOwnNamedByTableAndRule() {
    var deals =
        new Reconciliation(3, 2, List.of(new Reconciliation.Exclusion("fails `won`", 1)))
            .of(new Reconciliation.Source("deals", "deals"));
    var sourced =
        new Reconciliation(3, 1, List.of(new Reconciliation.Exclusion("no sourced_by", 2)))
            .of(new Reconciliation.Source("sourced", "deals"));
    var meetings =
        new Reconciliation(40, 30, List.of(new Reconciliation.Exclusion("fails `held`", 10)))
            .of(new Reconciliation.Source("meetings", "meetings"));
    assertEquals(
        "deals: 3 read, 2 credited, 1 excluded\n"
            + "  1  fails `won`\n"
            + "deals (sourced): 3 read, 1 credited, 2 excluded\n"
            + "  2  no sourced_by\n"
            + "meetings: 40 read, 30 credited, 10 excluded\n"
            + "  10  fails `held`\n",
        ReconciliationPrinter.print(deals.with(List.of(sourced, meetings))));
  }
}
