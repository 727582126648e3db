package compass.cli.repl;

import compass.api.Compass;
import compass.api.InputFile;
import compass.api.InputFiles;
import compass.api.RunRequest;
import compass.cli.AtomicFile;
import compass.cli.ExplainCommand;
import compass.cli.OutputGuard;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import compass.result.Cancelled;
import compass.result.Explanation;
import compass.result.StatementRow;
import compass.session.Impact;
import compass.session.Session;
import compass.session.WhatIf;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REPL's commands, for the interactive terminal and scripts alike: one {@link #execute} per
 * command, output on {@code out}, mistakes as diagnostics with a caret; the session goes on.
 */
public final class Repl {
  private static final Pattern EVAL =
      Pattern.compile("(?s)(.*\\S)\\s+for\\s+(\\S+)\\s+in\\s+(\\S+)\\s*");

  private final PrintWriter out;
  private final AtomicBoolean cancelled;
  private final ProgressBar bar; // null: no terminal to draw on
  private final Colour colour;
  private Session session;
  private Pending pending; // the plan asked for that did not load, while no session is open
  private boolean quit;
  private int errors;

  /** A plan that did not load: `reload` (or saving the file) tries it again. */
  private record Pending(Path plan, Path data, long stamp) {}

  /** A REPL writing plain text to {@code out}: scripts, pipes, tests. */
  public Repl(PrintWriter out) {
    this(out, new AtomicBoolean(), null, Colour.NONE);
  }

  private Repl(PrintWriter out, AtomicBoolean cancelled, ProgressBar bar, Colour colour) {
    this.out = out;
    this.cancelled = cancelled;
    this.bar = bar;
    this.colour = colour;
  }

  /**
   * A REPL on a real terminal {@code width} columns wide: a progress bar while work takes longer
   * than {@code delayMillis}, and colour when {@code colour} says so (NO_COLOR honoured by the
   * caller).
   */
  public static Repl onTerminal(PrintWriter screen, int width, long delayMillis, Colour colour) {
    AtomicBoolean cancelled = new AtomicBoolean();
    ProgressBar bar = new ProgressBar(screen, width, delayMillis, cancelled::get);
    return new Repl(new PrintWriter(bar.guard(screen)), cancelled, bar, colour);
  }

  /** A REPL on a real terminal, its progress bar after {@link ProgressBar#DELAY_MILLIS}. */
  public static Repl onTerminal(PrintWriter screen, int width, Colour colour) {
    return onTerminal(screen, width, ProgressBar.DELAY_MILLIS, colour);
  }

  public Session session() {
    return session;
  }

  /** Whether `quit` was given. */
  public boolean quitRequested() {
    return quit;
  }

  /** Why the last {@link #load} failed: its diagnostics (the command's exit code reads them). */
  private java.util.List<compass.diag.Diagnostic> loadProblems = java.util.List.of();

  public java.util.List<compass.diag.Diagnostic> loadProblems() {
    return loadProblems;
  }

  /** How many commands failed (scripted mode exits non-zero when any did). */
  public int errors() {
    return errors;
  }

  /** Asks the running evaluation to stop (Ctrl-C); it stops between participants. */
  public void cancel() {
    cancelled.set(true);
  }

  private BooleanSupplier cancelFlag() {
    return cancelled::get;
  }

  /** Loads a plan as `load` does; false after errors (shown). */
  public boolean load(Path plan, Path data) {
    cancelled.set(false);
    beginWork();
    try {
      return loadPlan(plan, data);
    } finally {
      endWork();
      out.flush();
    }
  }

  private boolean loadPlan(Path plan, Path data) {
    Diagnostics diags = new Diagnostics();
    Session s;
    long stamp = stamp(plan);
    try {
      s = Compass.session(plan, data, diags, cancelFlag());
    } catch (Cancelled e) {
      out.print("cancelled\n");
      if (session == null) pending = new Pending(plan, data, stamp);
      return false;
    }
    if (s == null) {
      report(diags);
      loadProblems = diags.all();
      if (session == null) {
        pending = new Pending(plan, data, stamp);
        out.print(
            colour.warning(
                "the plan did not load: fix it and type `reload` (or just save it: the next"
                    + " command loads it)\n"));
      }
      return false;
    }
    session = s;
    pending = null;
    out.print("loaded " + s.summary() + "\n");
    report(diags); // the data's warnings, after what was loaded
    return true;
  }

