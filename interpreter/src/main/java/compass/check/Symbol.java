package compass.check;

import compass.data.FieldSpec;

/** What a name in an expression stands for, decided by the checker. */
public sealed interface Symbol {
  /** A named definition of the plan. */
  record Definition(String name) implements Symbol {}

  /** A field of the deal being looked at (inside {@code sum of}, a filter, {@code per deal}). */
  record DealField(int index, FieldSpec spec) implements Symbol {}

  /** A field of the participant (a column of the people table). */
  record PersonField(int index, FieldSpec spec) implements Symbol {}

  /** A member of the stages enum. */
  record Stage(int ordinal, String name) implements Symbol {}

  /** A bare word compared with a text field: {@code role is manager}. */
  record TextConstant(String text) implements Symbol {}

  /**
   * A field of a reference table's row looked up by key ({@code product.series}, {@code
   * rate_card(region, line).rate}): the table, the key values in key order, the field.
   */
  record Lookup(String table, java.util.List<compass.ast.Expr> keys, int field, FieldSpec spec)
      implements Symbol {}

  /** {@code certification valid on close_date}: the dated table keyed by person. */
  record ValidOn(String table, int personKey) implements Symbol {}

  /** A call of a built-in function: {@code round(x, 2)}. */
  record Function(Builtin builtin) implements Symbol {}
}
