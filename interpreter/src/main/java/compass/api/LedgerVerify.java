package compass.api;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.ledger.ClosedPeriod;
import compass.ledger.Ledger;
import compass.ledger.Manifest;
import compass.result.LineItem;
import compass.result.StatementRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code compass verify}: every closed period recomputed from the plan and data as they are now and
 * compared with what the ledger says was paid. Errors: a figure that would differ (E0620), a ledger
 * file edited by hand (E0622), a data file gone (E0623). Warnings: an input file that changed
 * without changing any closed figure (E0621, E0624).
 */
public final class LedgerVerify {
  private LedgerVerify() {}

  public static LedgerOutcome verify(RunRequest request, Path ledgerDir) {
    Path dir = Ledgers.folder(request.plan(), ledgerDir);
    Diagnostics diags = new Diagnostics();
    Ledger ledger;
    try {
      ledger = Ledger.open(dir);
    } catch (compass.ledger.LedgerException e) {
      diags.error(Code.E0756, null, e.getMessage(), null);
      return new LedgerOutcome(diags.all(), "", dir);
    }
    ledger
        .damaged()
        .forEach(
            (folder, why) ->
                diags.error(
                    Code.E0622,
                    null,
                    dir.resolve(folder) + "/" + why,
                    "restore it from git: git checkout -- " + dir.resolve(folder)));
    StringBuilder report = new StringBuilder();
    if (ledger.closed().isEmpty() && ledger.damaged().isEmpty()) {
      // nothing to recompute; a plan that is missing or broken is still an error (issue 19)
      Diagnostics plan = new Diagnostics();
      Compass.load(request.plan(), plan);
      for (Diagnostic d : plan.all()) if (d.isError()) diags.add(d);
      report.append("no closed period in ").append(dir).append('\n');
      return new LedgerOutcome(diags.all(), report.toString(), dir);
    }
    RunRequest all = new RunRequest(request.plan(), request.dataDir(), null, true, false);
    Map<String, String> planFiles = new LinkedHashMap<>();
    Map<String, String> dataFiles = new LinkedHashMap<>();
    Ledgers.hashes(InputFiles.of(all), all, planFiles, dataFiles);
    Diagnostics loading = new Diagnostics();
    compass.check.CheckedPlan plan = Compass.load(all.plan(), loading);
    RunResult run = null;
    for (int j = 0; j < ledger.closed().size(); j++) {
      ClosedPeriod closed = ledger.closed().get(j);
      // each closed period as it was computed: on what the periods before it paid (issue 16)
      run =
          plan == null
              ? new RunResult(loading.all(), List.of(), List.of(), null, null, null)
              : Compass.run(plan, all, new Diagnostics(), ledger.closed().subList(0, j));
      String p = closed.period();
      for (String file : closed.edited())
        diags.error(
            Code.E0622,
            null,
            dir.resolve(file) + " was edited by hand since " + p + " was closed",
            "restore it from git: git checkout -- " + dir.resolve(file));
      inputs(closed, planFiles, dataFiles, diags);
      if (run.ok() && closed.edited().isEmpty()) figures(closed, run, diags);
      report.append(p).append(": ");
      report.append(closed.edited().isEmpty() ? "ledger intact" : "ledger edited");
      report.append(", paid on ").append(closed.manifest().payDate()).append('\n');
    }
    List<Diagnostic> out = new ArrayList<>(diags.all());
    if (run != null && !run.ok()) { // cannot recompute: say why
      for (Diagnostic d : run.diagnostics()) if (d.isError()) out.add(d);
    }
    return new LedgerOutcome(out, report.toString(), dir);
  }

  /** The plan and data files recorded at the close against those read now. */
  private static void inputs(
      ClosedPeriod closed,
      Map<String, String> planNow,
      Map<String, String> dataNow,
      Diagnostics diags) {
    String p = closed.period();
    Manifest m = closed.manifest();
    List<String> changed = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(m.planFiles().keySet());
    names.addAll(planNow.keySet());
    for (String name : names)
      if (!Objects.equals(m.planFiles().get(name), planNow.get(name)))
        changed.add(
            name
                + (planNow.containsKey(name)
                    ? m.planFiles().containsKey(name) ? " (changed)" : " (new)"
                    : " (no longer read)"));
    if (!changed.isEmpty())
      diags.warning(
          Code.E0624,
          null,
          "the plan changed since " + p + " was closed: " + String.join(", ", changed),
          m.gitCommit() == null
              ? null
              : "the plan was closed at git commit " + m.gitCommit() + ": git diff it");
    for (Map.Entry<String, String> f : m.dataFiles().entrySet()) {
      String now = dataNow.get(f.getKey());
      if (now == null)
        diags.error(
            Code.E0623,
            null,
            "the data file "
                + f.getKey()
                + " read when "
                + p
                + " was closed is missing: the period cannot be recomputed",
            "restore it, or point --data to the folder that has it");
      else if (!now.equals(f.getValue()))
        diags.warning(
            Code.E0621,
            null,
            "the data file " + f.getKey() + " changed since " + p + " was closed",
            "the closed figures below show whether the change reaches them");
    }
  }

  /** One E0620 per participant whose payout or lines would differ, with old and new values. */
  private static void figures(ClosedPeriod closed, RunResult run, Diagnostics diags) {
    String p = closed.period();
    Map<String, StatementRow> now = new LinkedHashMap<>();
    for (StatementRow r : run.rows()) if (r.period().equals(p)) now.put(r.participant(), r);
    Set<String> people = new LinkedHashSet<>();
    closed.rows().forEach(r -> people.add(r.participant()));
    people.addAll(now.keySet());
    for (String who : people) {
      StatementRow was = closed.row(who).orElse(null);
      StatementRow is = now.get(who);
      BigDecimal paid = was == null ? BigDecimal.ZERO : was.payout();
      BigDecimal would = is == null ? BigDecimal.ZERO : is.payout();
      List<String> lines =
          lineChanges(
              closed.lines(who),
              run.lines().stream()
                  .filter(l -> l.period().equals(p) && l.participant().equals(who))
                  .toList());
      if (paid.compareTo(would) == 0 && lines.isEmpty()) continue;
      diags.error(
          Code.E0620,
          null,
          p
              + ": "
              + who
              + " was paid "
              + paid.toPlainString()
              + "; the plan and data now give "
              + would.toPlainString()
              + " ("
              + signed(would.subtract(paid))
              + ")",
          lines.isEmpty() ? null : "lines: " + String.join("; ", lines));
    }
  }

  /** Each line (component and deal) whose amount differs: old -> new, absent as none. */
  private static List<String> lineChanges(List<LineItem> was, List<LineItem> is) {
    Map<String, BigDecimal> before = sums(was);
    Map<String, BigDecimal> after = sums(is);
    Set<String> keys = new LinkedHashSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      BigDecimal a = before.get(k);
      BigDecimal b = after.get(k);
      if (a != null && b != null && a.compareTo(b) == 0) continue;
      out.add(
          k
              + " "
              + (a == null ? "none" : a.toPlainString())
              + " -> "
              + (b == null ? "none" : b.toPlainString()));
    }
    return out;
  }

  private static Map<String, BigDecimal> sums(List<LineItem> lines) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (LineItem l : lines) {
      String key = l.component() + (l.deal() == null || l.deal().isEmpty() ? "" : " " + l.deal());
      out.merge(key, l.amount(), BigDecimal::add);
    }
    return out;
  }

  private static String signed(BigDecimal d) {
    return (d.signum() > 0 ? "+" : "") + d.toPlainString();
  }
}