  /** Runs one command (possibly several lines) typed at {@code line} of {@code path}. */
  public void execute(String path, int line, String text) {
    cancelled.set(false);
    Input in = new Input(path, line, text);
    if (in.words.isEmpty()) return;
    Diagnostics diags = new Diagnostics();
    beginWork();
    try {
      boolean loads = in.word(0).equals("load") || in.word(0).equals("reload");
      if (session != null && !loads && session.planChangedOnDisk()) {
        out.print("the plan changed on disk: reloading\n");
        reload(diags);
      } else if (session == null
          && pending != null
          && !loads
          && stamp(pending.plan) != pending.stamp) {
        out.print("the plan changed on disk: loading it again\n");
        loadPlan(pending.plan, pending.data);
      }
      dispatch(in, diags);
    } catch (Cancelled e) {
      out.print("cancelled\n");
    } catch (RuntimeException e) { // a bug of ours: say so, and keep the session
      out.print(
          colour.error(
              "internal error: "
                  + (e.getMessage() == null ? e.getClass().getName() : e.getMessage())
                  + " (please report this)\n"));
      errors++;
    } finally {
      endWork();
    }
    report(diags);
    out.flush();
  }

  /** The progress bar listens while a command works (only on a terminal). */
  private void beginWork() {
    if (bar == null) return;
    Compass.onProgress(bar);
    bar.begin();
  }

  private void endWork() {
    if (bar == null) return;
    Compass.onProgress(null);
    bar.end();
  }

