package compass.eval;

import compass.ast.Expr;
import compass.check.CheckedPlan;
import compass.check.Symbol;
import compass.data.BoolColumn;
import compass.data.Column;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.EnumColumn;
import compass.data.LongColumn;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.Span;
import compass.types.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of lookups into reference tables (issue 14 point 2; typed by check/LookupChecker): the
 * row of a key (for a dated table, the one in force on the deal's credit date), then one of its
 * fields. A key with no row is an error naming the deal and the key (E0610; under --keep-going the
 * deal is rejected), unless the input says {@code key ... optional}: then each looked-up field
 * takes its default (0 for numbers, money and percent, "" for text, false for yes/no; a date has
 * none: E0611 at the use).
 */
final class Lookups {
  private final ExprCompiler compiler;
  private final CheckedPlan plan;
  private final Dataset data;
  private final Map<String, ReferenceIndex> indexes = new HashMap<>();

  Lookups(ExprCompiler compiler, CheckedPlan plan, Dataset data) {
    this.compiler = compiler;
    this.plan = plan;
    this.data = data;
  }

  /**
   * The date a dated table's row must be in force on: the credit date of the deal looked at. The
   * one place that decides it (several credit rules will each have their own date field).
   */
  static int creditDay(Frame f) {
    return (int) f.data.creditDay(f.deal);
  }

  private ReferenceIndex index(String table) {
    return indexes.computeIfAbsent(table, t -> new ReferenceIndex(data.table(t)));
  }

  // ---- finding the row ------------------------------------------------------------------------

  /** A compiled key value, as the text keys are compared by; null when empty. */
  private interface KeyText {
    String eval(Frame f);
  }

  private KeyText keyText(Expr key) {
    Type t = plan.typeOf(key);
    if (t == Type.NUMBER || t == Type.MONEY || t == Type.PERCENT) {
      Nodes.Num n = compiler.num(key);
      return f -> ReferenceIndex.canonical(n.eval(f));
    }
    if (t == Type.DATE) {
      Nodes.Day d = compiler.day(key);
      return f -> {
        int v = d.eval(f);
        return v == DateColumn.MISSING ? null : LocalDate.ofEpochDay(v).toString();
      };
    }
    if (t == Type.BOOL) {
      Nodes.Bool b = compiler.condition(key);
      return f -> Boolean.toString(b.test(f));
    }
    Nodes.Text s = compiler.text(key);
    return f -> s.eval(f);
  }

  /** Finds the row of a lookup: its index in the table, or -1 for an optional key with none. */
  private interface RowFinder {
    int row(Frame f);
  }

  private RowFinder finder(Symbol.Lookup l, Span at) {
    ReferenceIndex index = index(l.table());
    KeyText[] keys = l.keys().stream().map(this::keyText).toArray(KeyText[]::new);
    boolean optional = index.table().schema().keyOptional();
    String rejectField = rejectField(l);
    return f -> {
      String[] key = new String[keys.length];
      boolean empty = false;
      for (int k = 0; k < keys.length; k++) {
        key[k] = keys[k].eval(f);
        empty |= key[k] == null;
      }
      List<String> tuple = empty ? null : List.of(key);
      int day = index.dated() ? creditDay(f) : 0;
      int row = tuple == null ? -1 : index.find(tuple, day);
      if (row >= 0 || optional) return row;
      String message = missing(index, key, tuple != null && index.has(tuple), day, f, rejectField);
      EmptyCells rejects = data.emptyCells();
      if (rejects == null || f.deal < 0) {
        throw new EvalError(
            Diagnostic.error(Code.E0610, at, message)
                .withHint(
                    "add the row to "
                        + index.table().file()
                        + ", or declare the key optional (`key "
                        + String.join(", ", index.table().schema().keys())
                        + " optional`) to use the documented defaults"));
      }
      rejects.add(f.deal, rejectField, at, Code.E0610, message);
      return -1;
    };
  }

  /** "no row of products.csv for product `Z9` (deal O-7, deals.csv:5)". */
  private String missing(
      ReferenceIndex index, String[] key, boolean hasRows, int day, Frame f, String field) {
    List<String> fields = index.table().schema().keys();
    StringBuilder which = new StringBuilder();
    for (int k = 0; k < key.length; k++) {
      if (k > 0) which.append(", ");
      which.append(fields.get(k)).append(' ');
      which.append(key[k] == null ? "(empty)" : "`" + key[k] + "`");
    }
    String when =
        index.dated()
            ? (hasRows ? " in force" : "")
                + " on "
                + (day == DateColumn.MISSING ? "an empty date" : LocalDate.ofEpochDay(day))
            : "";
    String whose =
        f.deal >= 0
            ? "deal " + data.dealId(f.deal) + ", " + RowPlace.where(data.deals(), f.deal, field)
            : f.where();
    return "no row of " + index.table().file() + " for " + which + when + " (" + whose + ")";
  }

  /** The deal field a rejected row is shown at: the first key read from the deal, or its date. */
  private String rejectField(Symbol.Lookup l) {
    for (Expr key : l.keys())
      if (plan.symbolOf(key) instanceof Symbol.DealField d) return d.spec().name();
    if (data.deals() == null) return null;
    return data.deals().schema().fields().get(plan.creditDateField()).name();
  }

  // ---- the field of the row -------------------------------------------------------------------

  Nodes.Num num(Symbol.Lookup l, Expr at) {
    RowFinder finder = finder(l, at.span());
    Table table = index(l.table()).table();
    Column column = table.column(l.field());
    String field = l.spec().name();
    return f -> {
      int row = finder.row(f);
      if (row < 0) return BigDecimal.ZERO;
      if (!column.isPresent(row))
        throw ExprCompiler.emptyCell(
            table, row, field, at.span(), "looked up by " + at.span().text());
      if (column instanceof LongColumn longs) return BigDecimal.valueOf(longs.get(row));
      return ((DecimalColumn) column).get(row);
    };
  }

  Nodes.Text text(Symbol.Lookup l, Expr at) {
    RowFinder finder = finder(l, at.span());
    TextColumn column = (TextColumn) index(l.table()).table().column(l.field());
    return f -> {
      int row = finder.row(f);
      return row < 0 ? "" : column.get(row);
    };
  }

  Nodes.Bool bool(Symbol.Lookup l, Expr at) {
    RowFinder finder = finder(l, at.span());
    BoolColumn column = (BoolColumn) index(l.table()).table().column(l.field());
    return f -> {
      int row = finder.row(f);
      return row >= 0 && column.isPresent(row) && column.get(row);
    };
  }

  Nodes.Ord ord(Symbol.Lookup l, Expr at) {
    RowFinder finder = finder(l, at.span());
    EnumColumn column = (EnumColumn) index(l.table()).table().column(l.field());
    return f -> {
      int row = finder.row(f);
      return row < 0 ? -1 : column.ordinal(row);
    };
  }

  Nodes.Day day(Symbol.Lookup l, Expr at) {
    RowFinder finder = finder(l, at.span());
    ReferenceIndex index = index(l.table());
    DateColumn column = (DateColumn) index.table().column(l.field());
    String prefix = at.span().text().substring(0, at.span().text().lastIndexOf('.') + 1);
    String guard =
        index.table().schema().fields().stream()
            .filter(s -> s.type() == compass.data.ColumnType.TEXT)
            .filter(s -> !index.table().schema().keys().contains(s.name()))
            .findFirst()
            .map(
                s ->
                    ", or test a text field of the row first: `"
                        + prefix
                        + s.name()
                        + " != \"\" and ")
            .orElse(", or test that the row exists first: `... and ");
    return f -> {
      int row = finder.row(f);
      if (row >= 0) return column.epochDay(row);
      if (data.emptyCells() != null && f.deal >= 0 && !index.table().schema().keyOptional())
        return DateColumn.MISSING; // the deal is rejected (E0610) and evaluated again without it
      throw new EvalError(
          Diagnostic.error(
                  Code.E0611,
                  at.span(),
                  "`"
                      + at.span().text()
                      + "` has no row for "
                      + (f.deal >= 0 ? "deal " + data.dealId(f.deal) : f.where())
                      + ", and a date has no default")
              .withHint(
                  "add the row to " + index.table().file() + guard + at.span().text() + " ...`"));
    };
  }

  // ---- valid on -------------------------------------------------------------------------------

  /** {@code certification valid on close_date}: the participant has a row in force that day. */
  Nodes.Bool validOn(Expr.ValidOn v) {
    Symbol.ValidOn s = (Symbol.ValidOn) plan.symbolOf(v);
    ReferenceIndex index = index(s.table());
    Map<String, List<Integer>> byPerson = ReferenceIndex.byField(index.table(), s.personKey());
    Nodes.Day date = compiler.day(v.date());
    return f -> index.anyInForce(byPerson.get(data.personId(f.person)), date.eval(f));
  }
}
