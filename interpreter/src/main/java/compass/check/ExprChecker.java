package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Named;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Label;
import compass.diag.Suggestions;
import compass.source.Span;
import compass.types.Type;
import compass.types.UnitRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Types every expression (SEMANTICS 1: units) and binds every name. Definitions are checked on
 * first use, which orders them by dependency and finds cycles.
 */
final class ExprChecker {
  private final CheckContext cx;
  private final Map<String, Decl.Definition> definitions = new LinkedHashMap<>();
  private final Map<String, Type> defTypes = new HashMap<>();
  private final Set<String> dealLevel = new HashSet<>();
  private final List<String> inProgress = new ArrayList<>();
  private final List<Decl.Definition> ordered = new ArrayList<>();

  /** How long a chain of definitions may be (E0104); the evaluator manages a few thousand. */
  static final int MAX_DEFINITION_DEPTH = 500;

  /** Each definition's depth: 1 plus the deepest definition it uses. */
  private final Map<String, Integer> defDepth = new HashMap<>();

  private int deepestUse; // the deepest definition used by the expression being typed
  private boolean tooDeepReported;
  private final Set<String> bareNumbersReported = new HashSet<>();
  private final Map<String, Decl.When> whenRules = new HashMap<>();
  private boolean sawDealField;
  private int aggregateDepth;
  private final CallChecker calls;
  private final LookupChecker lookups;
  private final SetRules sets;
  private final DayWindowRules dayWindows;
  private final SpanRules spans;
  private final CreditRules credits;

  /**
   * The table whose fields a row scope (a measure, a filter, `per ...`) sees: the default source's
   * (the plan's deals) unless a measure or component reads another source.
   */
  private TableSchema rows;

  ExprChecker(CheckContext cx) {
    this(cx, null);
  }

  ExprChecker(CheckContext cx, CreditRules credits) {
    this.cx = cx;
    this.credits = credits;
    this.rows = cx.deals;
    this.calls = new CallChecker(cx, this);
    this.lookups = new LookupChecker(cx, this);
    this.sets = new SetRules(cx, this);
    this.dayWindows = new DayWindowRules(cx, this);
    this.spans = new SpanRules(cx, this);
    for (Decl.Definition d : cx.plan.all(Decl.Definition.class)) {
      String name = d.name().text();
      if (definitions.containsKey(name)) {
        cx.diags.add(
            Diagnostic.error(Code.E0303, d.name().span(), "`" + name + "` is defined twice")
                .withLabel(new Label(definitions.get(name).name().span(), "first defined here")));
      } else {
        definitions.put(name, d);
      }
    }
  }

  void checkDefinitions() {
    for (String name : definitions.keySet())
      definitionType(name, definitions.get(name).name().span());
  }

  List<Decl.Definition> orderedDefinitions() {
    return List.copyOf(ordered);
  }

  Map<String, Type> definitionTypes() {
    return Map.copyOf(defTypes);
  }

  Set<String> dealLevelDefinitions() {
    return Set.copyOf(dealLevel);
  }

  Map<String, Decl.When> whenRules() {
    return Map.copyOf(whenRules);
  }

  boolean isDealLevel(String name) {
    return dealLevel.contains(name);
  }

  boolean isDefinition(String name) {
    return definitions.containsKey(name);
  }

  /** {@code when quota is 0 then attainment = 0%} (SEMANTICS 4: the zero-quota rule). */
  void checkWhen(Decl.When w) {
    for (Named n : List.of(w.subject(), w.target())) {
      if (!definitions.containsKey(n.text())) {
        cx.diags.error(
            Code.E0301,
            n.span(),
            "no definition named `" + n.text() + "`",
            Suggestions.hint(n.text(), definitions.keySet()));
        return;
      }
    }
    Type subject = definitionType(w.subject().text(), w.subject().span());
    Type value = type(w.value(), Scope.PARTICIPANT);
    if (!UnitRules.comparable(subject, value))
      typeError(w.value(), "`" + w.subject().text() + "` is " + subject + ", not " + value);
    Type target = definitionType(w.target().text(), w.target().span());
    Type replacement = type(w.replacement(), Scope.PARTICIPANT);
    if (UnitRules.unify(target, replacement) == null) {
      typeError(
          w.replacement(),
          "`" + w.target().text() + "` is " + target + ", but this is " + replacement);
    }
    if (whenRules.put(w.target().text(), w) != null) {
      cx.diags.error(Code.E0303, w.span(), "two `when` rules replace `" + w.target().text() + "`");
    }
  }