  private static long stamp(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  private void report(Diagnostics diags) {
    if (diags.isEmpty()) return;
    out.print(colour.diagnostics(DiagnosticRenderer.renderAll(diags.all())));
    if (diags.hasErrors()) errors++;
  }

  private void dispatch(Input in, Diagnostics diags) {
    String first = in.word(0);
    switch (first) {
      case "help":
        help(in);
        return;
      case "quit":
      case "exit":
        quit = true;
        return;
      case "load":
        load(in, diags);
        return;
      default:
        break;
    }
    if (first.equals("reload") && session == null && pending != null) {
      loadPlan(pending.plan, pending.data);
      return;
    }
    if (session == null && Commands.NEED_A_PLAN.contains(first)) {
      diags.add(noPlan(in.span(in.words.get(0))));
      return;
    }
    switch (first) {
      case "reload":
        reload(diags);
        return;
      case "payout":
        payout(in, diags);
        return;
      case "explain":
        explain(in, diags);
        return;
      case "let":
        let(in, diags);
        return;
      case "what":
        whatIf(in, diags);
        return;
      case "whatifs":
        listWhatIfs();
        return;
      case "undo":
        showImpact(session.undo(diags, cancelFlag()));
        return;
      case "reset":
        showImpact(session.reset(diags, cancelFlag()));
        return;
      case "save":
        save(in, diags);
        return;
      case "plot":
        new Plots(out, session).plot(in, diags);
        return;
      case "forecast":
        forecast(in, diags);
        return;
      default:
        break;
    }
    Matcher m = EVAL.matcher(in.text);
    if (m.matches()) {
      if (session == null) {
        diags.add(noPlan(in.all()));
        return;
      }
      evaluate(in, m, diags);
      return;
    }
    String suggestion = Suggestions.closest(first, Commands.NAMES);
    diags.add(
        Diagnostic.error(Code.E0730, in.span(in.words.get(0)), "unknown command `" + first + "`")
            .withHint(
                suggestion != null
                    ? "did you mean `" + suggestion + "`? (`help` lists the commands)"
                    : "`help` lists the commands; to evaluate an expression write `EXPRESSION for PARTICIPANT in PERIOD`"));
  }

  /** E0737, saying why there is no plan: none asked for, or the one asked for has errors. */
  private Diagnostic noPlan(compass.source.Span at) {
    if (pending != null)
      return Diagnostic.error(
              Code.E0737, at, "no plan is loaded: " + pending.plan + " did not load")
          .withHint("fix the errors shown when it was loaded, then `reload`");
    return Diagnostic.error(Code.E0737, at, "no plan is loaded")
        .withHint("load one first: load PLAN [--data DIR]");
  }

  // ---- commands --------------------------------------------------------------------------

  private void help(Input in) {
    String topic = in.word(1);
    if (topic != null && topic.equals("what")) topic = "what if";
    out.print(Commands.help(topic));
  }

  private void load(Input in, Diagnostics diags) {
    String plan = null, data = null;
    for (int i = 1; i < in.words.size(); i++) {
      String w = in.word(i);
      if (w.equals("--data") && i + 1 < in.words.size()) data = in.word(++i);
      else if (w.startsWith("--data=")) data = w.substring(7);
      else if (plan == null) plan = w;
      else {
        diags.add(
            Diagnostic.error(Code.E0731, in.span(in.words.get(i)), "`load` takes one plan")
                .withHint(Commands.usage("load")));
        return;
      }
    }
    if (plan == null) {
      diags.add(
          Diagnostic.error(Code.E0731, in.endOf(), "`load` needs a plan file")
              .withHint(Commands.usage("load")));
      return;
    }
    report(diags);
    loadPlan(Path.of(unquote(plan)), data == null ? null : Path.of(unquote(data)));
  }

  private void reload(Diagnostics diags) {
    Session.Reloaded r = session.reload(diags, cancelFlag());
    if (r == null) {
      out.print("reload failed; the session is unchanged\n");
      return;
    }
    session = r.session();
    out.print("reloaded " + session.summary() + "\n");
    for (Session.Dropped d : r.dropped()) {
      out.print(
          "no longer applies, dropped: "
              + (d.whatIf() == null ? "a temporary definition" : d.whatIf().command())
              + "\n");
      out.print(DiagnosticRenderer.renderAll(d.why()));
    }
    if (!session.whatIfs().isEmpty())
      out.print("what-ifs still active: " + session.whatIfs().size() + "\n");
  }

  /** payout [PARTICIPANT] [PERIOD]: in either order; a word that is a period is the period. */
  private void payout(Input in, Diagnostics diags) {
    String participant = null, period = null;
    for (int i = 1; i < in.words.size(); i++) {
      Input.Word w = in.words.get(i);
      if (session.participants().contains(w.text()) && participant == null) {
        participant = w.text();
      } else if (period == null && looksLikePeriod(w.text())) {
        period = session.payPeriod(w.text(), in.span(w), diags);
        if (period == null) return;
      } else if (participant == null) {
        session.knowsParticipant(w.text(), in.span(w), diags);
        return;
      } else {
        diags.add(
            Diagnostic.error(Code.E0731, in.span(w), "unexpected `" + w.text() + "`")
                .withHint(Commands.usage("payout")));
        return;
      }
    }
    List<StatementRow> rows = session.rows(participant, period);
    out.print(Render.rows(rows));
  }

  /** `forecast [PARTICIPANT | team TEAM]` (issue 18): the same engine as `compass forecast`. */
  private void forecast(Input in, Diagnostics diags) {
    int n = in.words.size();
    java.time.LocalDate asOf = null;
    if (n >= 4 && in.word(n - 3).equals("as") && in.word(n - 2).equals("of")) {
      try {
        asOf = java.time.LocalDate.parse(in.word(n - 1));
      } catch (java.time.format.DateTimeParseException e) {
        diags.add(
            Diagnostic.error(
                    Code.E0731,
                    in.span(in.words.get(n - 1)),
                    "`" + in.word(n - 1) + "` is not a date")
                .withHint("write it as 2027-06-30"));
        return;
      }
      n -= 3;
    }
    boolean team = n == 3 && in.word(1).equals("team");
    if (n > 2 && !team) {
      diags.add(
          Diagnostic.error(
                  Code.E0731, in.span(in.words.get(n - 1)), "unexpected `" + in.word(n - 1) + "`")
              .withHint(Commands.usage("forecast")));
      return;
    }
    compass.result.Forecast f =
        compass.api.Forecasts.forecast(
            session,
            team || n < 2 ? null : in.word(1),
            team ? in.word(2) : null,
            asOf,
            1_000,
            1,
            diags);
    if (f != null) out.print(compass.cli.ForecastWriter.table(f));
  }

  private static boolean looksLikePeriod(String w) {
    return w.matches("(FY)?[0-9]{4}.*");
  }

  private void explain(Input in, Diagnostics diags) {
    if (in.words.size() != 3) {
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  in.words.size() < 3 ? in.endOf() : in.span(in.words.get(3)),
                  "`explain` takes a participant and a pay period")
              .withHint(Commands.usage("explain")));
      return;
    }
    Input.Word who = in.words.get(1), when = in.words.get(2);
    if (!session.knowsParticipant(who.text(), in.span(who), diags)) return;
    String period = session.payPeriod(when.text(), in.span(when), diags);
    if (period == null) return;
    Explanation tree = session.explain(who.text(), period);
    String currency = session.rows(who.text(), period).get(0).currency();
    out.print(ExplainCommand.text(tree, currency));
  }

  private void evaluate(Input in, Matcher m, Diagnostics diags) {
    Input.Word who = wordAt(in, m.start(2)), when = wordAt(in, m.start(3));
    Session.Value v =
        session.evaluate(
            in.part(0, m.end(1), ""), who.text(), in.span(who), when.text(), in.span(when), diags);
    if (v == null) return;
    out.print(Render.value(v, session.currency()) + "\n");
  }

  private static Input.Word wordAt(Input in, int start) {
    for (Input.Word w : in.words) if (w.start() == start) return w;
    throw new IllegalStateException("no word at " + start);
  }

  private void let(Input in, Diagnostics diags) {
    if (in.words.size() < 2) {
      diags.add(
          Diagnostic.error(Code.E0731, in.endOf(), "`let` needs a definition")
              .withHint(Commands.usage("let")));
      return;
    }
    if (session.define(in.rest(1, "\n"), diags)) out.print("defined " + in.word(1) + "\n");
  }

  private void whatIf(Input in, Diagnostics diags) {
    if (!"if".equals(in.word(1))) {
      diags.add(
          Diagnostic.error(Code.E0730, in.span(in.words.get(0)), "unknown command `what`")
              .withHint("write `what if ...`"));
      return;
    }
    WhatIf w = WhatIfParser.parse(in, diags);
    if (w == null) return;
    Impact impact = session.apply(w, diags, cancelFlag());
    if (impact != null) showImpact(impact);
    if (impact != null && !session.closedPeriods().isEmpty()) // issue 16
    out.print("closed periods are unchanged: " + String.join(", ", session.closedPeriods()) + "\n");
  }

  private void showImpact(Impact impact) {
    if (impact == null) return;
    out.print(colour.deltas(Render.impact(impact, session.currency())));
  }

  private void listWhatIfs() {
    List<WhatIf> all = session.whatIfs();
    if (all.isEmpty()) {
      out.print("no what-ifs active\n");
      return;
    }
    for (int i = 0; i < all.size(); i++)
      out.print((i + 1) + ". " + all.get(i).command().replace("\n", "\n   ") + "\n");
  }

  /** save FILE [--force]: the what-ifs as a script; an existing file only with --force. */
  private void save(Input in, Diagnostics diags) {
    Input.Word name = null;
    boolean force = false;
    for (int i = 1; i < in.words.size(); i++) {
      Input.Word w = in.words.get(i);
      if (w.text().equals("--force") && !force) {
        force = true;
      } else if (name == null) {
        name = w;
      } else {
        diags.add(
            Diagnostic.error(Code.E0731, in.span(w), "`save` takes one file name")
                .withHint(Commands.usage("save")));
        return;
      }
    }
    if (name == null) {
      diags.add(
          Diagnostic.error(Code.E0731, in.endOf(), "`save` takes one file name")
              .withHint(Commands.usage("save")));
      return;
    }
    Path file = Path.of(unquote(name.text()));
    List<InputFile> inputs =
        InputFiles.of(new RunRequest(session.planPath(), session.dataDir(), null));
    Diagnostic refused =
        OutputGuard.refusal(
            file,
            "the what-if script",
            inputs,
            in.span(name),
            "save to a new file, e.g. save q1-scenarios.repl");
    if (refused != null) {
      diags.add(refused);
      return;
    }
    if (!force && Files.exists(file)) {
      diags.add(
          Diagnostic.error(Code.E0714, in.span(name), file + " already exists")
              .withHint("`save " + name.text() + " --force` replaces it; or save to a new file"));
      return;
    }
    try {
      AtomicFile.write(file, SavedSession.script(session));
      out.print("saved " + session.whatIfs().size() + " what-if(s) to " + file + "\n");
    } catch (java.io.IOException e) {
      diags.add(
          Diagnostic.error(
              Code.E0739, in.span(name), "cannot write " + file + ": " + AtomicFile.reason(e)));
    }
  }

  static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
