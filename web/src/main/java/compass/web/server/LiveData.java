package compass.web.server;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.api.StatementFacts;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.session.Impact;
import compass.session.Session;
import compass.session.WhatIf;
import compass.web.statement.StatementModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan and data as last read: the figures the pages show, the what-if session, and the errors
 * of the last reading when the files on disk have them (the pages then show those errors above the
 * last good figures, never a blank page). Reading again replaces all of it at once.
 */
final class LiveData {
  /** What the pages read: the last good figures (null before any) and the current errors. */
  record View(Figures figures, List<String> errors, long version) {
    boolean broken() {
      return !errors.isEmpty();
    }
  }

  /** A what-if's answer: its impact, or the errors why it could not be applied. */
  record WhatIfAnswer(WhatIf whatIf, Impact impact, List<String> errors) {}

  private final Path plan;
  private final Path dataDir;
  private volatile View view = new View(null, List.of(), 0);
  private Session session; // guarded by this: what-ifs are applied one at a time

  LiveData(Path plan, Path dataDir) {
    this.plan = plan;
    this.dataDir = dataDir;
  }

  View view() {
    return view;
  }

  Path plan() {
    return plan;
  }

  Path dataDir() {
    return dataDir;
  }

  /** Reads plan and data again; on errors the last good figures stay, with the errors beside. */
  synchronized View reload() {
    RunResult run = Compass.run(new RunRequest(plan, dataDir, null, true));
    List<String> errors = new ArrayList<>();
    for (Diagnostic d : run.diagnostics()) if (d.isError()) errors.add(render(d));
    Session opened = null;
    if (errors.isEmpty()) {
      Diagnostics diags = new Diagnostics();
      opened = Compass.session(plan, dataDir, diags, () -> false);
      if (opened == null) for (Diagnostic d : diags.all()) if (d.isError()) errors.add(render(d));
    }
    View next;
    if (errors.isEmpty() && opened != null) {
      session = opened;
      next = new View(Figures.of(run, opened, statements(run)), List.of(), view.version() + 1);
    } else {
      next = new View(view.figures(), List.copyOf(errors), view.version() + 1);
    }
    view = next;
    return next;
  }

  /**
   * Applies one what-if alone on the figures as they are, says what it changes, and drops it again:
   * nothing is stored and the next what-if starts from the plan as it is.
   */
  synchronized WhatIfAnswer whatIf(WhatIf w) {
    if (session == null) return new WhatIfAnswer(w, null, List.of("the plan is not loaded"));
    Diagnostics diags = new Diagnostics();
    Impact impact = session.apply(w, diags, () -> false);
    if (impact == null) {
      List<String> errors = new ArrayList<>();
      for (Diagnostic d : diags.all()) if (d.isError()) errors.add(render(d));
      return new WhatIfAnswer(w, null, errors);
    }
    session.undo(new Diagnostics(), () -> false);
    return new WhatIfAnswer(w, impact, List.of());
  }

  /** Each participant's manager, when the people data names one (a manager's shared link). */
  synchronized java.util.Map<String, String> managers() {
    return session == null ? java.util.Map.of() : session.peopleColumn("manager");
  }

  /**
   * Each participant's statement page (compass statements' own, embedded in theirs): the run's
   * figures with the explanations, quotas and the ledger's paid periods; none when those cannot be
   * read (the page then shows its own table only).
   */
  private Map<String, StatementModel> statements(RunResult run) {
    StatementFacts.Facts facts = StatementFacts.of(new RunRequest(plan, dataDir, null, true));
    if (!facts.ok()) return Map.of();
    StatementFacts.PaidPeriods paid = StatementFacts.paid(plan, null);
    Map<String, StatementModel> out = new HashMap<>();
    for (StatementModel m : StatementModel.all(run, facts, paid.periods()))
      out.put(m.participant().id(), m);
    return out;
  }

  /** A diagnostic as the terminal shows it (the page escapes it). */
  static String render(Diagnostic d) {
    return compass.diag.DiagnosticRenderer.render(d).stripTrailing();
  }
}
