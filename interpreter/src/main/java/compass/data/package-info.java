/**
 * Typed loading of the CSV inputs a plan declares: each declared field becomes a compact column
 * (arrays, not boxed rows), and every problem in the file becomes a diagnostic with the file, line,
 * column, field and the raw line text. {@link compass.data.TableLoader} is the entry point.
 */
package compass.data;
