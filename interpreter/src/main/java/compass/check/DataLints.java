package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Named;
import compass.data.Column;
import compass.data.EnumColumn;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Severity;
import compass.diag.Suggestions;
import compass.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warnings that only the data can raise, found by reading the loaded rows without evaluating
 * anything (issue 12, point 3): a value the plan compares with a column that no row has (W0106:
 * {@code product is "GTX Pro"}, a stage, a role or team of an override or draw) and a component
 * {@code for role X} that no one has (W0103), each with the nearest values the data does have. The
 * column is that of the table the comparison reads ({@link ComparedColumn}): the people's, the
 * deals', another credit source's ({@code count of meetings where status is held}) or a reference
 * table's ({@code product.series is "GTX"}). Cells are compared exactly as the evaluator compares
 * them: the text as loaded, case and all (folded on a field declared {@code ignoring case}).
 */
public final class DataLints {
  /** How many of the nearest values present a hint lists. */
  private static final int NEAREST = 3;

  /**
   * The rows to look in, with how a message names them: for a run, its people and deals files; for
   * {@code compass test}, every test's rows together ({@code "the tests' deals"}). {@code others}:
   * the rows of every other input by its name (the tables of other credit sources, the reference
   * tables of lookups), named in messages by {@code otherNames}.
   */
  public record Rows(
      List<Table> people,
      List<Table> deals,
      String peopleName,
      String dealsName,
      Map<String, List<Table>> others,
      Map<String, String> otherNames) {
    /** Only people and deals: a comparison with another table's field is not looked at. */
    public Rows(List<Table> people, List<Table> deals, String peopleName, String dealsName) {
      this(people, deals, peopleName, dealsName, Map.of(), Map.of());
    }

    /** The tables of one run (deals may be null when the plan reads none). */
    public static Rows of(Table people, Table deals, Map<String, Table> others) {
      Map<String, List<Table>> rows = new HashMap<>();
      Map<String, String> names = new HashMap<>();
      others.forEach(
          (name, t) -> {
            rows.put(name, List.of(t));
            names.put(name, fileOf(t));
          });
      return new Rows(
          List.of(people),
          deals == null ? List.of() : List.of(deals),
          fileOf(people),
          deals == null ? "" : fileOf(deals),
          rows,
          names);
    }

    /**
     * A table's file as its positions name it: {@code sdr.xlsx!meetings} for a workbook's sheet.
     */
    private static String fileOf(Table t) {
      return t.schema().sheet() == null ? t.file() : t.file() + "!" + t.schema().sheet();
    }
  }

  private final CheckedPlan plan;
  private final Rows rows;
  private final Map<String, Set<String>> valuesByColumn = new HashMap<>();
  private final List<Found> found = new ArrayList<>();

  private DataLints(CheckedPlan plan, Rows rows) {
    this.plan = plan;
    this.rows = rows;
  }

