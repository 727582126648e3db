package compass.api;

import compass.ast.Plan;
import compass.calendar.PayPeriods;
import compass.check.CheckedPlan;
import compass.check.Checker;
import compass.check.DataLints;
import compass.check.Lints;
import compass.data.LoadOptions;
import compass.data.Table;
import compass.data.TableLoader;
import compass.data.TableSchema;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.DataChecks;
import compass.eval.EmptyCells;
import compass.eval.EvalError;
import compass.eval.Evaluation;
import compass.eval.Evaluator;
import compass.eval.LoadedData;
import compass.eval.PaidHistory;
import compass.eval.Participants;
import compass.eval.PayCurrencies;
import compass.eval.RunSummaryWarnings;
import compass.ledger.ClosedPeriod;
import compass.result.Explanation;
import compass.result.LineItem;
import compass.result.Reconciliation;
import compass.result.RejectedRow;
import compass.result.StatementRow;
import compass.session.Session;
import compass.source.DataLocation;
import compass.source.PlanFiles;
import compass.source.SourceFile;
import compass.syntax.PlanAssembler;
import compass.syntax.PlanParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** The facade: check a plan, or run it on data. Every front end goes through here. */
public final class Compass {
  private Compass() {}

  /** Parses and checks the plan, with the warnings of {@link Lints}; reads no data. */
  public static CheckResult check(Path plan) {
    return check(plan, PlanFiles.DISK);
  }

  /** As {@link #check(Path)}, reading the plan and the files it imports through {@code files}. */
  public static CheckResult check(Path plan, PlanFiles files) {
    Diagnostics diags = new Diagnostics();
    checkWithLints(plan, files, diags);
    return new CheckResult(diags.all());
  }

  /** The plan checked, its tests too, with the warnings of {@link Lints}; null after errors. */
  private static CheckedPlan checkWithLints(Path plan, PlanFiles files, Diagnostics diags) {
    CheckedPlan checked = load(plan, files, diags);
    if (checked != null) compass.check.TestChecker.check(checked, diags); // the plan's tests too
    if (checked != null) Lints.lint(checked, diags);
    return checked == null || diags.hasErrors() ? null : checked;
  }

  /**
   * As {@link #check(Path)}, and with a data folder also loads the plan's data (evaluating nothing)
   * and adds the warnings only the data can raise ({@link #dataWarnings}); data errors are reported
   * as for a run. {@code dataDir} null: no data is read.
   */
  public static CheckResult check(Path plan, Path dataDir) {
    if (dataDir == null) return check(plan);
    Diagnostics diags = new Diagnostics();
    CheckedPlan checked = checkWithLints(plan, PlanFiles.DISK, diags);
    if (checked == null) return new CheckResult(diags.all());
    LoadedData data = loadData(checked, dataDir, diags);
    if (data != null) diags.addAll(dataWarnings(checked, data));
    return new CheckResult(diags.all());
  }

  /** Parses and checks plan text given directly (tests, the REPL). */
  public static CheckedPlan checkText(String path, String text, Diagnostics diags) {
    Plan ast = PlanParser.parsePlan(new SourceFile(path, text), diags);
    return ast == null ? null : DeepStack.call(() -> Checker.check(ast, diags));
  }

  /** Reads, parses and checks a plan file; null when it has errors (they are in diags). */
  public static CheckedPlan load(Path plan, Diagnostics diags) {
    return load(plan, PlanFiles.DISK, diags);
  }

