package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Label;
import compass.diag.Severity;
import compass.diag.Suggestions;
import compass.types.Type;
import compass.types.UnitRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of sets (issue 14): {@code region is in ("LATAM", "APAC")}, {@code is not in}, and
 * named sets ({@code new_regions = ("LATAM", "APAC")}). A set lists values written out, all of the
 * type of what is compared with it; a value listed twice is a warning; a named set is only ever the
 * right side of {@code in}.
 */
final class SetRules {
  private final CheckContext cx;
  private final ExprChecker exprs;

  /** The definitions whose value is a set written out, by name. */
  private final Map<String, Decl.Definition> namedSets = new LinkedHashMap<>();

  /** The type of the elements of each named set checked so far (ERROR: mixed or unknown). */
  private final Map<String, Type> elementTypes = new HashMap<>();

  SetRules(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
    for (Decl.Definition d : cx.plan.all(Decl.Definition.class))
      if (d.value() instanceof Expr.SetLit) namedSets.putIfAbsent(d.name().text(), d);
  }

  boolean isNamedSet(String name) {
    return namedSets.containsKey(name);
  }

  /** Whether the right side of an {@code in} is a set (written out or named), not a period. */
  boolean isSet(Expr right) {
    return right instanceof Expr.SetLit || right instanceof Expr.Ref r && isNamedSet(r.name());
  }

  /** A named set where a value is expected: {@code pay new_regions} (E0210). */
  Type usedAsValue(Expr.Ref r) {
    exprs.definitionType(r.name(), r.span()); // its element type, for the hint's example
    String example =
        switch (elementTypes.getOrDefault(r.name(), Type.TEXT)) {
          case STAGE -> "stage";
          case DATE, PERIOD -> "close_date";
          case MONEY, NUMBER, PERCENT -> "amount";
          default -> "region";
        };
    cx.diags.error(
        Code.E0210,
        r.span(),
        "`" + r.name() + "` is a set: it can only be used on the right of `in`",
        "write e.g. `" + example + " is in " + r.name() + "`");
    return Type.ERROR;
  }

  /**
   * A set written out: the value of a named set (checked on its own: one type, no value twice), or
   * anywhere else a misuse (E0210); after {@code in} it is checked by {@link #membership}.
   */
  Type setLiteral(Expr.SetLit set) {
    for (Decl.Definition d : namedSets.values()) {
      if (d.value() == set) {
        Type t = elements(set, null, null, false);
        elementTypes.put(d.name().text(), t);
        return Type.SET;
      }
    }
    cx.diags.error(
        Code.E0210,
        set.span(),
        "a set can only be used on the right of `in`",
        "write e.g. `region is in (\"LATAM\", \"APAC\")`");
    return Type.ERROR;
  }

  /** {@code left is in (...)}, {@code left is not in new_regions}: a yes/no value. */
  Type membership(Expr.In in, Scope scope) {
    Type left = exprs.type(in.left(), scope);
    if (left == Type.BOOL || left == Type.DURATION || left == Type.PERIOD || left == Type.SET) {
      exprs.typeError(in.left(), ExprChecker.article(left) + " cannot be looked up in a set");
      left = Type.ERROR;
    }
    boolean folded = CaseRules.ignoresCase(cx.symbols.get(in.left()));
    if (in.right() instanceof Expr.SetLit set) {
      cx.types.put(set, Type.SET);
      elements(set, in.left(), left, folded);
    } else {
      Expr.Ref r = (Expr.Ref) in.right();
      cx.symbols.put(r, new Symbol.Definition(r.name()));
      cx.types.put(r, Type.SET);
      exprs.definitionType(r.name(), r.span()); // checks the set once, and orders it
      Type t = elementTypes.getOrDefault(r.name(), Type.ERROR);
      if (!fits(left, t)) mismatch(in.left(), left, r, t);
    }
    return Type.BOOL;
  }

  /** Whether values of type {@code element} can be looked for among values of {@code left}. */
  private static boolean fits(Type left, Type element) {
    if (left == Type.DATE && element == Type.PERIOD) return true; // in any of these periods
    return UnitRules.comparable(left, element);
  }

  private void mismatch(Expr left, Type leftType, Expr element, Type elementType) {
    cx.diags.add(
        Diagnostic.error(
                Code.E0209,
                element.span(),
                "cannot look for "
                    + ExprChecker.article(elementType)
                    + " among the values of "
                    + ExprChecker.article(leftType))
            .withLabel(new Label(left.span(), leftType.label()))
            .withHint(
                "every value of the set must be of the type of `" + left.span().text() + "`"));
  }

  /**
   * Types each element and returns the set's element type. With a left side ({@code left} not
   * null), each element must fit it (E0209); alone (a named set), all must have one type (E0208).
   * Text is compared case-folded for duplicates when {@code folded}.
   */
  private Type elements(Expr.SetLit set, Expr leftExpr, Type left, boolean folded) {
    Type common = null;
    Map<String, Expr> seen = new HashMap<>();
    for (Expr e : set.elements()) {
      List<Expr> values = new ArrayList<>();
      Type t = element(e, left, values);
      if (t == Type.ERROR) continue;
      if (left != null) {
        if (!fits(left, t)) {
          mismatch(leftExpr, left, e, t);
          continue;
        }
      } else if (common != null && UnitRules.unify(common, t) == null) {
        cx.diags.add(
            Diagnostic.error(
                    Code.E0208,
                    e.span(),
                    "this set mixes "
                        + ExprChecker.article(common)
                        + " and "
                        + ExprChecker.article(t))
                .withHint("a set holds values of one type, e.g. (\"LATAM\", \"APAC\")"));
        continue;
      }
      common = common == null ? t : UnitRules.unify(common, t);
      for (Expr v : values) duplicate(v, seen, folded);
    }
    return common == null ? Type.ERROR : common;
  }

