/**
 * Diagnostics for every phase (syntax, check, data loading, evaluation): one record, collected in
 * a list rather than thrown, and rendered once with the source line and a caret.
 */
package compass.diag;
