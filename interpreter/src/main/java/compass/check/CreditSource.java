package compass.check;

import compass.ast.Decl;
import compass.data.TableSchema;

/**
 * One credit source: the rows one `credit` rule credits, named by the rule's `as` name or else by
 * its table ({@code meetings}, {@code deals}, {@code sourced}). Measures (`sum of amount of
 * sourced`) and components (`pay 40 per meeting`) read the rows of a source. {@code targetField}
 * and {@code dateField} index {@code table}'s fields (-1: a splits table credits); {@code rules}
 * holds who is credited with what share (the plan's own rules for the default source).
 */
public record CreditSource(
    String name,
    Decl.Credit rule,
    TableSchema table,
    int targetField,
    int dateField,
    PayRules rules) {

  /** What `per ...` calls one row: the name without a trailing `s` (meetings: meeting). */
  public String singular() {
    return singular(name);
  }

  public static String singularOf(String name) {
    return singular(name);
  }

  static String singular(String name) {
    return name.length() > 1 && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  CreditSource withRules(PayRules r) {
    return new CreditSource(name, rule, table, targetField, dateField, r);
  }
}
