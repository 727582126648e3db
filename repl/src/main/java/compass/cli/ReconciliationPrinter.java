package compass.cli;

import compass.diag.Printable;
import compass.result.Reconciliation;

/**
 * The reconciliation for stderr: {@code deals: 20000 read, 13000 credited, 7000 excluded}, then one
 * indented line per exclusion with its count right-aligned and its reason (SEMANTICS 3).
 */
final class ReconciliationPrinter {
  private ReconciliationPrinter() {}

  static String print(Reconciliation r) {
    StringBuilder out = new StringBuilder();
    out.append("deals: ")
        .append(r.read())
        .append(" read, ")
        .append(r.credited())
        .append(" credited, ")
        .append(r.excludedCount())
        .append(" excluded");
    if (r.rejected() > 0) out.append(", ").append(r.rejected()).append(" rejected");
    out.append('\n');
    int width = 0;
    for (Reconciliation.Exclusion e : r.excluded()) {
      width = Math.max(width, String.valueOf(e.count()).length());
    }
    for (Reconciliation.Exclusion e : r.excluded()) {
      String count = String.valueOf(e.count());
      out.append("  ")
          .append(" ".repeat(width - count.length()))
          .append(count)
          .append("  ")
          .append(Printable.escape(e.reason()))
          .append('\n');
    }
    return out.toString();
  }
}
