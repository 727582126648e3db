package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Plan;
import compass.ast.Step;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Suggestions;
import compass.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Issue 15, point 9: {@code payout of "Q1 SPIF"} reads what a component earned for the participant
 * in the evaluated span, for ROI and cost-of-sales figures ({@code spif_cost = payout of "Q1
 * SPIF"}). The parser reads it as {@code payout} OF a text; this class recognises that shape,
 * checks the title (E0435, E0437) and where it is used (E0438), and refuses a payout that reads
 * itself through definitions and other components (E0436).
 */
public final class PayoutReads {
  private PayoutReads() {}

  /** Every expression of a component's steps, in written order. */
  public static List<Expr> expressions(Decl.Component c) {
    List<Expr> exprs = new ArrayList<>();
    for (Step s : c.steps()) Lints.stepExpressions(s, exprs);
    exprs.removeIf(java.util.Objects::isNull);
    return exprs;
  }

  /** Whether {@code e} is written {@code payout of ...}. */
  public static boolean isPayoutOf(Expr e) {
    return e instanceof Expr.Binary b
        && b.op() == Expr.BinaryOp.OF
        && b.left() instanceof Expr.Ref r
        && r.name().equals("payout");
  }

  /** The title read by {@code payout of "Title"}, or null when {@code e} is not one. */
  public static String title(Expr e) {
    return isPayoutOf(e) && ((Expr.Binary) e).right() instanceof Expr.StringLit s
        ? s.value()
        : null;
  }

  /**
   * Types {@code payout of ...}: money. {@code inDeal} is true where one deal is being looked at (a
   * measure, a `where`, a credit rule, a `per deal` amount): a participant's payout is not a
   * deal's.
   */
  static Type check(Expr.Binary b, boolean inDeal, CheckContext cx) {
    String title = title(b);
    if (title == null) {
      // `payout of "X" year to date` reads as `payout of ("X" year to date)`: say where the
      // brackets go
      // and `payout of "X" * 2` as `payout of ("X" * 2)`: `of` takes all that follows
      Expr first = b.right();
      while (first instanceof Expr.Binary inner) first = inner.left();
      if (first instanceof Expr.OverSpan o) first = o.value();
      String rest = b.right().span().text();
      String hint =
          first instanceof Expr.StringLit s && rest.startsWith(s.span().text())
              ? "`of` takes all that follows it: write `(payout of "
                  + s.span().text()
                  + ")"
                  + rest.substring(s.span().text().length())
                  + "`"
              : hintTitles(cx.plan);
      cx.diags.error(
          Code.E0437,
          b.right().span(),
          "`payout of` takes a component's title in quotes, not `" + b.right().span().text() + "`",
          hint);
      return Type.ERROR;
    }
    Set<String> titles = titles(cx.plan);
    if (!titles.contains(title)) {
      String near = Suggestions.closest(title, titles);
      cx.diags.error(
          Code.E0435,
          b.right().span(),
          "no component is titled \"" + title + "\"",
          near != null ? "did you mean \"" + near + "\"?" : hintTitles(cx.plan));
      return Type.ERROR;
    }
    if (inDeal) {
      cx.diags.error(
          Code.E0438,
          b.span(),
          "`payout of \""
              + title
              + "\"` is what the participant earned in the period, not a value of one deal",
          "read it outside the measure or the `where`: in a definition, a `pay` amount, a gate");
      return Type.ERROR;
    }
    return Type.MONEY;
  }

  private static Set<String> titles(Plan plan) {
    Set<String> titles = new LinkedHashSet<>();
    for (Decl.Component c : plan.all(Decl.Component.class)) titles.add(c.title());
    return titles;
  }

  private static String hintTitles(Plan plan) {
    Set<String> titles = titles(plan);
    if (titles.isEmpty()) return "the plan has no component";
    return "write e.g. `payout of \"" + titles.iterator().next() + "\"`";
  }

  /**
   * E0436: a component whose payout depends on itself, through definitions and other components'
   * payouts: `"Bonus" -> spif_cost -> payout of "Bonus"`. Reported once per cycle, at the `payout
   * of` that closes it.
   */
  static void checkCycles(CheckContext cx) {
    if (!anyPayoutOf(cx.plan)) return; // no payout is read: nothing can read itself
    // a definition's value, and what overrides and `when` rules put in its place
    Map<String, List<Expr>> definitions = new LinkedHashMap<>();
    for (Decl.Definition d : cx.plan.all(Decl.Definition.class))
      definitions.computeIfAbsent(d.name().text(), k -> new ArrayList<>()).add(d.value());
    for (Decl.Override o : cx.plan.all(Decl.Override.class))
      if (definitions.containsKey(o.target().text()))
        definitions.get(o.target().text()).add(o.value());
    for (Decl.When w : cx.plan.all(Decl.When.class))
      if (definitions.containsKey(w.target().text()))
        definitions.get(w.target().text()).add(w.replacement());
    Map<String, List<Expr>> components = new LinkedHashMap<>();
    for (Decl.Component c : cx.plan.all(Decl.Component.class)) {
      components.putIfAbsent(c.title(), expressions(c));
    }
    Set<Set<String>> reported = new HashSet<>();
    for (String start : components.keySet()) {
      List<String> path = new ArrayList<>();
      path.add("\"" + start + "\"");
      Set<String> seen = new HashSet<>();
      search(start, components.get(start), path, seen, definitions, components, reported, cx);
    }
  }

  private static boolean search(
      String start,
      List<Expr> exprs,
      List<String> path,
      Set<String> seen,
      Map<String, List<Expr>> definitions,
      Map<String, List<Expr>> components,
      Set<Set<String>> reported,
      CheckContext cx) {
    for (Expr root : exprs) {
      for (Expr e : reads(root, definitions)) {
        String next;
        List<Expr> inner;
        String step;
        if (e instanceof Expr.Ref r) {
          next = "def " + r.name();
          inner = definitions.get(r.name());
          step = r.name();
        } else {
          String title = title(e);
          if (title.equals(start)) {
            List<String> chain = new ArrayList<>(path);
            chain.add("payout of \"" + title + "\"");
            Set<String> members = new TreeSet<>();
            for (String p : chain) if (p.endsWith("\"")) members.add(p.replace("payout of ", ""));
            if (reported.add(members))
              cx.diags.add(
                  Diagnostic.error(
                          Code.E0436,
                          e.span(),
                          "the payout of \""
                              + start
                              + "\" depends on itself: "
                              + String.join(" -> ", chain))
                      .withHint(
                          "a component cannot read its own payout, directly or through"
                              + " definitions and other components"));
            return true;
          }
          next = "component " + title;
          inner = components.getOrDefault(title, List.of());
          step = "payout of \"" + title + "\"";
        }
        // a chain longer than the checker allows is E0104 already; stop rather than overflow
        if (!seen.add(next) || path.size() > ExprChecker.MAX_DEFINITION_DEPTH) continue;
        path.add(step);
        boolean found = search(start, inner, path, seen, definitions, components, reported, cx);
        path.remove(path.size() - 1);
        if (found) return true;
      }
    }
    return false;
  }

  private static boolean anyPayoutOf(Plan plan) {
    boolean[] any = new boolean[1];
    java.util.function.Consumer<Expr> visit = e -> any[0] |= title(e) != null;
    for (Decl.Definition d : plan.all(Decl.Definition.class)) ExprWalk.each(d.value(), visit);
    for (Decl.Override o : plan.all(Decl.Override.class)) ExprWalk.each(o.value(), visit);
    for (Decl.When w : plan.all(Decl.When.class)) ExprWalk.each(w.replacement(), visit);
    for (Decl.Component c : plan.all(Decl.Component.class))
      for (Expr e : expressions(c)) ExprWalk.each(e, visit);
    return any[0];
  }

  /**
   * What an expression reads directly that may lead to a payout: the definitions it names and the
   * `payout of` it holds, in written order.
   */
  private static List<Expr> reads(Expr root, Map<String, List<Expr>> definitions) {
    List<Expr> out = new ArrayList<>();
    ExprWalk.each(
        root,
        e -> {
          if (title(e) != null) out.add(e);
          else if (e instanceof Expr.Ref r
              && definitions.containsKey(r.name())
              && !r.name().equals("payout")) out.add(e);
        });
    return out;
  }
}
