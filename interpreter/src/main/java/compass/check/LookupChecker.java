package compass.check;

import compass.ast.Expr;
import compass.ast.Named;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Suggestions;
import compass.types.Type;
import compass.types.UnitRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Types the lookups into reference tables (issue 14 point 2): {@code product.series} (the row of
 * the one table keyed by the deal's field {@code product}), {@code rate_card(region, line).rate} (a
 * table called with one value per key field) and {@code certification valid on close_date} (whether
 * the participant has a row of a dated table in force). The evaluator's side is eval/Lookups.
 */
final class LookupChecker {
  /** The column types a key field may have: compared as text after the loader's trimming. */
  private static final Set<ColumnType> KEY_TYPES =
      Set.of(
          ColumnType.TEXT,
          ColumnType.PERSON,
          ColumnType.NUMBER,
          ColumnType.INTEGER,
          ColumnType.DATE,
          ColumnType.BOOL);

  private final CheckContext cx;
  private final ExprChecker exprs;

  LookupChecker(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
  }

  /**
   * {@code product.series} where {@code product} is not a table: a field of the current deal that
   * keys a reference table. The rule: exactly one input table is keyed by one field with that name
   * (not the table's name, nor its singular). Null when {@code product} is neither a deal field nor
   * a key of any table, so the caller reports an unknown table as before.
   */
  Type rowField(Expr.TableField f, Scope scope) {
    String name = f.table().text();
    boolean dealField = cx.deals != null && Checker.fieldIndex(cx.deals, name) >= 0;
    List<TableSchema> keyedBy = new ArrayList<>();
    for (TableSchema t : cx.otherTables.values())
      if (t.keys().equals(List.of(name))) keyedBy.add(t);
    if (!dealField) return null;
    if (keyedBy.isEmpty()) {
      cx.diags.error(
          Code.E0311,
          f.table().span(),
          "no input table is keyed by `" + name + "`, so `" + f.span().text() + "` has no row",
          "add `key " + name + "` to the input of the table that holds one row per " + name);
      return Type.ERROR;
    }
    if (keyedBy.size() > 1) {
      cx.diags.error(
          Code.E0312,
          f.table().span(),
          "both `"
              + keyedBy.get(0).name()
              + "` and `"
              + keyedBy.get(1).name()
              + "` are keyed by `"
              + name
              + "`",
          "name the table: `" + keyedBy.get(0).name() + "(" + name + ")." + f.field().text() + "`");
      return Type.ERROR;
    }
    TableSchema table = keyedBy.get(0);
    if (scope != Scope.DEAL) return outsideDeal(f);
    Expr key = new Expr.Ref(name, f.table().span());
    exprs.type(key, scope);
    return resolve(f, table, List.of(key), f.field(), scope);
  }

  /**
   * {@code products.series} on a keyed table: a reference table is not summed per participant and
   * period like a quotas table; a lookup names the key of the row it reads.
   */
  Type wholeTable(Expr.TableField f, TableSchema table) {
    String keys = String.join(", ", table.keys());
    cx.diags.error(
        Code.E0423,
        f.span(),
        "`"
            + table.name()
            + "` is keyed by "
            + keys
            + ": say which row `"
            + f.span().text()
            + "` reads",
        "write `"
            + table.name()
            + "("
            + keys
            + ")."
            + f.field().text()
            + "` with the key's values"
            + (table.keys().size() == 1
                ? ", or `"
                    + keys
                    + "."
                    + f.field().text()
                    + "` where a deal has a field `"
                    + keys
                    + "`"
                : ""));
    return Type.ERROR;
  }

  /** {@code rate_card(region, product_line).rate}. */
  Type lookup(Expr.Lookup l, Scope scope) {
    TableSchema table = cx.otherTables.get(l.table().text());
    if (table == null) {
      cx.diags.error(
          Code.E0301,
          l.table().span(),
          "no input table named `" + l.table().text() + "`",
          Suggestions.hint(l.table().text(), cx.otherTables.keySet()));
      return Type.ERROR;
    }
    if (!table.keyed()) {
      cx.diags.error(
          Code.E0423,
          l.table().span(),
          "`" + table.name() + "` has no key, so its rows cannot be looked up",
          "name the fields that identify a row in its input, e.g. `key "
              + table.fields().get(0).name()
              + "`");
      return Type.ERROR;
    }
    if (l.keys().size() != table.keys().size()) {
      int n = l.keys().size();
      cx.diags.error(
          Code.E0421,
          l.span(),
          "`"
              + table.name()
              + "` is keyed by "
              + table.keys().size()
              + (table.keys().size() == 1 ? " field" : " fields")
              + " ("
              + String.join(", ", table.keys())
              + "), but this lookup gives "
              + (n == 1 ? "one value" : n + " values"),
          "write one value per key, in this order: `"
              + table.name()
              + "("
              + String.join(", ", table.keys())
              + ")."
              + l.field().text()
              + "`");
      for (Expr key : l.keys()) exprs.type(key, scope);
      return Type.ERROR;
    }
    if (dated(table) && scope != Scope.DEAL) return outsideDeal(l);
    for (Expr key : l.keys()) exprs.type(key, scope);
    return resolve(l, table, l.keys(), l.field(), scope);
  }