  /**
   * The warnings, in the order of the plan's text; each value of a column once, where first
   * written.
   */
  public static List<Diagnostic> lint(CheckedPlan plan, Rows rows) {
    DataLints l = new DataLints(plan, rows);
    l.componentRoles();
    l.comparisons();
    l.overridesAndDraws();
    l.found.sort(
        Comparator.comparing((Found f) -> f.at().file().path())
            .thenComparingInt(f -> f.at().start()));
    Set<String> reported = new HashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Found f : l.found) if (reported.add(f.key())) out.add(f.diagnostic());
    return out;
  }

  /** One value that no row has: where the plan writes it, and its warning. */
  private record Found(Span at, String key, Diagnostic diagnostic) {}

  // ---- W0103 -------------------------------------------------------------------------------

  /**
   * A component `for role X` whose role no one has pays no one (reported before as W0103 by the
   * run).
   */
  private void componentRoles() {
    Set<String> roles = values(people(), "role");
    if (roles == null) return;
    for (Decl.Component c : plan.components()) {
      boolean paysSomeone = c.roles().stream().anyMatch(r -> roles.contains(r.text()));
      for (Named role : c.roles()) {
        if (roles.contains(role.text())) continue;
        if (paysSomeone) { // `for role AE, ae`: the component still pays the others
          missing(
              people(),
              "role",
              role.text(),
              false,
              role.span(),
              "so this role of \"" + c.title() + "\" matches no one");
          continue;
        }
        found.add(
            new Found(
                role.span(),
                people() + ".role=" + role.text(),
                new Diagnostic(
                    Severity.WARNING,
                    Code.W0103,
                    role.span(),
                    "no one in "
                        + rows.peopleName()
                        + " has role `"
                        + role.text()
                        + "`, so \""
                        + c.title()
                        + "\" pays no one",
                    hint(role.text(), false, roles, "role", rows.peopleName()),
                    List.of())));
      }
    }
  }

  // ---- W0106 -------------------------------------------------------------------------------

  /**
   * `product is "GTX Pro"`, `stage = closed_won`, `region != "EMEA"`: a column against a literal.
   */
  private void comparisons() {
    for (Expr root : Lints.usedExpressions(plan)) {
      ExprWalk.each(
          root,
          e -> {
            if (e instanceof Expr.Is i) {
              compared(i.left(), i.right(), i.negated());
              compared(i.right(), i.left(), i.negated());
            } else if (e instanceof Expr.Binary b
                && (b.op() == Expr.BinaryOp.EQUAL || b.op() == Expr.BinaryOp.NOT_EQUAL)) {
              compared(b.left(), b.right(), b.op() == Expr.BinaryOp.NOT_EQUAL);
              compared(b.right(), b.left(), b.op() == Expr.BinaryOp.NOT_EQUAL);
            } else if (e instanceof Expr.In in) { // issue 14: each value of a set on its own
              for (Expr element : SetElements.of(plan, in.right()))
                compared(in.left(), element, "so this value of the set matches no row");
            }
          });
    }
  }

  private void compared(Expr column, Expr literal, boolean negated) {
    compared(
        column,
        literal,
        negated ? "so this condition always holds" : "so this condition never holds");
  }

  private void compared(Expr column, Expr literal, String consequence) {
    // the people's, the deals', another credit source's (meetings.status) or a looked-up table's
    ComparedColumn c = ComparedColumn.of(plan, column);
    if (c == null) return;
    String value;
    boolean quoted = literal instanceof Expr.StringLit;
    if (literal instanceof Expr.StringLit str) value = str.value();
    else if (plan.symbolOf(literal) instanceof Symbol.TextConstant t) value = t.text();
    else if (plan.symbolOf(literal) instanceof Symbol.Stage st) value = st.name();
    else return;
    missing(c.table(), c.field(), value, quoted, c.ignoresCase(), literal.span(), consequence);
  }

  /** `override ... for role X`, `... for team X`, `... for ann`, `draw ... for role X`. */
  private void overridesAndDraws() {
    for (Decl d : plan.ast().decls()) {
      if (d instanceof Decl.Override o) {
        overridden(o.scope(), o.who(), "the override applies to no one");
      } else if (d instanceof Decl.TiersOverride o) {
        overridden(o.scope(), o.who(), "the override applies to no one");
      } else if (d instanceof Decl.Draw dr) {
        for (Named role : dr.roles())
          missing(people(), "role", role.text(), false, role.span(), "so the draw pays no one");
      }
    }
  }

  private void overridden(Decl.OverrideScope scope, Named who, String consequence) {
    String field =
        switch (scope) {
          case PERSON -> "id";
          case ROLE -> "role";
          case TEAM -> "team";
        };
    missing(people(), field, who.text(), false, who.span(), "so " + consequence);
  }

  /** Adds W0106 when no row of the column's table has {@code value} in it. */
  private void missing(
      String table, String field, String value, boolean quoted, Span at, String consequence) {
    missing(table, field, value, quoted, false, at, consequence);
  }

  /**
   * Adds W0106 when no row has {@code value}; on a field declared {@code ignoring case} ({@code
   * folded}), when no row has it but for case.
   */
  private void missing(
      String table,
      String field,
      String value,
      boolean quoted,
      boolean folded,
      Span at,
      String consequence) {
    Set<String> present = values(table, field);
    if (present == null || present.contains(value)) return;
    if (folded && present.stream().anyMatch(v -> CaseRules.fold(v).equals(CaseRules.fold(value))))
      return;
    String file = fileOf(table);
    String shown = quoted ? '"' + value + '"' : "`" + value + "`";
    found.add(
        new Found(
            at,
            table + "." + field + "=" + value,
            new Diagnostic(
                Severity.WARNING,
                Code.W0106,
                at,
                "no row of " + file + " has " + field + " " + shown + ", " + consequence,
                hint(value, quoted, present, field, file),
                List.of())));
  }

  /** The nearest values present, and "did you mean" when one is close enough to be a typo. */
  private static String hint(
      String value, boolean quoted, Set<String> values, String field, String file) {
    Set<String> present =
        new TreeSet<>(values); // ties between equally near values go alphabetically
    if (present.isEmpty()) return "every row of " + file + " leaves " + field + " empty";
    String closest = Suggestions.closest(value, present);
    List<String> nearest = Suggestions.nearest(value, present, NEAREST);
    String listed =
        String.join(
            ", ", nearest.stream().map(v -> quoted ? '"' + v + '"' : "`" + v + "`").toList());
    String there =
        (present.size() > nearest.size() ? "the nearest values of " : "the values of ")
            + field
            + " there: "
            + listed;
    if (closest != null)
      return "did you mean " + (quoted ? '"' + closest + '"' : "`" + closest + "`") + "? " + there;
    return there; // nothing close: a value of another name, or a column of another meaning
  }

  /**
   * The distinct values of a column in the rows, as the evaluator sees them (empty cells left out);
   * null when the plan's table has no such column or no rows at all (nothing to compare).
   */
  private Set<String> values(String table, String field) {
    String key = table + "." + field;
    if (valuesByColumn.containsKey(key)) return valuesByColumn.get(key);
    Set<String> out = new HashSet<>();
    long rowCount = 0;
    boolean hasColumn = false;
    for (Table t : tables(table)) {
      Column column = t.column(field);
      if (column == null) continue;
      hasColumn = true;
      rowCount += t.rowCount();
      if (column instanceof EnumColumn stages) {
        boolean[] seen = new boolean[plan.stages().size()];
        for (int r = 0; r < t.rowCount(); r++)
          if (stages.isPresent(r)) seen[stages.ordinal(r)] = true;
        for (int i = 0; i < seen.length; i++) if (seen[i]) out.add(plan.stages().get(i));
      } else if (column instanceof TextColumn texts) {
        for (int r = 0; r < t.rowCount(); r++) if (texts.isPresent(r)) out.add(texts.get(r));
      } else {
        return null; // not a column of words: never compared with a word
      }
    }
    Set<String> result = hasColumn && rowCount > 0 ? out : null;
    valuesByColumn.put(key, result);
    return result;
  }

  /** The name of the people table, whose fields roles, teams and ids are. */
  private String people() {
    return plan.people().name();
  }

  /** The rows of the plan's table called {@code table}. */
  private List<Table> tables(String table) {
    if (table.equals(people())) return rows.people();
    if (plan.deals() != null && table.equals(plan.deals().name())) return rows.deals();
    return rows.others().getOrDefault(table, List.of());
  }

  /** How a message names the rows of {@code table}. */
  private String fileOf(String table) {
    if (table.equals(people())) return rows.peopleName();
    if (plan.deals() != null && table.equals(plan.deals().name())) return rows.dealsName();
    return rows.otherNames().getOrDefault(table, table);
  }
}