  Type definitionType(String name, Span usedAt) {
    Type known = defTypes.get(name);
    if (known != null) {
      deepestUse = Math.max(deepestUse, defDepth.getOrDefault(name, 1));
      return known;
    }
    if (inProgress.contains(name)) {
      List<String> cycle =
          new ArrayList<>(inProgress.subList(inProgress.indexOf(name), inProgress.size()));
      cycle.add(name);
      cx.diags.error(
          Code.E0304,
          definitions.get(name).name().span(),
          "definitions depend on each other in a cycle: " + String.join(" -> ", cycle),
          "a definition cannot use itself, directly or through others");
      defTypes.put(name, Type.ERROR);
      return Type.ERROR;
    }
    Decl.Definition d = definitions.get(name);
    if (inProgress.size() >= MAX_DEFINITION_DEPTH) { // the chain written from its top down
      defTypes.put(name, tooDeep(d));
      return Type.ERROR;
    }
    inProgress.add(name);
    TableSchema outerRows = rows(cx.deals); // a definition's fields are the default source's
    boolean outerSaw = sawDealField;
    int outerDepth = aggregateDepth;
    sawDealField = false;
    aggregateDepth = 0;
    int outerDeepest = deepestUse;
    deepestUse = 0;
    Type t = type(d.value(), Scope.DEAL);
    int depth = deepestUse + 1;
    deepestUse = Math.max(outerDeepest, depth);
    defDepth.put(name, depth);
    if (depth > MAX_DEFINITION_DEPTH) t = tooDeep(d);
    if (sawDealField) dealLevel.add(name);
    sawDealField = outerSaw;
    aggregateDepth = outerDepth;
    rows(outerRows);
    inProgress.remove(inProgress.size() - 1);
    defTypes.putIfAbsent(name, t);
    ordered.add(d);
    return defTypes.get(name);
  }

  /**
   * E0104, once per plan: the evaluator follows a chain of definitions on the stack, so a chain
   * longer than any real plan's is refused here, with a position, rather than at run time.
   */
  private Type tooDeep(Decl.Definition d) {
    if (!tooDeepReported) {
      tooDeepReported = true;
      cx.diags.error(
          Code.E0104,
          d.name().span(),
          "a chain of more than "
              + MAX_DEFINITION_DEPTH
              + " definitions, each using the next, reaches `"
              + d.name().text()
              + "`",
          "compute in fewer steps: one definition can combine several");
    }
    return Type.ERROR;
  }

  /** Checks a yes/no condition. */
  void condition(Expr e, Scope scope) {
    Type t = type(e, scope);
    if (t != Type.BOOL && t != Type.ERROR) {
      cx.diags.error(
          Code.E0204,
          e.span(),
          "this condition is " + article(t) + ", not a yes/no value",
          "compare it with something, e.g. `attainment >= 50%`");
    }
  }

  /** Checks a money amount (a bare number is an amount in the plan currency). */
  Type amount(Expr e, Scope scope, String what) {
    Type t = type(e, scope);
    if (t != Type.MONEY && t != Type.NUMBER && t != Type.ERROR) {
      cx.diags.error(
          Code.E0205,
          e.span(),
          what + " must be money, but this is " + article(t),
          t == Type.PERCENT
              ? "to pay a percent of an amount, write e.g. `" + e.span().text() + " of bookings`"
              : null);
      return Type.ERROR;
    }
    return t;
  }

  Type type(Expr e, Scope scope) {
    Type t = infer(e, scope);
    cx.types.put(e, t);
    return t;
  }