  /**
   * The type of one element; its values (itself, or a named set's elements) are added to {@code
   * values}. A bare word is a stage, a named set, or (against text) a word of text as after {@code
   * is}; anything else is E0313.
   */
  private Type element(Expr e, Type left, List<Expr> values) {
    if (e instanceof Expr.Ref r) {
      String name = r.name();
      if (isNamedSet(name)) {
        cx.symbols.put(r, new Symbol.Definition(name));
        cx.types.put(r, Type.SET);
        exprs.definitionType(name, r.span());
        if (namedSets.get(name).value() instanceof Expr.SetLit inner)
          values.addAll(inner.elements());
        return elementTypes.getOrDefault(name, Type.ERROR);
      }
      if (left == Type.DATE && isNamedPeriod(name)) { // `close_date in (q1)`, q1 = 2027-Q1
        cx.symbols.put(r, new Symbol.Definition(name));
        cx.types.put(r, Type.PERIOD);
        exprs.definitionType(name, r.span());
        return Type.PERIOD;
      }
      int stage = cx.stages.indexOf(name);
      if (stage >= 0 && !exprs.isDefinition(name)) {
        cx.symbols.put(r, new Symbol.Stage(stage, name));
        cx.types.put(r, Type.STAGE);
        values.add(r);
        return Type.STAGE;
      }
      boolean known =
          exprs.isDefinition(name)
              || (cx.deals != null && Checker.fieldIndex(cx.deals, name) >= 0)
              || Checker.fieldIndex(cx.people, name) >= 0;
      if ((left == Type.TEXT || left == Type.PERSON) && !known) {
        cx.symbols.put(r, new Symbol.TextConstant(name));
        cx.types.put(r, Type.TEXT);
        values.add(r);
        return Type.TEXT;
      }
      if (left == Type.ERROR) return Type.ERROR; // what it is compared with is reported already
      String hint;
      if (left == Type.STAGE || (left == null && !known && !cx.stages.isEmpty())) {
        String near = Suggestions.hint(name, cx.stages);
        hint = near != null ? near : "the stages are: " + String.join(", ", cx.stages);
        cx.diags.error(
            Code.E0313, r.span(), "`" + name + "` is not one of the plan's stages", hint);
      } else {
        cx.diags.error(
            Code.E0313,
            r.span(),
            "a set lists values written out, and `" + name + "` is a name",
            known
                ? "write the values themselves, e.g. (\"LATAM\", \"APAC\") or (100, 200)"
                : "quote text: (\"" + name + "\")");
      }
      return Type.ERROR;
    }
    if (e instanceof Expr.StringLit
        || e instanceof Expr.NumberLit
        || e instanceof Expr.PercentLit
        || e instanceof Expr.DateLit
        || e instanceof Expr.PeriodLit) {
      Type t = exprs.type(e, Scope.PARTICIPANT);
      values.add(e);
      return t;
    }
    cx.diags.error(
        Code.E0313,
        e.span(),
        "a set lists values written out, not `" + e.span().text() + "`",
        "write each value itself: text in quotes, numbers, amounts, dates or stages");
    return Type.ERROR;
  }

  /** A definition whose value is a period written out ({@code q1 = 2027-Q1}). */
  private boolean isNamedPeriod(String name) {
    for (Decl.Definition d : cx.plan.all(Decl.Definition.class))
      if (d.name().text().equals(name)) return d.value() instanceof Expr.PeriodLit;
    return false;
  }

  /** W0111: a value listed twice (or, on a field that ignores case, twice but for case). */
  private void duplicate(Expr value, Map<String, Expr> seen, boolean folded) {
    String key = key(value, folded);
    if (key == null) return;
    Expr first = seen.putIfAbsent(key, value);
    if (first == null || first == value) return;
    cx.diags.add(
        new Diagnostic(
            Severity.WARNING,
            Code.W0111,
            value.span(),
            "`"
                + value.span().text()
                + "` is listed twice in this set"
                + (folded && !first.span().text().equals(value.span().text())
                    ? " (the field ignores case)"
                    : ""),
            "remove one of them",
            List.of(new Label(first.span(), "first listed here"))));
  }

  /** The value an element stands for, as compared: numbers by value, text folded if asked. */
  private String key(Expr e, boolean folded) {
    if (e instanceof Expr.StringLit s)
      return "t:" + (folded ? CaseRules.fold(s.value()) : s.value());
    if (e instanceof Expr.NumberLit n) return "n:" + stripped(n.value());
    if (e instanceof Expr.PercentLit p) return "n:" + stripped(p.fraction());
    if (e instanceof Expr.DateLit d) return "d:" + d.value();
    if (e instanceof Expr.PeriodLit p) return "p:" + p.label();
    Symbol s = cx.symbols.get(e);
    if (s instanceof Symbol.Stage st) return "s:" + st.name();
    if (s instanceof Symbol.TextConstant t)
      return "t:" + (folded ? CaseRules.fold(t.text()) : t.text());
    return null;
  }

  private static String stripped(BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
  }
}
