package compass.cli;

import compass.diag.Printable;
import compass.result.Reconciliation;

/**
 * The reconciliation for stderr: {@code deals: 20000 read, 13000 credited, 7000 excluded}, then one
 * indented line per exclusion with its count right-aligned and its reason (SEMANTICS 3).
 */
final class ReconciliationPrinter {
  private ReconciliationPrinter() {}

  /**
   * Every credit source's reconciliation, one block each; a plan with several sources names each by
   * its table, and a named rule by its table and name: {@code deals (sourced): ...}.
   */
  static String print(Reconciliation all) {
    StringBuilder out = new StringBuilder();
    for (Reconciliation r : all.all()) out.append(printOne(r));
    return out.toString();
  }

  private static String printOne(Reconciliation r) {
    StringBuilder out = new StringBuilder();
    out.append(r.source() == null ? "deals" : Printable.escape(r.source().label()))
        .append(": ")
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
