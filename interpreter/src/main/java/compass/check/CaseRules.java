package compass.check;

import compass.ast.Decl;
import compass.data.ColumnType;
import compass.diag.Code;
import compass.diag.Diagnostics;
import java.util.Locale;

/**
 * Case-insensitive comparison where a plan declares it (issue 14): {@code region: text ignoring
 * case} makes every comparison of that field with text ({@code is}, {@code =}, {@code !=}, {@code
 * is in}) compare case-folded values; any other field compares exactly, case and all.
 */
public final class CaseRules {
  private CaseRules() {}

  /**
   * The value compared on a field that ignores case: upper then lower case in the root locale, so
   * the result does not depend on the machine's language and {@code "Straße"} matches {@code
   * "STRASSE"}.
   */
  public static String fold(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a name stands for a field declared {@code ignoring case}: of a row, of the participant,
   * or of a reference table's row looked up by key.
   */
  public static boolean ignoresCase(Symbol s) {
    if (s instanceof Symbol.DealField d) return d.spec().ignoreCase();
    if (s instanceof Symbol.PersonField p) return p.spec().ignoreCase();
    if (s instanceof Symbol.Lookup l) return l.spec().ignoreCase(); // product.series
    return false;
  }

  /** E0211: only a text field can ignore case; returns whether this one does. */
  static boolean declared(Decl.Field f, ColumnType type, Diagnostics diags) {
    if (!f.ignoringCase()) return false;
    if (type == ColumnType.TEXT) return true;
    diags.error(
        Code.E0211,
        f.type().span(),
        "only a text field can ignore case, and `"
            + f.name().text()
            + "` is "
            + type.name().toLowerCase(Locale.ROOT),
        "remove `ignoring case`, or declare the field as text");
    return false;
  }
}
