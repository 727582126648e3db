package compass.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in functions of the language, each declared once (as cel-java does): its name, the
 * kinds of values it takes (which give its arity and its type rule) and the signature shown in
 * diagnostics. The checker types a call from this table; the compiler builds its node with an
 * exhaustive switch over these constants ({@code compass.eval.Functions}), so a function added here
 * cannot be left without an implementation. README "Functions" says what each one means.
 */
public enum Builtin {
  MIN("min", "min(a, b, ...)", true, Param.VALUE, Param.VALUE),
  MAX("max", "max(a, b, ...)", true, Param.VALUE, Param.VALUE),
  ROUND("round", "round(x, places)", false, Param.VALUE, Param.PLACES),
  ABS("abs", "abs(x)", false, Param.VALUE),
  CLAMP("clamp", "clamp(x, low, high)", false, Param.VALUE, Param.VALUE, Param.VALUE),
  DAYS_BETWEEN("days_between", "days_between(from, to)", false, Param.DATE, Param.DATE),
  PRORATE("prorate", "prorate(amount, start, end)", false, Param.VALUE, Param.DATE, Param.DATE);

  /** The most decimal places `round` takes: more than any currency or rate needs. */
  public static final int MAX_PLACES = 10;

  /** What one argument must be. */
  public enum Param {
    /**
     * A number, percent or amount. All the VALUE arguments of a call share one unit (money and a
     * bare number mix as money, SEMANTICS 1), and that unit is the call's type.
     */
    VALUE,
    /** A whole number written as a literal, 0 to {@link #MAX_PLACES}: `round(x, 2)`. */
    PLACES,
    /** A date. */
    DATE
  }

  private final String functionName;
  private final String signature;
  private final boolean variadic;
  private final List<Param> params;

  Builtin(String name, String signature, boolean variadic, Param... params) {
    this.functionName = name;
    this.signature = signature;
    this.variadic = variadic;
    this.params = List.of(params);
  }

  /** The name a plan writes: {@code days_between}. */
  public String functionName() {
    return functionName;
  }

  /** How a call is written, for messages: {@code clamp(x, low, high)}. */
  public String signature() {
    return signature;
  }

  /** The kinds of the arguments; a variadic function repeats its last one. */
  public List<Param> params() {
    return params;
  }

  /** Whether {@code count} arguments are right for this function. */
  public boolean takes(int count) {
    return variadic ? count >= params.size() : count == params.size();
  }

  /** The kind of the argument at {@code index} (the last one repeats for a variadic function). */
  public Param param(int index) {
    return params.get(Math.min(index, params.size() - 1));
  }

  /** The function of this name, or empty. */
  public static Optional<Builtin> named(String name) {
    return Arrays.stream(values()).filter(b -> b.functionName.equals(name)).findFirst();
  }

  /** Every function name, in the order of the table: for "did you mean" and help. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Builtin::functionName).toList();
  }
}