  /**
   * As {@link #load(Path, Diagnostics)}, reading the plan and the files it imports or extends
   * through {@code files} (a revision in git, for {@code compass diff}).
   */
  public static CheckedPlan load(Path plan, PlanFiles files, Diagnostics diags) {
    if (files == PlanFiles.DISK) { // issue 20: loaded ahead while the command line was read
      WarmUp.Loaded ahead = WarmUp.take(plan);
      if (ahead != null) {
        diags.addAll(ahead.diagnostics());
        return ahead.plan();
      }
    }
    String text;
    try {
      byte[] bytes = files.read(plan);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      if (text.startsWith("\uFEFF")) text = text.substring(1);
    } catch (CharacterCodingException e) {
      diags.error(
          Code.E0510, DataLocation.ofFile(files.display(plan)), "the plan file is not UTF-8 text");
      return null;
    } catch (IOException e) {
      diags.error(
          Code.E0501,
          DataLocation.ofFile(files.display(plan)),
          "cannot read the plan file: " + reason(e));
      return null;
    }
    Plan ast = PlanParser.parsePlan(new SourceFile(files.display(plan), text), diags);
    ast = PlanAssembler.assemble(ast, plan, files, diags); // resolves `import` and `extends`
    if (ast == null) return null;
    Plan assembled = ast;
    try {
      return DeepStack.call(() -> Checker.check(assembled, diags));
    } catch (StackOverflowError e) { // hostile input: a diagnostic, never a crash
      diags.error(
          Code.E0104,
          DataLocation.ofFile(plan.toString()),
          "the plan is too deeply nested to check",
          "split long expressions into named definitions");
      return null;
    }
  }

  /** Parses, checks, loads the data the plan declares and evaluates every participant. */
  public static RunResult run(RunRequest request) {
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = load(request.plan(), diags);
    if (plan == null) return failed(diags, null);
    return run(plan, request, diags);
  }

  /**
   * As {@link #run(RunRequest)}, reading the plan and the files it imports or extends through
   * {@code files} (a git revision, for {@code compass diff}); the data is read from disk.
   */
  public static RunResult run(RunRequest request, PlanFiles files) {
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = load(request.plan(), files, diags);
    if (plan == null) return failed(diags, null);
    return run(plan, request, diags);
  }

  /** Runs a plan already checked (its diagnostics so far in {@code diags}). */
  static RunResult run(CheckedPlan plan, RunRequest request, Diagnostics diags) {
    List<ClosedPeriod> closed = PaidRecords.closed(plan, request, diags);
    if (closed == null) return failed(diags, plan);
    return run(plan, request, diags, closed);
  }

  /**
   * Runs a plan already checked with {@code closed} as the periods the ledger says were paid (issue
   * 16; empty: every period computed from scratch).
   */
  static RunResult run(
      CheckedPlan plan, RunRequest request, Diagnostics diags, List<ClosedPeriod> closed) {
    List<RejectedRow> rejects = new ArrayList<>();
    // issue 20: a large deals file is streamed when the plan allows it, else read whole
    LoadedData data =
        StreamedRuns.allowed(request, !closed.isEmpty())
            ? StreamedRuns.load(plan, dataDir(request), diags)
            : null;
    if (data == null)
      data = loadData(plan, dataDir(request), diags, request.keepGoing() ? rejects : null);
    return run(plan, request, diags, closed, data, rejects, null);
  }

  /**
   * Runs a plan on data already loaded (null: loading failed, reported in diags), evaluating only
   * the participants {@code only} accepts (null: everyone; issue 21, a Spark partition's own).
   */
  static RunResult run(
      CheckedPlan plan,
      RunRequest request,
      Diagnostics diags,
      List<ClosedPeriod> closed,
      LoadedData data,
      List<RejectedRow> rejects,
      java.util.function.Predicate<String> only) {
    if (data == null) return failed(diags, plan);
    PaidHistory history =
        closed.isEmpty() ? null : PaidRecords.history(plan, request, data, closed, false);
    Evaluation evaluation =
        evaluate(
            plan,
            data,
            diags,
            false,
            request.lines(),
            request.keepGoing() ? rejects : null,
            history,
            only);
    if (evaluation == null) return failed(diags, plan);
    if (history != null) evaluation = PaidRecords.withDeparted(evaluation, closed);
    List<StatementRow> rows = evaluation.rows();
    List<LineItem> lines = evaluation.lines();
    List<compass.result.TeamSummary> teams = evaluation.teams();
    if (request.period() != null) {
      String label = periodLabel(plan, request.period(), diags);
      if (label == null) return failed(diags, plan);
      rows = rows.stream().filter(r -> r.period().equals(label)).toList();
      lines = lines.stream().filter(l -> l.period().equals(label)).toList();
      teams = teams.stream().filter(t -> t.period().equals(label)).toList();
    }
    Reconciliation reconciliation = evaluation.reconciliation();
    long rejectedDeals =
        plan.deals() == null
            ? 0
            : rejects.stream().filter(r -> r.file().equals(plan.deals().file())).count();
    if (rejectedDeals > 0) reconciliation = reconciliation.withRejected(rejectedDeals);
    if (!reconciliation.others().isEmpty()) { // each other source: the rows of its own file
      List<Reconciliation> others = new ArrayList<>();
      for (Reconciliation r : reconciliation.others()) {
        String file = plan.sources().named(r.source().name()).table().file();
        long n = rejects.stream().filter(x -> x.file().equals(file)).count();
        others.add(n > 0 ? r.withRejected(n) : r);
      }
      reconciliation = reconciliation.with(others);
    }
    diags.addAll(dataWarnings(plan, data));
    diags.addAll(evaluation.warnings());
    // the whole year's lines, whatever --period shows
    diags.addAll(RunSummaryWarnings.of(plan, data.people(), evaluation.lines(), reconciliation));
    compass.result.LocalPay.Run paid;
    try { // SEMANTICS 13: the payouts in each participant's pay currency
      PayCurrencies pay = PayCurrencies.of(plan, data);
      paid = pay == null ? null : pay.convert(rows, lines);
      paid = PaidRecords.localAsPaid(paid, rows, lines, closed); // closed: as paid, in any FX
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return failed(diags, plan);
    }
    return new RunResult(
        diags.all(),
        rows,
        lines,
        reconciliation,
        plan.name(),
        plan.currency().code(),
        rejects,
        paid,
        teams,
        closed.stream().map(c -> c.period() + " (paid " + c.manifest().payDate() + ")").toList());
  }

