/**
 * Diagnostics for every phase (syntax, check, data loading, evaluation): one record, collected in a
 * list rather than thrown, and rendered once with the source line and a caret. Also the text every
 * output shares: {@link compass.diag.Printable} (escaping), {@link compass.diag.Grouping} (amounts)
 * and {@link compass.diag.Csv} (quoting), one implementation each.
 */
package compass.diag;
