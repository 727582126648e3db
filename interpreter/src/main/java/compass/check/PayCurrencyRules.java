package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Plan;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks `pay participants in F using FX on payment date [paid N days after period end]` (SEMANTICS
 * 13): F is a text column of people, FX a declared table of rates (currency, date, rate, as for
 * `convert`), the lag a number of days; one such rule per plan.
 */
public final class PayCurrencyRules {
  private PayCurrencyRules() {}

  /** The plan's rule, or null when it pays everyone in the plan currency. */
  public static Decl.PayIn of(Plan plan) {
    List<Decl.PayIn> all = plan.all(Decl.PayIn.class);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The days between the end of a pay period and its payment date. */
  public static long lagDays(Decl.PayIn rule) {
    return rule.lag() instanceof Expr.DurationLit d ? d.amount().longValueExact() : 0;
  }

  /** The nearest ISO 4217 code to an unknown one, as the hint of E0308 gives it. */
  public static String currencyHint(String code) {
    return Checker.currencyHint(code);
  }

  static void check(
      Plan plan, TableSchema people, Map<String, TableSchema> tables, Diagnostics diags) {
    List<Decl.PayIn> all = plan.all(Decl.PayIn.class);
    for (int i = 1; i < all.size(); i++) {
      diags.error(
          Code.E0459,
          all.get(i).span(),
          "the plan says twice how participants are paid",
          "keep one `pay participants in ...` line (the first is at line "
              + all.get(0).span().line()
              + ")");
    }
    if (all.isEmpty()) return;
    Decl.PayIn rule = all.get(0);
    String field = rule.currencyField().text();
    int f = people == null ? -1 : Checker.fieldIndex(people, field);
    if (people != null && f < 0) {
      diags.error(
          Code.E0455,
          rule.currencyField().span(),
          "people has no field `" + field + "` to say each participant's pay currency",
          Suggestions.closest(field, fieldNames(people), 2) != null
              ? "did you mean `" + Suggestions.closest(field, fieldNames(people), 2) + "`?"
              : "add `"
                  + field
                  + ": text optional` to the people input (empty: the plan currency)");
    } else if (people != null && people.fields().get(f).type() != ColumnType.TEXT) {
      diags.error(
          Code.E0455,
          rule.currencyField().span(),
          "the pay currency `" + field + "` must be a text field of people (a code such as EUR)",
          "declare it `" + field + ": text optional`");
    }
    TableSchema fx = tables.get(rule.fx().text());
    if (fx == null) {
      diags.error(
          Code.E0456,
          rule.fx().span(),
          "no input named `" + rule.fx().text() + "` to read the FX rates from",
          Suggestions.hint(rule.fx().text(), tables.keySet()));
    } else {
      needs(fx, "currency", ColumnType.TEXT, rule, diags);
      needs(fx, "date", ColumnType.DATE, rule, diags);
      needs(fx, "rate", ColumnType.NUMBER, rule, diags);
    }
    if (rule.lag() != null && !days(rule.lag())) {
      diags.error(
          Code.E0457,
          rule.lag().span(),
          "the payment date is a whole number of days after the period's end",
          "write e.g. `paid 15 days after period end`");
    }
  }

  /** The columns the rule reads, so the unread-column lint stays quiet about them. */
  static void columnsRead(Plan plan, Map<String, Set<String>> read) {
    Decl.PayIn rule = of(plan);
    if (rule == null) return;
    if (read.containsKey("people")) read.get("people").add(rule.currencyField().text());
    Set<String> fx = read.get(rule.fx().text());
    if (fx != null) fx.addAll(List.of("currency", "date", "rate"));
  }

  private static boolean days(Expr lag) {
    return lag instanceof Expr.DurationLit d
        && (d.unit().equals("days") || d.unit().equals("day"))
        && d.amount().signum() >= 0
        && d.amount().stripTrailingZeros().scale() <= 0;
  }

  private static void needs(
      TableSchema fx, String name, ColumnType type, Decl.PayIn rule, Diagnostics diags) {
    int i = Checker.fieldIndex(fx, name);
    ColumnType t = i < 0 ? null : fx.fields().get(i).type();
    boolean ok =
        t == type || (type == ColumnType.NUMBER && t == ColumnType.INTEGER); // a whole rate is one
    if (!ok) {
      diags.error(
          Code.E0456,
          rule.fx().span(),
          "`"
              + fx.name()
              + "` needs a field `"
              + name
              + ": "
              + type.name().toLowerCase(java.util.Locale.ROOT)
              + "`",
          "an FX table has `currency: text`, `date: date` and `rate: number` (plan currency per"
              + " unit of the currency)");
    }
  }

  private static List<String> fieldNames(TableSchema t) {
    return t.fields().stream().map(FieldSpec::name).toList();
  }
}