  private Type infer(Expr e, Scope scope) {
    if (e instanceof Expr.NumberLit n) return numberLiteral(n);
    if (e instanceof Expr.PercentLit) return Type.PERCENT;
    if (e instanceof Expr.DateLit) return Type.DATE;
    if (e instanceof Expr.PeriodLit p) {
      if (cx.calendar.parse(p.label()).isEmpty()) {
        if (WeekLabels.reportUnknown(p, cx)) return Type.ERROR; // issue 15.5
        cx.diags.error(
            Code.E0306,
            p.span(),
            "`" + p.label() + "` is not a period of this plan's calendar",
            "periods are written 2027-03, 2027-Q1, 2027-H1 or FY2027");
        return Type.ERROR;
      }
      return Type.PERIOD;
    }
    if (e instanceof Expr.StringLit) return Type.TEXT;
    if (e instanceof Expr.BoolLit) return Type.BOOL;
    if (e instanceof Expr.DurationLit) return Type.DURATION;
    if (e instanceof Expr.Ref r) return ref(r, scope);
    if (e instanceof Expr.TableField f) return tableField(f, scope);
    if (e instanceof Expr.Lookup l) return lookups.lookup(l, scope);
    if (e instanceof Expr.ValidOn v) return lookups.validOn(v, scope);
    if (e instanceof Expr.FirstOf f) return FirstDealRules.type(f, scope, rows, cx, this);
    if (e instanceof Expr.Unary u) return unary(u, scope);
    if (e instanceof Expr.Binary b) return binary(b, scope);
    if (e instanceof Expr.Is i) return is(i, scope);
    if (e instanceof Expr.In i) return in(i, scope);
    if (e instanceof Expr.If i) return conditional(i, scope);
    if (e instanceof Expr.Per p) return per(p, scope);
    if (e instanceof Expr.Aggregate a) return aggregate(a);
    if (e instanceof Expr.Team t) return team(t);
    if (e instanceof Expr.Full f) return full(f, scope);
    if (e instanceof Expr.Call c) return calls.call(c, scope);
    if (e instanceof Expr.Curve c) return curve(c, scope);
    if (e instanceof Expr.SetLit set) return sets.setLiteral(set);
    if (e instanceof Expr.DayWindow w) return dayWindows.check(w, scope);
    if (e instanceof Expr.OverSpan o) return spans.check(o, scope);
    throw new IllegalStateException("unchecked expression " + e.getClass().getSimpleName());
  }

  private Type numberLiteral(Expr.NumberLit n) {
    if (n.currency() == null) return Type.NUMBER;
    if (compass.value.Currency.of(n.currency()).isEmpty()) {
      cx.diags.error(
          Code.E0308,
          n.span(),
          "unknown currency `" + n.currency() + "`",
          Checker.currencyHint(n.currency()));
      return Type.ERROR;
    }
    if (!n.currency().equals(cx.currency.code())) {
      cx.diags.error(
          Code.E0206,
          n.span(),
          "this amount is in " + n.currency() + " but the plan pays in " + cx.currency.code(),
          "write amounts in the plan currency");
      return Type.ERROR;
    }
    return Type.MONEY;
  }

  private Type ref(Expr.Ref r, Scope scope) {
    String name = r.name();
    if (sets.isNamedSet(name)) return sets.usedAsValue(r);
    if (definitions.containsKey(name)) {
      cx.symbols.put(r, new Symbol.Definition(name));
      Type t = definitionType(name, r.span());
      if (dealLevel.contains(name)) {
        if (rows != cx.deals && scope == Scope.DEAL) {
          cx.diags.error(
              Code.E0417,
              r.span(),
              "`"
                  + name
                  + "` reads the fields of "
                  + cx.deals.name()
                  + ", but here the rows are "
                  + rows.name(),
              "write the condition on " + rows.name() + "' fields here instead of the definition");
          return Type.ERROR;
        }
        if (scope == Scope.PARTICIPANT) {
          cx.diags.error(
              Code.E0302,
              r.span(),
              "`" + name + "` depends on the fields of a single deal",
              "use it inside a measure, e.g. `sum of amount where " + name + "`");
          return Type.ERROR;
        }
        if (aggregateDepth == 0) sawDealField = true;
      }
      return t;
    }
    if (rows != null) {
      int i = Checker.fieldIndex(rows, name);
      if (i >= 0) {
        if (scope == Scope.PARTICIPANT) {
          cx.diags.error(
              Code.E0302,
              r.span(),
              "`" + name + "` is a field of each deal, not of the participant",
              "use it inside a measure, e.g. `sum of " + name + "`");
          return Type.ERROR;
        }
        if (aggregateDepth == 0) sawDealField = true;
        FieldSpec spec = rows.fields().get(i);
        cx.symbols.put(r, new Symbol.DealField(i, spec));
        return columnType(spec.type());
      }
    }
    int p = Checker.fieldIndex(cx.people, name);
    if (p >= 0) {
      FieldSpec spec = cx.people.fields().get(p);
      cx.symbols.put(r, new Symbol.PersonField(p, spec));
      return columnType(spec.type());
    }
    int stage = cx.stages.indexOf(name);
    if (stage >= 0) {
      cx.symbols.put(r, new Symbol.Stage(stage, name));
      return Type.STAGE;
    }
    cx.diags.error(
        Code.E0301,
        r.span(),
        "unknown name `" + name + "`",
        Optional.ofNullable(Suggestions.hint(name, knownNames(scope)))
            .orElse(ParticipantSources.peopleFieldHint(cx.plan, name)));
    return Type.ERROR;
  }