  /**
   * How one participant's payout in one period was computed (SEMANTICS 14), as a tree with source
   * positions and the actual values, from the payout down to each deal.
   */
  public static ExplainResult explain(RunRequest request, String participant) {
    return Explainer.explain(request, participant, new Diagnostics());
  }

  /**
   * Opens a what-if session (the REPL's): the plan and its data (default: the plan's folder) loaded
   * as {@code run} loads them and everyone evaluated; null when there were errors (in diags).
   * Sessions are part of the facade: front ends open them here, never in compass.session.
   *
   * @throws compass.result.Cancelled when cancelled returned true
   */
  public static Session session(
      Path plan, Path dataDir, Diagnostics diags, BooleanSupplier cancelled) {
    return Session.open(plan, dataDir, diags, cancelled, SessionLoader.INSTANCE);
  }

  /**
   * Whether a run prints this diagnostic as one line of its summary, after the reconciliation
   * (W0107, W0108), rather than in full with its source line.
   */
  public static boolean inRunSummary(Diagnostic d) {
    return RunSummaryWarnings.inSummary(d);
  }

  /**
   * Listens to long work (the data files read, the participants evaluated) in this process, for a
   * progress bar and Ctrl-C; null stops listening. See {@link compass.result.Progress}.
   */
  public static void onProgress(compass.result.Progress.Listener listener) {
    compass.result.Progress.listen(listener);
  }

  /**
   * How far reading the data got, for the out-of-memory message: "while reading deals.csv (...)".
   */
  public static String loadProgress() {
    return compass.data.LoadProgress.describe();
  }

  /** The explanation tree of one statement row from a run's line items (the REPL's `explain`). */
  public static Explanation explanation(CheckedPlan plan, StatementRow row, List<LineItem> lines) {
    return Explainer.tree(plan, row, lines);
  }

  /** Loads the plan's tables from a folder; null when there were errors (they are in diags). */
  public static LoadedData loadData(CheckedPlan plan, Path dataDir, Diagnostics diags) {
    return loadData(plan, dataDir, diags, null);
  }

  /**
   * As above; with {@code rejects} not null, bad data rows are left out and added to it (file by
   * file, in the order read) instead of being errors (--keep-going).
   */
  private static LoadedData loadData(
      CheckedPlan plan, Path dataDir, Diagnostics diags, List<RejectedRow> rejects) {
    if (!Files.isDirectory(dataDir)) {
      diags.error(
          Code.E0501,
          DataLocation.ofFile(dataDir.toString()),
          "the data folder does not exist",
          "pass the folder that holds the plan's CSV files with --data");
      return null;
    }
    compass.data.LoadProgress.reset(); // a REPL reload reads the folder again: count it anew
    return loadData(
        plan,
        (schema, options, d) -> TableLoader.load(schema, dataDir, options, d),
        diags,
        rejects);
  }

