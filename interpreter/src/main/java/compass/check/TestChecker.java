package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.TestBlock;
import compass.calendar.PayPeriods;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Csv;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Label;
import compass.diag.Suggestions;
import compass.source.Span;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the tests of a checked plan before any data is read: each table a test writes is one the
 * plan declares, each cell fits its field, each expectation names a measure or definition, a
 * participant, a period of the plan and (for a line) a component, with a value of the right kind.
 */
public final class TestChecker {
  private static final Map<String, CheckedTest.Measure> MEASURES =
      Map.of(
          "payout",
          CheckedTest.Measure.PAYOUT,
          "earned",
          CheckedTest.Measure.EARNED,
          "payable",
          CheckedTest.Measure.PAYABLE,
          "held",
          CheckedTest.Measure.HELD,
          "owed",
          CheckedTest.Measure.OWED,
          "draw_balance",
          CheckedTest.Measure.DRAW_BALANCE,
          "line",
          CheckedTest.Measure.LINE,
          "payout_local",
          CheckedTest.Measure.PAYOUT_LOCAL);

  private final CheckedPlan plan;
  private final Diagnostics diags;

  private TestChecker(CheckedPlan plan, Diagnostics diags) {
    this.plan = plan;
    this.diags = diags;
  }

  /**
   * The plan's tests, checked; problems are reported into {@code diags} and leave that test out.
   */
  public static List<CheckedTest> check(CheckedPlan plan, Diagnostics diags) {
    TestChecker checker = new TestChecker(plan, diags);
    List<CheckedTest> tests = new ArrayList<>();
    Map<String, Decl.Test> titles = new LinkedHashMap<>();
    for (Decl.Test t : plan.ast().all(Decl.Test.class)) {
      Decl.Test first = titles.putIfAbsent(t.title(), t);
      if (first != null) {
        diags.add(
            Diagnostic.error(
                    Code.E0303, t.titleSpan(), "two tests are called \"" + t.title() + "\"")
                .withHint("give each test its own name")
                .withLabel(new Label(first.titleSpan(), "first test of that name")));
      }
      CheckedTest checked = checker.test(t);
      if (checked != null) tests.add(checked);
    }
    return tests;
  }

  private CheckedTest test(Decl.Test t) {
    int before = diags.errorCount();
    Map<String, CheckedTest.Supplied> tables = new LinkedHashMap<>();
    Map<String, List<TestBlock.Table>> byName = new LinkedHashMap<>();
    for (TestBlock.Table table : t.tables()) {
      byName.computeIfAbsent(table.name().text(), k -> new ArrayList<>()).add(table);
    }
    for (Map.Entry<String, List<TestBlock.Table>> e : byName.entrySet()) {
      TableSchema schema = schema(e.getKey());
      if (schema == null) {
        diags.error(
            Code.E0803,
            e.getValue().get(0).name().span(),
            "the plan has no input `" + e.getKey() + "`",
            hintOr(
                Suggestions.hint(e.getKey(), tableNames()),
                "a test gives rows for the plan's inputs: " + String.join(", ", tableNames())));
        continue;
      }
      CheckedTest.Supplied supplied = supplied(schema, e.getValue());
      if (supplied != null) tables.put(e.getKey(), supplied);
    }
    if (!tables.containsKey("people")
        && !ParticipantSources.fromData(plan.ast())
        && diags.errorCount() == before) {
      diags.error(
          Code.E0803,
          t.titleSpan(),
          "the test gives no people",
          "add a line such as `people: ann` (one row per participant), or `people from \"test-people.csv\"`");
    }
    List<CheckedTest.Expectation> expects = new ArrayList<>();
    for (TestBlock.Expect e : t.expectations()) {
      CheckedTest.Expectation checked = expectation(e);
      if (checked != null) expects.add(checked);
    }
    if (t.expectations().isEmpty()
        && !diags.hasErrors()) { // (an `expect` the parser refused is reported)
      diags.error(
          Code.E0801,
          t.titleSpan(),
          "the test expects nothing",
          "add a line such as `expect payout(ann, 2027-Q1) = 10_100.00`");
    }
    if (diags.errorCount() > before) return null;
    return new CheckedTest(t, List.copyOf(tables.values()), expects);
  }

  private TableSchema schema(String name) {
    for (TableSchema s : plan.tables()) if (s.name().equals(name)) return s;
    return null;
  }

  private List<String> tableNames() {
    return plan.tables().stream().map(TableSchema::name).toList();
  }

  private static String hintOr(String hint, String otherwise) {
    return hint != null ? hint : otherwise;
  }

  // ---- tables ----------------------------------------------------------------------------

