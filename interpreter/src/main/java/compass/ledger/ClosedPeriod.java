package compass.ledger;

import compass.result.LineItem;
import compass.result.LocalPay;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One closed period as the ledger holds it: what was paid to each participant (the statement row
 * and its line items) and what it was computed from.
 *
 * @param edited the files of the folder whose content no longer matches the manifest (edited by
 *     hand or missing); empty when the folder is as it was written
 * @param deals the deal rows the period was computed from, or null when the folder keeps none
 * @param localRows the statement rows in the participants' pay currencies, index by index; empty
 *     when the plan pays everyone in its own currency
 * @param localLines the line items in the pay currencies, index by index, or empty
 */
public record ClosedPeriod(
    Manifest manifest,
    List<StatementRow> rows,
    List<LineItem> lines,
    List<String> edited,
    DealSnapshot deals,
    List<LocalPay> localRows,
    List<LocalPay> localLines) {

  public ClosedPeriod(
      Manifest manifest, List<StatementRow> rows, List<LineItem> lines, List<String> edited) {
    this(manifest, rows, lines, edited, null, List.of(), List.of());
  }

  public ClosedPeriod {
    rows = List.copyOf(rows);
    lines = List.copyOf(lines);
    edited = List.copyOf(edited);
    localRows = List.copyOf(localRows);
    localLines = List.copyOf(localLines);
  }

  public String period() {
    return manifest.period();
  }

  /** The statement row paid to {@code participant}, if the period paid them. */
  public Optional<StatementRow> row(String participant) {
    return rows.stream().filter(r -> r.participant().equals(participant)).findFirst();
  }

  /** What was paid to {@code participant}: the payout, or zero when the period did not pay them. */
  public BigDecimal payout(String participant) {
    return row(participant).map(StatementRow::payout).orElse(BigDecimal.ZERO);
  }

  /** The line items paid to {@code participant}, in the order they were written. */
  public List<LineItem> lines(String participant) {
    return lines.stream().filter(l -> l.participant().equals(participant)).toList();
  }
}
