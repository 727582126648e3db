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
import compass.types.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks `first deal of F` (issue 15, "a bonus for the first won deal with each new-logo account"):
 * true for the deal looked at when it is the earliest credited deal with its value of F. It is read
 * where a deal is looked at, F is a text or person field of those rows, and it cannot decide which
 * deals are credited, since it is computed from them.
 */
final class FirstDealRules {
  private FirstDealRules() {}

  static Type type(
      Expr.FirstOf f, Scope scope, TableSchema rows, CheckContext cx, ExprChecker exprs) {
    String noun = f.row().text();
    if (rows == null) {
      cx.diags.error(
          Code.E0467,
          f.span(),
          "`first " + noun + " of` needs credited rows, but the plan credits none",
          "add a `credit` rule");
      return Type.ERROR;
    }
    if (!noun.equals("deal") && !(noun + "s").equals(rows.name()) && !noun.equals(rows.name())) {
      String expected =
          rows.name().endsWith("s") ? rows.name().substring(0, rows.name().length() - 1) : "deal";
      cx.diags.error(
          Code.E0469,
          f.row().span(),
          "`first " + noun + " of`: the rows looked at here are " + rows.name(),
          "write `first " + expected + " of " + f.field().text() + "`");
      return Type.ERROR;
    }
    if (scope != Scope.DEAL) {
      cx.diags.error(
          Code.E0467,
          f.span(),
          "`first "
              + noun
              + " of "
              + f.field().text()
              + "` is about one deal, but no deal is looked at here",
          "use it where a deal is looked at: `pay 1_000 per deal where first deal of "
              + f.field().text()
              + "` or `count of deals where first deal of "
              + f.field().text()
              + "`");
      return Type.ERROR;
    }
    int i = Checker.fieldIndex(rows, f.field().text());
    if (i < 0) {
      List<String> names = rows.fields().stream().map(FieldSpec::name).toList();
      cx.diags.error(
          Code.E0465,
          f.field().span(),
          "`" + rows.name() + "` has no field `" + f.field().text() + "`",
          Suggestions.hint(f.field().text(), names));
      return Type.ERROR;
    }
    ColumnType t = rows.fields().get(i).type();
    if (t != ColumnType.TEXT && t != ColumnType.PERSON) {
      cx.diags.error(
          Code.E0466,
          f.field().span(),
          "`first "
              + noun
              + " of` groups deals by a text or person field, but `"
              + f.field().text()
              + "` is "
              + t.name().toLowerCase(java.util.Locale.ROOT),
          "name the field that says whose the deal is, e.g. `first deal of account`");
      return Type.ERROR;
    }
    exprs.markDealRow();
    return Type.BOOL;
  }

  /**
   * E0468: which deal is first is decided among the credited deals, so it cannot decide which deals
   * are credited (in a credit rule's filter, directly or through a definition).
   */
  static void notInCreditRules(Plan plan, Diagnostics diags) {
    Map<String, Expr> definitions = new java.util.HashMap<>();
    for (Decl.Definition d : plan.all(Decl.Definition.class))
      definitions.put(d.name().text(), d.value());
    for (Decl.Credit c : plan.all(Decl.Credit.class)) {
      if (c.filter() == null) continue;
      Set<String> seen = new HashSet<>();
      Consumer<Expr> visit =
          new Consumer<>() {
            @Override
            public void accept(Expr e) {
              if (e instanceof Expr.FirstOf f) {
                diags.error(
                    Code.E0468,
                    f.span(),
                    "`first "
                        + f.row().text()
                        + " of` is decided among the credited deals, so it cannot"
                        + " choose which deals are credited",
                    "credit the deals, then pay on the first: `pay 1_000 per deal where first deal of "
                        + f.field().text()
                        + "`");
              } else if (e instanceof Expr.Ref r
                  && definitions.containsKey(r.name())
                  && seen.add(r.name())) {
                ExprWalk.each(definitions.get(r.name()), this);
              }
            }
          };
      ExprWalk.each(c.filter(), visit);
    }
  }
}
