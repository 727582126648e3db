package compass.session;

import compass.check.CheckedPlan;
import compass.data.CellValue;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import java.util.regex.Pattern;

/**
 * Reads a value typed in a what-if into a deal cell of the field's type through the data loader's
 * own cell reader ({@link CellValue}), so a what-if accepts and refuses exactly what deals.csv
 * would: `1,000.00` and `2027/03/20` are refused with the loader's words.
 */
final class DealValues {
  /** `20_000`: the plan language's digit grouping, also taken in a what-if (a CSV has none). */
  private static final Pattern GROUPING = Pattern.compile("(?<=\\d)_(?=\\d)");

  private DealValues() {}

  /** The typed value (see {@link compass.data.TableEdit}), or null after reporting E0735. */
  static Object parse(FieldSpec field, WhatIf.FieldValue v, CheckedPlan plan, Diagnostics diags) {
    String text = v.text();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\""))
      text = text.substring(1, text.length() - 1);
    if (numeric(field.type())) text = GROUPING.matcher(text).replaceAll("");
    CellValue.Read read =
        CellValue.read(
            field, text, plan.stages(), label -> plan.calendar().parse(label).isPresent());
    if (read.ok()) return read.value();
    Diagnostic d = Diagnostic.error(Code.E0735, v.span(), read.message());
    diags.add(read.hint() == null ? d : d.withHint(read.hint()));
    return null;
  }

  private static boolean numeric(ColumnType type) {
    return switch (type) {
      case NUMBER, MONEY, PERCENT, INTEGER -> true;
      case TEXT, PERSON, PERIOD, DATE, BOOL, STAGE -> false;
    };
  }
}
