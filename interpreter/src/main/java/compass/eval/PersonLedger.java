package compass.eval;

import compass.result.LineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One participant's year, period by period, before settlement: what the components earned and the
 * line items that became payable, plus negative true-ups carried inside cumulative components.
 */
final class PersonLedger {
  final List<List<LineItem>> payable = new ArrayList<>();
  final BigDecimal[] earned;
  final BigDecimal[] carriedTrueUp;

  PersonLedger(int periods) {
    earned = new BigDecimal[periods];
    carriedTrueUp = new BigDecimal[periods];
    for (int k = 0; k < periods; k++) {
      payable.add(new ArrayList<>());
      earned[k] = BigDecimal.ZERO;
      carriedTrueUp[k] = BigDecimal.ZERO;
    }
  }

  void earn(int period, BigDecimal amount) {
    earned[period] = earned[period].add(amount);
  }

  void pay(int period, LineItem line) {
    payable.get(period).add(line);
  }
}
