package compass.api;

import compass.ast.Decl;
import compass.ast.Step;
import compass.check.CheckedPlan;
import compass.check.CheckedTest;
import compass.check.DataLints;
import compass.check.TestChecker;
import compass.data.LoadOptions;
import compass.data.Table;
import compass.data.TableLoader;
import compass.data.TableSchema;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Csv;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.Coverage;
import compass.eval.DataChecks;
import compass.eval.EvalError;
import compass.eval.Evaluator;
import compass.eval.Participants;
import compass.eval.TestRun;
import compass.source.DataLocation;
import compass.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the tests written in a plan ({@code test "name":} blocks): each on its own data, through the
 * same loader and evaluator as {@code run}, comparing what it computes with what the test expects.
 */
public final class PlanTests {
  private PlanTests() {}

  /**
   * The plan files to test under the paths: a file as given; in a folder, every {@code .comp} file
   * with a test, recursively, in name order (hidden folders and build output folders named {@code
   * target} are skipped). A path that does not exist is reported (E0809).
   */
  public static List<Path> find(List<Path> paths, Diagnostics diags) {
    List<Path> plans = new ArrayList<>();
    for (Path p : paths) {
      if (java.nio.file.Files.isRegularFile(p)) {
        plans.add(p);
      } else if (java.nio.file.Files.isDirectory(p)) {
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".comp") && !skipped(p, f) && hasTests(f))
              .sorted()
              .forEach(plans::add);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
          diags.error(
              Code.E0809,
              DataLocation.ofFile(p.toString()),
              "cannot read the folder: " + e.getMessage());
        }
      } else {
        diags.error(
            Code.E0809,
            DataLocation.ofFile(p.toString()),
            "no such file or folder",
            "give a plan file (.comp) or a folder that holds plans");
      }
    }
    return plans;
  }

  private static boolean skipped(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      String name = part.toString();
      if (name.equals("target")
          || (name.startsWith(".") && !name.equals(".") && !name.equals(".."))) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern TEST_LINE =
      java.util.regex.Pattern.compile("(?m)^test\\s+\"");

  /** A quick look, without parsing: a test block starts a line with `test "`. */
  private static boolean hasTests(Path file) {
    try {
      return TEST_LINE.matcher(java.nio.file.Files.readString(file)).find();
    } catch (java.io.IOException | RuntimeException e) {
      return true; // unreadable: let the run report it
    }
  }

  /**
   * Checks the plan and its tests, then runs every test; {@code coverage}: also list what no test
   * reached.
   */
  public static TestReport run(Path plan, boolean coverage) {
    Diagnostics diags = new Diagnostics();
    CheckedPlan checked = Compass.load(plan, diags);
    List<CheckedTest> tests = checked == null ? List.of() : TestChecker.check(checked, diags);
    if (diags.hasErrors())
      return new TestReport(plan.toString(), diags.all(), List.of(), List.of());
    Coverage reached = coverage ? new Coverage() : null;
    Path folder = plan.toAbsolutePath().getParent();
    List<TestReport.Outcome> outcomes = new ArrayList<>();
    List<Table> people = new ArrayList<>(), deals = new ArrayList<>();
    Map<String, List<Table>> others = new LinkedHashMap<>();
    Map<String, String> otherNames = new LinkedHashMap<>();
    for (CheckedTest test : tests) {
      TestCase c = new TestCase(checked, test, folder, reached);
      outcomes.add(c.run());
      if (c.people != null) people.add(c.people);
      if (c.deals != null) deals.add(c.deals);
      c.others.forEach(
          (name, t) -> {
            others.computeIfAbsent(name, n -> new ArrayList<>()).add(t);
            otherNames.put(name, "the tests' " + name);
          });
    }
    // a value the plan compares with that no test's rows have (W0106, W0103): a typo in the plan
    // or in the rows, or a branch that no test exercises
    if (!tests.isEmpty()) {
      diags.addAll(
          DataLints.lint(
              checked,
              new DataLints.Rows(
                  people, deals, "the tests' people", "the tests' deals", others, otherNames)));
    }
    List<TestReport.Unreached> unreached = coverage ? unreached(checked, reached) : List.of();
    return new TestReport(plan.toString(), diags.all(), outcomes, unreached);
  }

  /**
   * Definitions, components and tier bands of this plan file that no test reached, in source order.
   */
  private static List<TestReport.Unreached> unreached(CheckedPlan plan, Coverage reached) {
    String file = plan.ast().file().path();
    List<TestReport.Unreached> out = new ArrayList<>();
    for (Decl d : plan.ast().decls()) {
      if (!d.span().file().path().equals(file)) continue; // imported: tested where it is written
      if (d instanceof Decl.Definition def && !reached.reached(def)) {
        out.add(new TestReport.Unreached(def.span(), "definition " + def.name().text()));
      } else if (d instanceof Decl.Component c) {
        if (!reached.reached(c))
          out.add(new TestReport.Unreached(c.span(), "component \"" + c.title() + "\""));
        else if (c.steps().get(0) instanceof Step.Tiers t)
          bands(t.bands(), "\"" + c.title() + "\"", reached, out);
      } else if (d instanceof Decl.TiersOverride o) {
        bands(
            o.bands(),
            "the override of \"" + o.component() + "\" for " + o.who().text(),
            reached,
            out);
      }
    }
    return out;
  }

  private static void bands(
      List<Step.Band> bands, String of, Coverage reached, List<TestReport.Unreached> out) {
    for (Step.Band b : bands) {
      if (reached.reached(b)) continue;
      out.add(
          new TestReport.Unreached(b.span(), "band `" + b.span().text().strip() + "` of " + of));
    }
  }

  /** One test: its tables loaded, the plan evaluated on them, each expectation compared. */
  private static final class TestCase {
    private final CheckedPlan plan;
    private final CheckedTest test;
    private final Path folder;
    private final Coverage coverage;
    private final Diagnostics diags = new Diagnostics();

    /** The test's people and deals as loaded (null until loaded), for {@link DataLints}. */
    Table people, deals;

    /** The test's other tables as loaded, by name (a table it does not give has no rows). */
    final Map<String, Table> others = new LinkedHashMap<>();

    TestCase(CheckedPlan plan, CheckedTest test, Path folder, Coverage coverage) {
      this.plan = plan;
      this.test = test;
      this.folder = folder;
      this.coverage = coverage;
    }

    TestReport.Outcome run() {
      Decl.Test ast = test.ast();
      TestRun result = evaluate();
      if (result == null)
        return new TestReport.Outcome(ast.title(), ast.titleSpan(), List.of(), errors());
      List<TestReport.Failure> failures = new ArrayList<>();
      for (CheckedTest.Expectation e : test.expectations()) {
        TestReport.Failure f;
        try {
          f = new Expectations(plan, result).compare(e, diags);
        } catch (EvalError err) {
          diags.add(err.diagnostic());
          continue;
        }
        if (f != null) failures.add(f);
      }
      return new TestReport.Outcome(ast.title(), ast.titleSpan(), failures, errors());
    }

    private List<Diagnostic> errors() {
      return diags.all().stream().filter(Diagnostic::isError).toList();
    }

    /**
     * Loads the test's tables (a table it does not give is empty) and evaluates; null after errors.
     */
    private TestRun evaluate() {
      Map<String, CheckedTest.Supplied> supplied = new LinkedHashMap<>();
      for (CheckedTest.Supplied s : test.tables()) supplied.put(s.schema().name(), s);
      Set<String> ids = null; // issue 14: no people file, the people are those the rows name
      if (!Participants.fromData(plan)) {
        people = load(plan.people(), supplied, new LoadOptions(List.of(), null));
        if (people == null || diags.hasErrors()) return null;
        people = checked(people, supplied);
        if (diags.hasErrors()) return null;
        ids = new HashSet<>();
        TextColumn idColumn = (TextColumn) people.column("id");
        for (int i = 0; i < people.rowCount(); i++) ids.add(idColumn.get(i));
      }
      LoadOptions options = Compass.dataOptions(plan, ids, false);
      deals = plan.deals() == null ? null : load(plan.deals(), supplied, options);
      if (deals != null) deals = checked(deals, supplied);
      for (TableSchema schema : plan.otherTables().values()) {
        Table t = load(schema, supplied, options);
        if (t != null) others.put(schema.name(), checked(t, supplied));
      }
      if (diags.hasErrors()) return null;
      people = Participants.resolve(plan, people, deals, others, diags);
      if (people == null) return null;
      try {
        return Evaluator.evaluateForTest(plan, people, deals, others, coverage);
      } catch (EvalError e) {
        diags.add(e.diagnostic());
        return null;
      } catch (StackOverflowError e) { // hostile input: a diagnostic, never a crash
        diags.error(
            Code.E0104,
            test.ast().titleSpan(),
            "the plan is too deeply nested to evaluate",
            "split long expressions into named definitions");
        return null;
      }
    }

    /**
     * The values that cannot be right (DataChecks), found in a test's rows: reported at their cell
     * in the plan.
     */
    private Table checked(Table t, Map<String, CheckedTest.Supplied> supplied) {
      if (t == null) return null;
      Diagnostics local = new Diagnostics();
      Table out =
          t.name().equals(plan.people().name())
              ? DataChecks.people(plan, t, local)
              : DataChecks.table(plan, t, local);
      CheckedTest.Supplied s = supplied.get(t.name());
      for (Diagnostic d : local.all()) diags.add(s == null || s.fromFile() ? d : atCell(d, s));
      return out;
    }

    private Table load(
        TableSchema declared, Map<String, CheckedTest.Supplied> supplied, LoadOptions options) {
      CheckedTest.Supplied s = supplied.get(declared.name());
      if (s != null && s.fromFile())
        return TableLoader.load(s.schema(), folder, options, diags); // same path rules as inputs
      String header =
          String.join(",", declared.fields().stream().map(f -> Csv.quote(f.column())).toList())
              + "\n";
      TableSchema schema =
          s != null
              ? s.schema()
              : declared.withRows(declared.name() + " rows of the test", test.ast().titleSpan());
      Diagnostics local = new Diagnostics();
      Table t = TableLoader.loadText(schema, s != null ? s.csv() : header, options, local);
      for (Diagnostic d : local.all()) diags.add(s == null ? d : atCell(d, s));
      return t;
    }

    /**
     * A problem the loader found in inline rows, moved from the line of the CSV text to the cell in
     * the plan.
     */
    private static Diagnostic atCell(Diagnostic d, CheckedTest.Supplied s) {
      if (!(d.location() instanceof DataLocation dl)
          || dl.line() < 2
          || dl.line() - 2 >= s.rows().size()) {
        return new Diagnostic(d.severity(), d.code(), s.span(), d.message(), d.hint(), d.labels());
      }
      int row = (int) dl.line() - 2;
      Span at = s.rows().get(row);
      int field = -1;
      for (int i = 0; i < s.schema().fields().size(); i++)
        if (s.schema().fields().get(i).name().equals(dl.field())) field = i;
      if (field >= 0 && s.cells().get(row)[field] != null) at = s.cells().get(row)[field];
      // "first seen on line 2" of the CSV text: the line of that row in the plan
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("line (\\d+)").matcher(d.message());
      StringBuilder message = new StringBuilder();
      while (m.find()) {
        int other = Integer.parseInt(m.group(1)) - 2;
        String line =
            other >= 0 && other < s.rows().size()
                ? "line " + s.rows().get(other).line()
                : m.group();
        m.appendReplacement(message, line);
      }
      m.appendTail(message);
      String hint =
          d.hint() == null ? null : d.hint().replace("the people file", "the test's people");
      return new Diagnostic(d.severity(), d.code(), at, message.toString(), hint, d.labels());
    }
  }
}
