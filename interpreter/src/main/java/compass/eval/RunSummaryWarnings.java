package compass.eval;

import compass.ast.Decl;
import compass.ast.Named;
import compass.check.CheckedPlan;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Severity;
import compass.result.LineItem;
import compass.result.Reconciliation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Warnings about what a whole run paid, one line each in the run's summary beside the
 * reconciliation (issue 12, point 3): a component that paid nothing to anyone in any period
 * (W0107), and a deals table none of whose rows was credited (W0108). Both are usually a condition
 * that does not match the data, which the payouts alone would hide behind zeros.
 */
public final class RunSummaryWarnings {
  private RunSummaryWarnings() {}

  /**
   * Whether the run prints this diagnostic as one line of its summary rather than with its source.
   */
  public static boolean inSummary(Diagnostic d) {
    return d.code() == Code.W0107 || d.code() == Code.W0108;
  }

  /** The warnings of an evaluation of every participant over the plan year. */
  public static List<Diagnostic> of(
      CheckedPlan plan, Table people, List<LineItem> lines, Reconciliation reconciliation) {
    List<Diagnostic> out = new ArrayList<>();
    // W0108 for each credit source: a second rule over the same table is reconciled on its own
    for (Reconciliation r : reconciliation.all()) {
      compass.check.CreditSource s =
          r.source() == null ? null : plan.sources().named(r.source().name());
      uncredited(
          s == null ? plan.credit() : s.rule(), s == null ? plan.deals() : s.table(), r, out);
    }
    unpaid(plan, people, lines, out);
    return out;
  }

  /** W0108: the credit rule credits no row of the table it reads. */
  private static void uncredited(
      Decl.Credit credit, compass.data.TableSchema table, Reconciliation r, List<Diagnostic> out) {
    if (credit == null || table == null || r.credited() > 0) return;
    String file = table.file();
    String message;
    if (r.read() == 0) {
      message =
          file
              + " has no rows, so no "
              + (r.source() == null ? "deal" : r.source().label() + " row")
              + " is credited";
    } else {
      Reconciliation.Exclusion most = null;
      for (Reconciliation.Exclusion e : r.excluded())
        if (most == null || e.count() > most.count()) most = e;
      message =
          "none of the "
              + r.read()
              + " rows of "
              + file
              + " is credited"
              + (r.source() == null || r.source().name().equals(r.source().table())
                  ? ""
                  : " as " + r.source().name())
              + (most == null ? "" : " (" + most.count() + " excluded: " + most.reason() + ")");
    }
    out.add(
        new Diagnostic(
            Severity.WARNING,
            Code.W0108,
            credit.span(),
            message,
            "compare the credit rule's conditions and dates with the data; every payout depends on credited deals",
            List.of()));
  }

  /** W0107: a component that no line of any participant and period paid anything. */
  private static void unpaid(
      CheckedPlan plan, Table people, List<LineItem> lines, List<Diagnostic> out) {
    if (people.rowCount() == 0) return;
    Set<String> paid = new HashSet<>();
    for (LineItem l : lines) if (l.amount().signum() != 0) paid.add(l.component());
    Set<String> roles = roles(people);
    for (Decl.Component c : plan.components()) {
      if (paid.contains(c.title()) || nobodyHasItsRole(c, roles)) continue; // the latter is W0103
      out.add(
          new Diagnostic(
              Severity.WARNING,
              Code.W0107,
              c.titleSpan(),
              "\"" + c.title() + "\" paid nothing to anyone in any period",
              "check its conditions and rates against the data; `compass explain` shows one participant's arithmetic",
              List.of()));
    }
  }

  private static boolean nobodyHasItsRole(Decl.Component c, Set<String> roles) {
    if (c.roles().isEmpty() || roles == null) return false;
    for (Named role : c.roles()) if (roles.contains(role.text())) return false;
    return true;
  }

  private static Set<String> roles(Table people) {
    if (!(people.column("role") instanceof TextColumn column)) return null;
    Set<String> out = new HashSet<>();
    for (int i = 0; i < people.rowCount(); i++) out.add(column.get(i));
    return out;
  }
}