  /** The looked-up field's declared type, after checking each key against its field. */
  private Type resolve(Expr at, TableSchema table, List<Expr> keys, Named field, Scope scope) {
    boolean ok = true;
    for (int k = 0; k < keys.size(); k++) {
      FieldSpec keyField = table.fields().get(Checker.fieldIndex(table, table.keys().get(k)));
      if (!KEY_TYPES.contains(keyField.type())) {
        cx.diags.error(
            Code.E0423,
            keys.get(k).span(),
            "`"
                + table.name()
                + "` is keyed by the "
                + keyField.type().name().toLowerCase(java.util.Locale.ROOT)
                + " field `"
                + keyField.name()
                + "`, which a lookup cannot compare",
            "key it by a text, person, number, date or yes/no field");
        ok = false;
        continue;
      }
      Type want = ExprChecker.columnType(keyField.type());
      Type got = cx.types.getOrDefault(keys.get(k), Type.ERROR);
      if (!UnitRules.comparable(want, got)) {
        cx.diags.error(
            Code.E0422,
            keys.get(k).span(),
            "the key `"
                + keyField.name()
                + "` of `"
                + table.name()
                + "` is "
                + ExprChecker.article(want)
                + ", but this is "
                + ExprChecker.article(got),
            null);
        ok = false;
      }
    }
    int i = Checker.fieldIndex(table, field.text());
    if (i < 0) {
      cx.diags.error(
          Code.E0302,
          field.span(),
          "`" + table.name() + "` has no field `" + field.text() + "`",
          Suggestions.hint(field.text(), table.fields().stream().map(FieldSpec::name).toList()));
      return Type.ERROR;
    }
    if (!ok) return Type.ERROR;
    if (dated(table)) exprs.markDealRow(); // the row in force on the deal's credit date
    FieldSpec spec = table.fields().get(i);
    cx.symbols.put(at, new Symbol.Lookup(table.name(), List.copyOf(keys), i, spec));
    return ExprChecker.columnType(spec.type());
  }

  /**
   * {@code certification valid on close_date}: the table (or, written in the singular, the table
   * named with an `s` more) must be dated and keyed by a person field; the date a date.
   */
  Type validOn(Expr.ValidOn v, Scope scope) {
    String name = v.table().text();
    TableSchema table = cx.otherTables.get(name);
    if (table == null) table = cx.otherTables.get(name + "s");
    Type date = exprs.type(v.date(), scope);
    if (table == null) {
      Set<String> names = new java.util.TreeSet<>(cx.otherTables.keySet());
      for (String t : cx.otherTables.keySet())
        if (t.endsWith("s")) names.add(t.substring(0, t.length() - 1)); // the singular is allowed
      cx.diags.error(
          Code.E0301,
          v.table().span(),
          "no input table named `" + name + "`",
          Suggestions.hint(name, names));
      return Type.ERROR;
    }
    int personKey = -1;
    for (String key : table.keys()) {
      int i = Checker.fieldIndex(table, key);
      if (table.fields().get(i).type() == ColumnType.PERSON) personKey = i;
    }
    if (!dated(table) || personKey < 0) {
      cx.diags.error(
          Code.E0423,
          v.table().span(),
          "`valid on` needs a table keyed by a person field with the dates its rows are in force,"
              + " but `"
              + table.name()
              + "` is "
              + (personKey < 0 ? "not keyed by a person field" : "not dated"),
          "declare e.g. `input "
              + table.name()
              + " from \""
              + table.file()
              + "\" key person valid from valid_from to valid_to:` with `person: person`");
      return Type.ERROR;
    }
    if (date != Type.DATE && date != Type.ERROR)
      return exprs.typeError(
          v.date(), "`valid on` needs a date, but this is " + ExprChecker.article(date));
    cx.symbols.put(v, new Symbol.ValidOn(table.name(), personKey));
    return Type.BOOL;
  }

  /**
   * For the lint of unread inputs (W0104, W0105): a lookup reads its field, and every lookup of a
   * table reads its keys and validity dates.
   */
  static void fieldsRead(CheckedPlan plan, java.util.Map<String, Set<String>> read) {
    for (Symbol s : plan.symbols().values()) {
      String table =
          s instanceof Symbol.Lookup l
              ? l.table()
              : s instanceof Symbol.ValidOn v ? v.table() : null;
      if (table == null || !read.containsKey(table)) continue;
      TableSchema t = plan.otherTables().get(table);
      Set<String> cols = read.get(table);
      if (s instanceof Symbol.Lookup l) cols.add(l.spec().name());
      cols.addAll(t.keys());
      if (t.validFrom() != null) cols.add(t.validFrom());
      if (t.validTo() != null) cols.add(t.validTo());
    }
  }

  private Type outsideDeal(Expr at) {
    cx.diags.error(
        Code.E0420,
        at.span(),
        "`" + at.span().text() + "` looks up a row for one deal, but here there is no deal",
        "use it where a deal is looked at: inside a measure (`sum of amount where "
            + at.span().text()
            + " ...`), a credit filter, `pay ... per deal` or `multiply by ... where`");
    return Type.ERROR;
  }

  private static boolean dated(TableSchema t) {
    return t.validFrom() != null;
  }
}
