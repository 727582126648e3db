package compass.check;

import compass.ast.Expr;
import compass.data.FieldSpec;
import compass.data.TableSchema;

/**
 * The column of the data that an expression compared with a literal reads, so that {@link
 * DataLints} looks for the literal among the right rows (W0106): a participant's field is the
 * people table's; a row's field is the table of the credit source the checker read it in (the
 * default source's {@code deals}, or {@code meetings} in {@code count of meetings where status is
 * held}); a looked-up field ({@code product.series}, {@code rate_card(region, line).rate}) is the
 * reference table's. {@code ignoresCase}: the field is declared {@code ignoring case}, so a value
 * matches a cell that differs only in case, as the evaluator compares them.
 */
record ComparedColumn(String table, String field, boolean ignoresCase) {
  /** The column {@code e} reads, or null when it is not a field of a table. */
  static ComparedColumn of(CheckedPlan plan, Expr e) {
    Symbol s = plan.symbolOf(e);
    boolean folded = CaseRules.ignoresCase(s);
    if (s instanceof Symbol.PersonField p)
      return new ComparedColumn(plan.people().name(), p.spec().name(), folded);
    if (s instanceof Symbol.Lookup l) return new ComparedColumn(l.table(), l.spec().name(), folded);
    if (s instanceof Symbol.DealField d) {
      TableSchema t = tableOf(plan, d.spec());
      return t == null ? null : new ComparedColumn(t.name(), d.spec().name(), folded);
    }
    return null;
  }

  /**
   * The table that declares a field: a source's fields are its table's own (the checker binds a
   * name to the very field of the table it reads), so identity finds it among tables that may share
   * field names.
   */
  private static TableSchema tableOf(CheckedPlan plan, FieldSpec spec) {
    for (TableSchema t : plan.tables()) for (FieldSpec f : t.fields()) if (f == spec) return t;
    return null;
  }
}