  /** Whether the plan has its own `payout` (a definition or a field): then `of` is a product. */
  private boolean namesPayout() {
    return definitions.containsKey("payout")
        || Checker.fieldIndex(cx.people, "payout") >= 0
        || (rows != null && Checker.fieldIndex(rows, "payout") >= 0);
  }

  private Set<String> knownNames(Scope scope) {
    Set<String> names = new TreeSet<>(definitions.keySet());
    if (rows != null && scope == Scope.DEAL) rows.fields().forEach(f -> names.add(f.name()));
    cx.people.fields().forEach(f -> names.add(f.name()));
    names.addAll(cx.stages);
    return names;
  }

  static Type columnType(ColumnType c) {
    return switch (c) {
      case TEXT -> Type.TEXT;
      case NUMBER, INTEGER -> Type.NUMBER;
      case MONEY -> Type.MONEY;
      case PERCENT -> Type.PERCENT;
      case DATE -> Type.DATE;
      case BOOL -> Type.BOOL;
      case PERSON -> Type.PERSON;
      case STAGE -> Type.STAGE;
      case PERIOD -> Type.PERIOD;
    };
  }

  private Type tableField(Expr.TableField f, Scope scope) {
    TableSchema table = cx.otherTables.get(f.table().text());
    if (table == null) {
      Type looked = lookups.rowField(f, scope); // `product.series`: a deal field keying a table
      if (looked != null) return looked;
      cx.diags.error(
          Code.E0301,
          f.table().span(),
          "no input table named `" + f.table().text() + "`",
          Suggestions.hint(f.table().text(), cx.otherTables.keySet()));
      return Type.ERROR;
    }
    if (table.keyed()) return lookups.wholeTable(f, table); // `products.series`: which row?
    boolean keyed =
        table.fields().stream().anyMatch(s -> s.type() == ColumnType.PERSON)
            && table.fields().stream().anyMatch(s -> s.type() == ColumnType.PERIOD);
    if (!keyed) {
      cx.diags.error(
          Code.E0406,
          f.span(),
          "`" + table.name() + "` needs a person field and a period field to be looked up",
          "declare e.g. `participant: person` and `period: period` in its input");
      return Type.ERROR;
    }
    int i = Checker.fieldIndex(table, f.field().text());
    if (i < 0) {
      cx.diags.error(
          Code.E0302,
          f.field().span(),
          "`" + table.name() + "` has no field `" + f.field().text() + "`",
          Suggestions.hint(
              f.field().text(), table.fields().stream().map(FieldSpec::name).toList()));
      return Type.ERROR;
    }
    Type t = columnType(table.fields().get(i).type());
    if (!t.isNumeric()) {
      typeError(
          f,
          "only number, money and percent fields can be summed over periods; `"
              + f.field().text()
              + "` is "
              + t);
      return Type.ERROR;
    }
    return t;
  }

  private Type unary(Expr.Unary u, Scope scope) {
    Type t = type(u.operand(), scope);
    if (u.op() == Expr.UnaryOp.NOT) {
      condition(u.operand(), scope);
      return Type.BOOL;
    }
    if (!t.isNumeric() && t != Type.ERROR) return typeError(u, "cannot negate " + article(t));
    return t;
  }

