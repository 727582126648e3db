package compass.eval;

import compass.check.PayRules;
import compass.data.DecimalColumn;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a deal is credited to and with what share (SEMANTICS 3): person fields of the deal with
 * shares, or rows of a splits table. Shares must total exactly 100% unless the rule says overlay; a
 * deal whose shares do not add up is an error naming it, never silently normalised.
 */
final class ShareSource {
  private final Dataset data;
  private final PayRules rules;
  private final List<TextColumn> persons = new ArrayList<>();
  private final List<Nodes.Num> shareNodes = new ArrayList<>();
  private final Map<String, List<Share>> splitRows = new HashMap<>();

  record Share(int person, BigDecimal share) {}

  ShareSource(Dataset data, ExprCompiler compiler) {
    this.data = data;
    this.rules = data.plan().rules();
    for (PayRules.Target t : rules.targets()) {
      persons.add((TextColumn) data.deals().column(t.field()));
      shareNodes.add(t.share() == null || rules.overlay() ? null : compiler.num(t.share()));
    }
    if (rules.targets().isEmpty()
        && data.plan().creditTargetField() >= 0
        && rules.splits() == null) {
      persons.add((TextColumn) data.deals().column(data.plan().creditTargetField()));
      shareNodes.add(null);
    }
    if (rules.splits() != null) readSplits(data.table(rules.splits().name()));
  }

  private void readSplits(Table splits) {
    TextColumn deal = (TextColumn) splits.column("deal");
    TextColumn person = (TextColumn) splits.column("person");
    DecimalColumn share = (DecimalColumn) splits.column("share");
    for (int r = 0; r < splits.rowCount(); r++) {
      Integer p = data.personIndex(person.get(r));
      if (p == null) continue; // reported when the table was loaded
      BigDecimal s = rules.overlay() ? BigDecimal.ONE : share.get(r);
      splitRows.computeIfAbsent(deal.get(r), k -> new ArrayList<>()).add(new Share(p, s));
    }
  }

  /** One person field at 100%, no splits table, no roll-up: the common case, done without lists. */
  boolean simple() {
    return rules.splits() == null
        && persons.size() == 1
        && shareNodes.get(0) == null
        && rules.rollUp() == compass.ast.Decl.RollUp.NONE;
  }

  String emptyReason() {
    return rules.splits() != null
        ? "no rows in " + rules.splits().name()
        : "no " + data.plan().credit().target().text();
  }

  /** The shares of one deal; empty when nobody is credited. */
  List<Share> of(Frame f, int row) {
    List<Share> out = new ArrayList<>();
    if (rules.splits() != null) {
      out.addAll(splitRows.getOrDefault(data.dealId(row), List.of()));
    } else {
      for (int i = 0; i < persons.size(); i++) {
        String id = persons.get(i).get(row);
        if (id == null) continue;
        Integer p = data.personIndex(id);
        if (p == null) continue;
        Nodes.Num node = shareNodes.get(i);
        out.add(new Share(p, node == null ? BigDecimal.ONE : node.eval(f)));
      }
    }
    if (!rules.overlay()) {
      for (Share s : out) {
        // a share field read from the data is refused when loaded (DataChecks); a computed one here
        if (DataChecks.inRange(s.share())) continue;
        throw new EvalError(
            Diagnostic.error(
                    Code.E0528,
                    RowPlace.row(data.deals(), row, null),
                    "a share of deal "
                        + data.dealId(row)
                        + " for "
                        + data.personId(s.person())
                        + " is "
                        + DataChecks.percent(s.share())
                        + ": a share is from 0% to 100%")
                .withHint("correct the share expression of the credit rule"));
      }
    }
    boolean split = rules.splits() != null || persons.size() > 1;
    if (split && !rules.overlay() && !out.isEmpty()) {
      BigDecimal total = BigDecimal.ZERO;
      for (Share s : out) total = total.add(s.share());
      if (total.compareTo(BigDecimal.ONE) != 0) {
        // shares read from the data are checked when loaded (DataChecks); computed ones here
        throw new EvalError(
            Diagnostic.error(
                    Code.E0528,
                    RowPlace.row(data.deals(), row, null),
                    "the shares of deal "
                        + data.dealId(row)
                        + " add up to "
                        + DataChecks.percent(total)
                        + ", not 100%")
                .withHint(
                    "fix the shares in the data, or say `overlay` in the credit rule to credit each person in full"));
      }
    }
    return out;
  }
}
