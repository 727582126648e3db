package compass.cli.repl;

import compass.cli.Amounts;
import compass.diag.Grouping;
import compass.diag.Printable;
import compass.result.StatementRow;
import compass.session.Impact;
import compass.session.Session;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The REPL's answers as aligned text: no colour, the same on every machine. */
final class Render {
  /** A what-if that changes more statements than this shows the first ones and a count. */
  static final int MAX_CHANGES = 25;

  private Render() {}

  static String rows(List<StatementRow> rows) {
    if (rows.isEmpty()) return "no payouts\n";
    List<String[]> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (StatementRow r : rows) {
      lines.add(
          new String[] {
            r.participant(), r.period(), Amounts.grouped(r.payout(), r.currency()), r.currency()
          });
      total = total.add(r.payout());
    }
    String currency = rows.get(0).currency();
    if (rows.size() > 1)
      lines.add(new String[] {"total", "", Amounts.grouped(total, currency), currency});
    return align(lines, new boolean[] {false, false, true, false});
  }

  static String impact(Impact impact, String currency) {
    StringBuilder out = new StringBuilder();
    List<String[]> lines = new ArrayList<>();
    int shown = 0;
    for (Impact.Change c : impact.changes()) {
      if (shown++ == MAX_CHANGES) break;
      lines.add(
          new String[] {
            c.participant(),
            c.period(),
            Amounts.grouped(c.before(), currency),
            "->",
            Amounts.grouped(c.after(), currency),
            "(" + signed(c.delta(), currency) + ")",
            c.why()
          });
    }
    if (lines.isEmpty()) out.append("no payout changes\n");
    else out.append(align(lines, new boolean[] {false, false, true, false, true, true, false}));
    if (impact.changes().size() > MAX_CHANGES)
      out.append("... and ").append(impact.changes().size() - MAX_CHANGES).append(" more\n");
    for (Impact.PeriodTotal t : impact.periods()) {
      out.append("total ")
          .append(t.period())
          .append(": ")
          .append(Amounts.grouped(t.before(), currency))
          .append(" -> ")
          .append(Amounts.grouped(t.after(), currency))
          .append(" (")
          .append(signed(t.after().subtract(t.before()), currency))
          .append(")\n");
    }
    out.append("participants affected: ")
        .append(impact.participantsAffected())
        .append(" (")
        .append(impact.participantsEvaluated())
        .append(" re-evaluated)")
        .append("   total payout, all periods: ")
        .append(Amounts.grouped(impact.totalBefore(), currency))
        .append(" -> ")
        .append(Amounts.grouped(impact.totalAfter(), currency))
        .append(" (")
        .append(signed(impact.totalDelta(), currency))
        .append(") ")
        .append(currency)
        .append('\n');
    return out.toString();
  }

  static String signed(BigDecimal v, String currency) {
    return (v.signum() >= 0 ? "+" : "") + Amounts.grouped(v, currency);
  }

  /** A value by its type: money with its currency, a percentage as such, a number as it is. */
  static String value(Session.Value v, String currency) {
    BigDecimal x = v.value();
    if (v.isMoney()) return Amounts.grouped(x, currency) + " " + currency;
    if (v.isPercent()) return Grouping.percent(x);
    if (v.isYesNo()) return x.signum() != 0 ? "yes" : "no";
    return plain(x);
  }

  private static String plain(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    if (s.scale() < 0) s = s.setScale(0);
    return s.toPlainString();
  }

  /** Columns separated by two spaces; numbers right-aligned; no trailing spaces. */
  static String align(List<String[]> lines, boolean[] right) {
    int cols = right.length;
    int[] width = new int[cols];
    for (String[] l : lines)
      for (int i = 0; i < cols; i++) width[i] = Math.max(width[i], Printable.escape(l[i]).length());
    StringBuilder out = new StringBuilder();
    for (String[] l : lines) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        if (i > 0) line.append("  ");
        String cell =
            Printable.escape(l[i]); // ids and reasons come from the data: shown, never acted on
        String pad = " ".repeat(width[i] - cell.length());
        line.append(right[i] ? pad + cell : cell + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