  private Type binary(Expr.Binary b, Scope scope) {
    if (PayoutReads.isPayoutOf(b) && !namesPayout()) { // issue 15: `payout of "Q1 SPIF"`
      boolean inDeal = aggregateDepth > 0 || (scope == Scope.DEAL && inProgress.isEmpty());
      return PayoutReads.check(b, inDeal, cx);
    }
    if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
      condition(b.left(), scope);
      condition(b.right(), scope);
      return Type.BOOL;
    }
    Type l = type(b.left(), scope);
    Type r = type(b.right(), scope);
    if (b.op().isComparison()) {
      if (!UnitRules.comparable(l, r)) {
        if (bareNumberDivisor(l, r, b)) return Type.ERROR;
        cx.diags.add(
            Diagnostic.error(
                    Code.E0203, b.span(), "cannot compare " + article(l) + " with " + article(r))
                .withLabel(new Label(b.left().span(), l.label()))
                .withLabel(new Label(b.right().span(), r.label()))
                .withHint(comparisonHint(l, r)));
        return Type.ERROR;
      }
      if ((l == Type.BOOL || l == Type.STAGE || l == Type.TEXT || l == Type.PERSON)
          && b.op() != Expr.BinaryOp.EQUAL
          && b.op() != Expr.BinaryOp.NOT_EQUAL) {
        return typeError(b, "only `=` and `!=` compare " + l.label() + " values");
      }
      return Type.BOOL;
    }
    if (l == Type.DATE
        && r == Type.DURATION
        && (b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.SUBTRACT)) {
      return Type.DATE;
    }
    Type result = UnitRules.arithmetic(b.op(), l, r);
    if (result == null) {
      String verb =
          switch (b.op()) {
            case ADD -> "add";
            case SUBTRACT -> "subtract";
            case MULTIPLY -> "multiply";
            case DIVIDE -> "divide";
            case OF, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL, AND, OR -> "take";
          };
      String hint = null;
      if ((l == Type.MONEY && r == Type.PERCENT) || (l == Type.PERCENT && r == Type.MONEY)) {
        Expr money = l == Type.MONEY ? b.left() : b.right();
        Expr pct = l == Type.MONEY ? b.right() : b.left();
        hint =
            "to take "
                + pct.span().text()
                + " of "
                + money.span().text()
                + ", write `"
                + money.span().text()
                + " * "
                + pct.span().text()
                + "`";
      } else if (l == Type.MONEY && r == Type.MONEY) {
        hint = "money times money has no meaning; one side should be a rate (percent) or a number";
      }
      cx.diags.add(
          Diagnostic.error(
                  Code.E0201,
                  b.right().span(),
                  "cannot " + verb + " " + article(l) + " and " + article(r))
              .withLabel(new Label(b.left().span(), l.label()))
              .withHint(hint));
      return Type.ERROR;
    }
    if (b.op() == Expr.BinaryOp.DIVIDE && Constants.isZero(b.right())) {
      // Known before any data is read: reported once here, not once per participant and period.
      cx.diags.add(
          Diagnostic.error(
                  Code.E0602,
                  b.right().span(),
                  "division by zero: `" + b.right().span().text() + "` is always 0")
              .withHint("divide by a value that is not 0, or remove the division"));
      return Type.ERROR;
    }
    return result;
  }

  /**
   * E0217, once at the root: money compared with a percent because a bare number divided it. The
   * money definition becomes an error value, so its other uses stay quiet.
   */
  private boolean bareNumberDivisor(Type l, Type r, Expr.Binary b) {
    Expr money;
    if (l == Type.MONEY && r == Type.PERCENT) money = b.left();
    else if (l == Type.PERCENT && r == Type.MONEY) money = b.right();
    else return false;
    var root = BareNumberDivisor.find(money, definitions, cx.types).orElse(null);
    if (root == null) return false;
    if (root.moneyDefinition() != null) defTypes.put(root.moneyDefinition(), Type.ERROR);
    Decl.Definition q = root.number();
    if (bareNumbersReported.add(q.name().text())) {
      String number = q.value().span().text();
      cx.diags.error(
          Code.E0217,
          q.name().span(),
          "`"
              + q.name().text()
              + "` is a bare number, but `"
              + root.division().span().text()
              + "` divides money by it and is compared with a percent",
          "write `" + number + " " + cx.currency + "` or `" + number + " per quarter`");
    }
    return true;
  }

  private Type is(Expr.Is i, Scope scope) {
    Type l = type(i.left(), scope);
    if ((l == Type.TEXT || l == Type.PERSON)
        && i.right() instanceof Expr.Ref r
        && !definitions.containsKey(r.name())
        && cx.stages.indexOf(r.name()) < 0
        && (rows == null || Checker.fieldIndex(rows, r.name()) < 0)
        && Checker.fieldIndex(cx.people, r.name()) < 0) {
      cx.symbols.put(r, new Symbol.TextConstant(r.name()));
      cx.types.put(r, Type.TEXT);
      return Type.BOOL;
    }
    Type r = type(i.right(), scope);
    if (!UnitRules.comparable(l, r)) {
      return typeError(i, "cannot compare " + article(l) + " with " + article(r));
    }
    return Type.BOOL;
  }

  private Type in(Expr.In i, Scope scope) {
    if (sets.isSet(i.right())) return sets.membership(i, scope);
    Type l = type(i.left(), scope);
    Type r = type(i.right(), scope);
    if (r != Type.PERIOD && r != Type.ERROR)
      return typeError(
          i.right(), "`in` needs a period or a set on its right, like 2027-Q1 or (\"A\", \"B\")");
    if (l != Type.DATE && l != Type.ERROR)
      return typeError(i.left(), "only a date can be `in` a period, but this is " + article(l));
    return Type.BOOL;
  }

  private Type conditional(Expr.If i, Scope scope) {
    condition(i.condition(), scope);
    Type a = type(i.then(), scope);
    Type b = type(i.otherwise(), scope);
    Type t = UnitRules.unify(a, b);
    if (t == null)
      return typeError(
          i.otherwise(), "the two branches differ: " + article(a) + " and " + article(b));
    return t;
  }

  private Type per(Expr.Per p, Scope scope) {
    Type t = type(p.value(), scope);
    if (!t.isNumeric() && t != Type.ERROR)
      return typeError(p, article(t) + " cannot be spread over periods");
    if (t != Type.ERROR && !SpreadRules.check(p, t, cx)) return Type.ERROR; // issue 15.5
    // `250_000 per quarter` is an amount per period (LANGUAGE.md's quota): a bare number here is
    // money in the plan currency, so `bookings / quota` is a ratio
    return t == Type.NUMBER ? Type.MONEY : t;
  }

  private Type aggregate(Expr.Aggregate a) {
    if (cx.deals != null && credits != null && aggregateDepth == 0) {
      Sources.Measure m = credits.measure(a, this);
      if (m == null) return Type.ERROR;
      TableSchema saved = rows(credits.source(m.source()).table());
      try {
        return aggregate(a, m.value());
      } finally {
        rows(saved);
      }
    }
    return aggregate(a, a.value());
  }

  /**
   * Sets the table a row scope reads (a credit source's), returning the one it replaces so the
   * caller can put it back.
   */
  TableSchema rows() {
    return rows;
  }

  TableSchema rows(TableSchema table) {
    TableSchema before = rows;
    rows = table;
    return before;
  }

  /** Whether a name means something in an expression: a definition, a field or a stage. */
  boolean knows(String name) {
    return definitions.containsKey(name)
        || (rows != null && Checker.fieldIndex(rows, name) >= 0)
        || Checker.fieldIndex(cx.people, name) >= 0
        || cx.stages.contains(name);
  }

  private Type aggregate(Expr.Aggregate a, Expr value) {
    if (cx.deals == null) {
      cx.diags.error(
          Code.E0405,
          a.span(),
          "a measure needs deals: the plan has no credit rule",
          "add e.g. `credit deals where stage is closed_won to owner on close_date`");
      return Type.ERROR;
    }
    if (aggregateDepth > 0)
      return typeError(a, "a measure cannot be nested inside another measure");
    aggregateDepth++;
    try {
      if (a.filter() != null) condition(a.filter(), Scope.DEAL);
      if (a.kind() == Expr.AggregateKind.COUNT) return Type.NUMBER;
      Type t = type(value, Scope.DEAL);
      if (!t.isNumeric() && t != Type.ERROR) return typeError(value, "cannot add up " + article(t));
      return t;
    } finally {
      aggregateDepth--;
    }
  }

  /** {@code full amount}: a deal's money field before the participant's split share. */
  private Type full(Expr.Full f, Scope scope) {
    int i = rows == null ? -1 : Checker.fieldIndex(rows, f.field().text());
    if (i < 0 || rows.fields().get(i).type() != compass.data.ColumnType.MONEY) {
      cx.diags.error(Code.E0302, f.field().span(), "`full` takes a money field of the deals", null);
      return Type.ERROR;
    }
    if (scope == Scope.PARTICIPANT) {
      cx.diags.error(
          Code.E0302,
          f.span(),
          "`" + f.span().text() + "` is a field of each deal",
          "use it inside a measure, e.g. `sum of full amount`");
      return Type.ERROR;
    }
    if (aggregateDepth == 0) sawDealField = true;
    cx.symbols.put(f, new Symbol.DealField(i, rows.fields().get(i)));
    return Type.MONEY;
  }

  private Type team(Expr.Team t) {
    String name = t.member().text();
    if (!definitions.containsKey(name)) {
      cx.diags.error(
          Code.E0301,
          t.member().span(),
          "no definition named `" + name + "`",
          Suggestions.hint(name, definitions.keySet()));
      return Type.ERROR;
    }
    if (!ParticipantSources.managersKnown(cx.plan, cx.people)) {
      cx.diags.error(
          Code.E0302,
          t.span(),
          "`team` needs a `manager: person` field in the people input",
          "or read the managers from a table keyed by the person who reports: "
              + "`roll up one level through teams.manager`");
      return Type.ERROR;
    }
    Type m = definitionType(name, t.member().span());
    if (dealLevel.contains(name) || (!m.isNumeric() && m != Type.ERROR)) {
      return typeError(
          t, "`team` adds up a number or an amount per participant; `" + name + "` is not one");
    }
    return m;
  }

  private Type curve(Expr.Curve c, Scope scope) {
    Type subject = type(c.subject(), scope);
    if (!subject.isNumeric() && subject != Type.ERROR)
      return typeError(c.subject(), "a curve runs on a number or percent, not " + article(subject));
    if (c.points().size() < 2) {
      cx.diags.error(
          Code.E0410,
          c.span(),
          "a payout curve needs at least two points",
          "write each point as `x -> y` on its own line");
      return Type.ERROR;
    }
    Type y = null;
    java.math.BigDecimal lastX = null;
    for (Expr.Point p : c.points()) {
      Type px = type(p.x(), Scope.PARTICIPANT);
      Type py = type(p.y(), Scope.PARTICIPANT);
      if (!UnitRules.comparable(subject, px))
        typeError(p.x(), "the curve runs on " + subject + ", but this point is " + article(px));
      if (y == null) y = py;
      else if (UnitRules.unify(y, py) == null)
        typeError(p.y(), "all points of a curve must pay the same kind of value");
      java.math.BigDecimal x = Constants.value(p.x());
      if (x != null && lastX != null && x.compareTo(lastX) <= 0) {
        cx.diags.error(
            Code.E0410,
            p.x().span(),
            "curve points must go up: "
                + p.x().span().text()
                + " comes after a larger or equal point",
            null);
      }
      if (x != null) lastX = x;
    }
    return y;
  }

  /** The expression being typed depends on the deal looked at (a lookup on its credit date). */
  void markDealRow() {
    if (aggregateDepth == 0) sawDealField = true;
  }

  Type typeError(Expr e, String message) {
    cx.diags.error(Code.E0202, e.span(), message);
    return Type.ERROR;
  }

  private static String comparisonHint(Type l, Type r) {
    if ((l == Type.MONEY && r == Type.PERCENT) || (l == Type.PERCENT && r == Type.MONEY)) {
      return "a ratio is money divided by money: if this is attainment, write the quota as money, e.g. `250_000 USD per quarter`";
    }
    if (l == Type.NUMBER && r == Type.PERCENT || l == Type.PERCENT && r == Type.NUMBER) {
      return "write percentages with %, e.g. `attainment >= 100%`";
    }
    return null;
  }

  static String article(Type t) {
    return switch (t) {
      case MONEY -> "money (an amount)";
      case PERCENT -> "a percent";
      case NUMBER -> "a number";
      case DATE -> "a date";
      case PERIOD -> "a period";
      case DURATION -> "a duration";
      case BOOL -> "a yes/no value";
      case TEXT -> "text";
      case STAGE -> "a stage";
      case PERSON -> "a person";
      case SET -> "a set";
      case ERROR -> "an unknown value";
    };
  }
}