  private CheckedTest.Supplied supplied(TableSchema schema, List<TestBlock.Table> clauses) {
    TestBlock.Table file = null;
    for (TestBlock.Table c : clauses) if (c.file() != null) file = c;
    if (file != null && clauses.size() > 1) {
      TestBlock.Table other = clauses.get(0) == file ? clauses.get(1) : clauses.get(0);
      diags.add(
          Diagnostic.error(Code.E0806, other.span(), "the test gives `" + schema.name() + "` twice")
              .withHint("write its rows in the test, or read them from a file, not both")
              .withLabel(new Label(file.span(), "also read from a file here")));
      return null;
    }
    if (file != null && Checker.leavesDataFolder(file.file())) {
      diags.error(
          Code.E0408,
          file.fileSpan(),
          "`" + file.file() + "` is outside the plan's folder",
          "a test reads only files inside the plan's folder: write a path relative to it, without `..`");
      return null;
    }
    if (file != null) {
      TableSchema fromFile =
          schema.withRows(file.file(), file.fileSpan()); // keys and dates kept (lookups)
      return new CheckedTest.Supplied(fromFile, null, List.of(), List.of(), file.span());
    }
    List<FieldSpec> fields = schema.fields();
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < fields.size(); i++)
      csv.append(i == 0 ? "" : ",").append(Csv.quote(fields.get(i).column()));
    csv.append('\n');
    List<Span> rows = new ArrayList<>();
    List<Span[]> cells = new ArrayList<>();
    boolean ok = true;
    for (TestBlock.Table c : clauses) {
      for (TestBlock.Row row : c.rows()) {
        Span[] at = new Span[fields.size()];
        String[] values = row(schema, row, at);
        if (values == null) {
          ok = false;
          continue;
        }
        for (int i = 0; i < values.length; i++)
          csv.append(i == 0 ? "" : ",").append(Csv.quote(values[i]));
        csv.append('\n');
        rows.add(row.span());
        cells.add(at);
      }
    }
    if (!ok) return null;
    // the loader's messages name this "file": the table and the test it is written in
    TableSchema inline =
        schema.withRows(schema.name() + " rows of the test", clauses.get(0).span());
    return new CheckedTest.Supplied(inline, csv.toString(), rows, cells, clauses.get(0).span());
  }

  /**
   * One row's values in field order ("" for a cell not written); null after an error. Cells go to
   * the fields in declared order; a word that names a field, followed by a cell, is a {@code field
   * value} pair instead (quote a value that happens to be a field's name).
   */
  private String[] row(TableSchema schema, TestBlock.Row row, Span[] at) {
    List<FieldSpec> fields = schema.fields();
    String[] values = new String[fields.size()];
    int next = 0;
    boolean ok = true;
    List<TestBlock.Cell> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      TestBlock.Cell cell = cells.get(i);
      int field =
          cell.kind() == TestBlock.CellKind.NAME && i + 1 < cells.size()
              ? Checker.fieldIndex(schema, cell.text())
              : -1;
      if (field >= 0) {
        cell = cells.get(++i);
      } else {
        while (next < fields.size() && values[next] != null) next++;
        if (next >= fields.size()) {
          diags.error(
              Code.E0804,
              cell.span(),
              "this row has more cells than `" + schema.name() + "` has fields",
              "the fields are, in order: "
                  + String.join(", ", fields.stream().map(FieldSpec::name).toList()));
          return null;
        }
        field = next++;
      }
      FieldSpec spec = fields.get(field);
      if (values[field] != null) {
        diags.add(
            Diagnostic.error(
                    Code.E0804, cell.span(), "`" + spec.name() + "` is given twice in this row")
                .withLabel(new Label(at[field], "first given here")));
        ok = false;
        continue;
      }
      at[field] = cell.span();
      values[field] = cell.text();
      ok &= fits(spec, cell);
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (values[i] == null) {
        values[i] = "";
        if (!fields.get(i).optional()) missing.add(fields.get(i).name());
      }
    }
    if (!missing.isEmpty()) {
      diags.error(
          Code.E0805,
          row.span(),
          "this `" + schema.name() + "` row has no " + String.join(", ", missing),
          "give the cells in the order the plan declares the fields ("
              + String.join(", ", fields.stream().map(FieldSpec::name).toList())
              + "), or as `field value` pairs; only fields marked `optional` may be left out");
      return null;
    }
    return ok ? values : null;
  }

  /** Whether a cell is written as its field's type reads (the loader checks the value itself). */
  private boolean fits(FieldSpec spec, TestBlock.Cell cell) {
    TestBlock.CellKind kind = cell.kind();
    String expected =
        switch (spec.type()) {
          case MONEY, NUMBER -> kind == TestBlock.CellKind.NUMBER ? null : "a number, e.g. 130_000";
          case INTEGER ->
              kind == TestBlock.CellKind.NUMBER && !cell.text().contains(".")
                  ? null
                  : "a whole number, e.g. 12";
          case PERCENT ->
              kind == TestBlock.CellKind.PERCENT || kind == TestBlock.CellKind.NUMBER
                  ? null
                  : "a percent, e.g. 40%";
          case DATE -> kind == TestBlock.CellKind.DATE ? null : "a date, e.g. 2027-02-10";
          case PERIOD -> kind == TestBlock.CellKind.PERIOD ? null : "a period, e.g. 2027-Q1";
          case BOOL -> kind == TestBlock.CellKind.BOOL ? null : "true or false";
          case STAGE ->
              kind == TestBlock.CellKind.NAME
                  ? null
                  : "a stage, e.g. " + plan.stages().get(plan.stages().size() - 1);
          case TEXT, PERSON ->
              kind == TestBlock.CellKind.NAME
                      || kind == TestBlock.CellKind.STRING
                      || kind == TestBlock.CellKind.NUMBER
                  ? null
                  : "a name or \"quoted text\"";
        };
    if (expected == null
        && spec.type() == ColumnType.STAGE
        && !plan.stages().contains(cell.text())) {
      diags.error(
          Code.E0804,
          cell.span(),
          "`" + cell.text() + "` is not a stage of the plan",
          hintOr(
              Suggestions.hint(cell.text(), plan.stages()),
              "the stages are " + String.join(", ", plan.stages())));
      return false;
    }
    if (expected == null) return true;
    diags.add(
        Diagnostic.error(
                Code.E0804,
                cell.span(),
                "`"
                    + spec.name()
                    + "` is "
                    + kind(spec.type())
                    + ", but this cell is `"
                    + cell.span().text()
                    + "`")
            .withHint(
                "write "
                    + expected
                    + " here; cells go in the order the plan declares the fields, or as `field value` pairs")
            .withLabel(new Label(spec.span(), "declared here")));
    return false;
  }

  private static String kind(ColumnType type) {
    return switch (type) {
      case MONEY -> "money";
      case TEXT -> "text";
      case INTEGER -> "a whole number";
      case BOOL -> "true or false";
      case NUMBER, PERCENT, DATE, PERSON, STAGE, PERIOD ->
          "a " + type.name().toLowerCase(Locale.ROOT);
    };
  }

  // ---- expectations ----------------------------------------------------------------------

  private CheckedTest.Expectation expectation(TestBlock.Expect e) {
    Expr.Call call = e.subject();
    String name = call.function().text();
    CheckedTest.Measure measure = MEASURES.get(name);
    Type type = Type.MONEY;
    if (measure == null) {
      type = plan.definitionTypes().get(name);
      if (type == null) {
        List<String> known = new ArrayList<>(MEASURES.keySet());
        known.addAll(plan.definitionTypes().keySet());
        diags.error(
            Code.E0801,
            call.function().span(),
            "`" + name + "` is neither a statement value nor a definition of the plan",
            hintOr(
                Suggestions.hint(name, known),
                "expect payout, earned, payable, held, owed, draw_balance, line or a definition"));
        return null;
      }
      if (!type.isNumeric() || plan.dealLevelDefinitions().contains(name)) {
        diags.error(
            Code.E0801,
            call.function().span(),
            "`"
                + name
                + "` is "
                + (type.isNumeric() ? "a value of each deal" : type.label())
                + ", not an amount of a participant and period",
            "expect definitions that are money, a percent or a number for a participant and period");
        return null;
      }
      measure = CheckedTest.Measure.DEFINITION;
    }
    if (MEASURES.containsKey(name) && plan.definitionTypes().containsKey(name)) {
      // the statement's figure wins; a test meant to pin the definition would pass or fail silently
      diags.warning(
          Code.W0119,
          call.function().span(),
          "`"
              + name
              + "` here is the statement's "
              + name
              + ", not the plan's definition `"
              + name
              + "`",
          "rename the definition (e.g. `" + name + "_count`) to expect its value");
    }
    if (measure == CheckedTest.Measure.PAYOUT_LOCAL && PayCurrencyRules.of(plan.ast()) == null) {
      diags.error(
          Code.E0613,
          call.function().span(),
          "`payout_local` is the payout in a participant's pay currency, but the plan pays everyone"
              + " in "
              + plan.currency().code(),
          "add `pay participants in pay_currency using fx on payment date`, or expect `payout`");
      return null;
    }
    List<Expr> args = call.args();
    boolean line = measure == CheckedTest.Measure.LINE;
    if (line ? args.size() < 3 || args.size() > 4 : args.size() != 2) {
      diags.error(
          Code.E0802,
          call.span(),
          "`" + name + "` takes " + (line ? "3 or 4" : "2") + " arguments here, not " + args.size(),
          line
              ? "write line(PARTICIPANT, PERIOD, \"Component\") or line(PARTICIPANT, PERIOD, \"Component\", DEAL)"
              : "write " + name + "(PARTICIPANT, PERIOD), e.g. " + name + "(ann, 2027-Q1)");
      return null;
    }
    String who = word(args.get(0), "a participant id, e.g. ann");
    int[] span = periods(args.get(1));
    String component = null, deal = null;
    if (line) {
      component = component(args.get(2));
      if (args.size() == 4) deal = word(args.get(3), "a deal id, e.g. D1");
    }
    BigDecimal expected = expected(e.expected(), type, call);
    if (who == null
        || span == null
        || (line && component == null)
        || (args.size() == 4 && deal == null)
        || expected == null) return null;
    return new CheckedTest.Expectation(
        e,
        measure,
        measure == CheckedTest.Measure.DEFINITION ? name : null,
        type,
        who,
        span[0],
        span[1],
        component,
        deal,
        expected);
  }

  /** A participant or deal id: a name, "quoted text" or a number. */
  private String word(Expr arg, String what) {
    if (arg instanceof Expr.Ref r) return r.name();
    if (arg instanceof Expr.StringLit s) return s.value();
    if (arg instanceof Expr.NumberLit n && n.currency() == null) return n.span().text();
    diags.error(
        Code.E0802,
        arg.span(),
        "expected " + what + " here",
        "quote an id that is not a plain word: \"O-1001\"");
    return null;
  }

  /** The pay periods a period label covers: {first, last} indexes into the plan's periods. */
  private int[] periods(Expr arg) {
    if (!(arg instanceof Expr.PeriodLit p)) {
      diags.error(
          Code.E0802,
          arg.span(),
          "expected a period here",
          "write a period such as 2027-Q1, 2027-03 or FY2027");
      return null;
    }
    PayPeriods.Span span = PayPeriods.resolve(plan.periods(), plan.calendar(), p.label());
    if (span == null || !span.exact()) {
      diags.error(
          Code.E0802,
          arg.span(),
          "`" + p.label() + "` is not a pay period of the plan or a span of them",
          "the pay periods are " + PayPeriods.labels(plan.periods()));
      return null;
    }
    return new int[] {span.from(), span.to()};
  }

  private String component(Expr arg) {
    List<String> titles =
        new java.util.ArrayList<>(plan.components().stream().map(Decl.Component::title).toList());
    // issue 15: a team budget writes its own line, "Team budget" (eval.TeamBudgets.LINE)
    if (!plan.ast().all(Decl.Budget.class).isEmpty()) titles.add("Team budget");
    if (arg instanceof Expr.StringLit s && titles.contains(s.value())) return s.value();
    String written = arg instanceof Expr.StringLit s ? s.value() : arg.span().text();
    diags.error(
        Code.E0808,
        arg.span(),
        "the plan has no component \"" + written + "\"",
        hintOr(
            Suggestions.hint(written, titles),
            "the components are "
                + String.join(", ", titles.stream().map(t -> "\"" + t + "\"").toList())));
    return null;
  }

  /** The value expected, as a plain decimal (a percent as its fraction); null after an error. */
  private BigDecimal expected(Expr value, Type type, Expr.Call subject) {
    String what = subject.span().text();
    if (type == Type.PERCENT) {
      if (value instanceof Expr.PercentLit p) return p.fraction();
      diags.error(
          Code.E0807,
          value.span(),
          what + " is a percent",
          "write the value as a percent, e.g. 52%");
      return null;
    }
    if (value instanceof Expr.NumberLit n) {
      if (n.currency() == null
          || (type == Type.MONEY && n.currency().equals(plan.currency().code()))) return n.value();
      diags.error(
          Code.E0807,
          value.span(),
          what + " is " + (type == Type.MONEY ? "in " + plan.currency().code() : "a number"),
          "write the value without a currency code (the plan pays in "
              + plan.currency().code()
              + ")");
      return null;
    }
    diags.error(
        Code.E0807,
        value.span(),
        what
            + " is "
            + (type == Type.MONEY ? "money" : "a number")
            + ", but the value expected is not",
        "write the value as a number, e.g. 10_100.00");
    return null;
  }
}