  /** Where the tables of a run come from: the data folder, or rows read by another engine. */
  interface TableSource {
    Table load(TableSchema schema, LoadOptions options, Diagnostics diags);
  }

  /** As above, each table from {@code source}, with the same checks in the same order. */
  static LoadedData loadData(
      CheckedPlan plan, TableSource source, Diagnostics diags, List<RejectedRow> rejects) {
    boolean keepGoing = rejects != null;
    Table people = null;
    Set<String> ids = null; // issue 14: no people file, the people are those the data names
    if (!Participants.fromData(plan)) {
      people = source.load(plan.people(), new LoadOptions(List.of(), null, keepGoing), diags);
      if (people == null || diags.hasErrors()) return null;
      people =
          DataChecks.people(
              plan, people, diags); // before its ids are what the other files refer to
      if (diags.hasErrors()) return null;
      if (keepGoing) rejects.addAll(people.rejects());
      ids = new HashSet<>();
      TextColumn idColumn = (TextColumn) people.column("id");
      for (int i = 0; i < people.rowCount(); i++) ids.add(idColumn.get(i));
    }
    LoadOptions options = dataOptions(plan, ids, keepGoing);
    long loadStart = System.nanoTime();
    Table deals = plan.deals() == null ? null : source.load(plan.deals(), options, diags);
    if (deals != null) deals = DataChecks.table(plan, deals, diags);
    compass.result.Timings.dealsLoaded(loadStart);
    if (keepGoing && deals != null) rejects.addAll(deals.rejects());
    Map<String, Table> others = new LinkedHashMap<>();
    for (TableSchema schema : plan.otherTables().values()) {
      Table t = source.load(schema, options, diags);
      if (t != null) t = DataChecks.table(plan, t, diags);
      if (t != null) {
        others.put(schema.name(), t);
        if (keepGoing) rejects.addAll(t.rejects());
      }
    }
    if (diags.hasErrors()) return null;
    people = Participants.resolve(plan, people, deals, others, diags);
    return people == null ? null : new LoadedData(people, deals, others);
  }

  /** Loads the plan's data from a folder and evaluates it; null when there were errors. */
  public static Evaluation evaluate(
      CheckedPlan plan, Path dataDir, Diagnostics diags, boolean attribute) {
    return evaluate(plan, dataDir, diags, attribute, true);
  }

  /** As above; {@code lines} false sums per-deal line items per component and period. */
  public static Evaluation evaluate(
      CheckedPlan plan, Path dataDir, Diagnostics diags, boolean attribute, boolean lines) {
    return evaluate(plan, dataDir, diags, attribute, lines, null);
  }

  /**
   * As above; with {@code rejects} not null, bad data rows are left out and added to it (file by
   * file, in the order read) instead of being errors (--keep-going).
   */
  public static Evaluation evaluate(
      CheckedPlan plan,
      Path dataDir,
      Diagnostics diags,
      boolean attribute,
      boolean lines,
      List<RejectedRow> rejects) {
    LoadedData data = loadData(plan, dataDir, diags, rejects);
    return data == null ? null : evaluate(plan, data, diags, attribute, lines, rejects, null);
  }

  /**
   * The warnings that the plan's data raises before anything is evaluated (W0103, W0106): values
   * the plan compares with a column that no row has. {@code compass check --data}, {@code run} and
   * the REPL's {@code load} report them alike.
   */
  public static List<Diagnostic> dataWarnings(CheckedPlan plan, LoadedData data) {
    return DataLints.lint(plan, DataLints.Rows.of(data.people(), data.deals(), data.others()));
  }

  /**
   * Evaluates loaded data; with {@code rejects} not null (--keep-going), deal rows whose empty cell
   * the plan needs are rejected into it.
   */
  private static Evaluation evaluate(
      CheckedPlan plan,
      LoadedData data,
      Diagnostics diags,
      boolean attribute,
      boolean lines,
      List<RejectedRow> rejects,
      PaidHistory paid) {
    return evaluate(plan, data, diags, attribute, lines, rejects, paid, null);
  }

  /** As above, evaluating only the participants {@code only} accepts (null: everyone). */
  private static Evaluation evaluate(
      CheckedPlan plan,
      LoadedData data,
      Diagnostics diags,
      boolean attribute,
      boolean lines,
      List<RejectedRow> rejects,
      PaidHistory paid,
      java.util.function.Predicate<String> only) {
    try {
      if (data.merged() != null) // issue 20: streamed, credited as read
      return Evaluator.evaluateMerged(plan, data.people(), data.merged(), data.others(), only);
      if (rejects == null)
        return Evaluator.evaluate(
            plan, data.people(), data.deals(), data.others(), attribute, lines, null, paid, only);
      // --keep-going: a deal whose empty cell the plan needs (E0512) is rejected like a bad row
      // read, and the rest evaluated again without it; each round leaves out at least one row
      Table deals = data.deals();
      while (true) {
        EmptyCells empty = new EmptyCells();
        try {
          Evaluation evaluation =
              Evaluator.evaluate(
                  plan, data.people(), deals, data.others(), attribute, lines, empty, paid, only);
          if (empty.isEmpty()) return evaluation;
        } catch (EvalError e) {
          // an error after an empty cell was taken as 0 may come from that 0: it is decided
          // again without the row
          if (empty.isEmpty()) throw e;
        }
        deals = EmptyCellRejects.reject(deals, empty, rejects);
      }
    } catch (EvalError e) {
      diags.add(e.diagnostic());
      return null;
    } catch (StackOverflowError e) { // hostile input: a diagnostic, never a crash
      diags.error(
          Code.E0104,
          DataLocation.ofFile(plan.ast().file().path()),
          "the plan is too deeply nested to evaluate",
          "split long expressions into named definitions");
      return null;
    }
  }

  /**
   * How the tables after people are read: stages and person ids to refer to, and the labels of the
   * plan's calendar for PERIOD cells (each distinct label parsed once).
   */
  static LoadOptions dataOptions(CheckedPlan plan, Set<String> personIds, boolean keepGoing) {
    Map<String, Boolean> known = new java.util.concurrent.ConcurrentHashMap<>();
    return new LoadOptions(
        plan.stages(),
        personIds,
        keepGoing,
        label -> known.computeIfAbsent(label, l -> plan.calendar().parse(l).isPresent()));
  }

  static String periodLabel(CheckedPlan plan, String text, Diagnostics diags) {
    PayPeriods.Span span = PayPeriods.resolve(plan.periods(), plan.calendar(), text);
    if (span != null && span.single()) return plan.periods().get(span.from()).label();
    diags.error(
        Code.E0701,
        null,
        "`" + text + "` is not a pay period of this plan",
        "the pay periods are " + PayPeriods.labels(plan.periods()));
    return null;
  }

  static Path dataDir(RunRequest request) {
    if (request.dataDir() != null) return request.dataDir();
    Path parent = request.plan().toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static RunResult failed(Diagnostics diags, CheckedPlan plan) {
    return new RunResult(
        diags.all(),
        List.of(),
        List.of(),
        new Reconciliation(0, 0, List.of()),
        plan == null ? null : plan.name(),
        plan == null ? null : plan.currency().code());
  }

  /** The plan file in canonical layout (compass fmt); reads no data and does not check it. */
  public static FormatResult format(Path plan) {
    Diagnostics diags = new Diagnostics();
    String text = readPlan(plan, diags);
    if (text == null) return new FormatResult(null, null, diags.all());
    String body =
        text.startsWith("\uFEFF") ? text.substring(1) : text; // the canonical file has no BOM
    String formatted =
        compass.format.Formatter.format(new SourceFile(plan.toString(), body), diags);
    return new FormatResult(text, formatted, diags.all());
  }

  /** A plan file's text as UTF-8, as load reads it; null when it cannot be (reported in diags). */
  private static String readPlan(Path plan, Diagnostics diags) {
    try {
      byte[] bytes = Files.readAllBytes(plan);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      diags.error(
          Code.E0510, DataLocation.ofFile(plan.toString()), "the plan file is not UTF-8 text");
    } catch (IOException e) {
      diags.error(
          Code.E0501,
          DataLocation.ofFile(plan.toString()),
          "cannot read the plan file: " + reason(e));
    }
    return null;
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
