package compass.api;

import compass.calendar.Period;
import compass.check.CheckedPlan;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.ledger.ClosedPeriod;
import compass.ledger.DealSnapshot;
import compass.ledger.Ledger;
import compass.ledger.LedgerException;
import compass.ledger.LocalCsv;
import compass.ledger.Manifest;
import compass.ledger.PaidCsv;
import compass.ledger.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facade over the paid record (issue 16): {@code compass close} and {@code close --reopen}.
 * Verification and the payroll export are {@link LedgerVerify} and {@link PayrollExport}. The
 * ledger package keeps the files; this class decides what may be closed or reopened.
 */
public final class Ledgers {
  private Ledgers() {}

  /** The ledger folder: {@code ledger} given, or {@code ledger/} beside the plan. */
  public static Path folder(Path plan, Path ledger) {
    if (ledger != null) return ledger;
    Path parent = plan.toAbsolutePath().getParent();
    return (parent == null ? Path.of(".") : parent).resolve("ledger");
  }

  /** Reads a ledger: its closed periods and what each paid (for the commands that consult it). */
  public static Ledger open(Path ledger) throws LedgerException {
    return Ledger.open(ledger);
  }

  /**
   * Closes one pay period: runs the plan on its data and writes what it pays into the ledger.
   * Refused when the plan or data has errors, the period is not one of the plan's, it is closed
   * already, or an earlier period is still open.
   *
   * @param payDate the pay date to record, or null for the period's last day
   * @param version the Compass version, recorded in the manifest
   */
  public static LedgerOutcome close(
      RunRequest request, Path ledgerDir, String payDate, String version, LocalDate today) {
    Path dir = folder(request.plan(), ledgerDir);
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(request.plan(), diags);
    if (plan == null) return new LedgerOutcome(diags.all(), "", dir);
    String label = Compass.periodLabel(plan, request.period(), diags);
    if (label == null) return new LedgerOutcome(diags.all(), "", dir);
    Ledger ledger = readable(dir, diags);
    if (ledger == null) return new LedgerOutcome(diags.all(), "", dir);
    if (ledger.isClosed(label)) {
      diags.error(
          Code.E0750,
          null,
          label + " is already closed in " + dir.resolve(label),
          "a closed period never changes; to correct it, `compass close PLAN --reopen "
              + label
              + " --reason \"...\"` first");
      return new LedgerOutcome(diags.all(), "", dir);
    }
    Period period = null;
    for (Period p : plan.periods()) {
      if (p.label().equals(label)) {
        period = p;
        break;
      }
      if (!ledger.isClosed(p.label())) {
        diags.error(
            Code.E0751,
            null,
            "cannot close " + label + ": the earlier period " + p.label() + " is still open",
            "periods are closed in order: `compass close PLAN --period " + p.label() + "` first");
        return new LedgerOutcome(diags.all(), "", dir);
      }
    }
    if (payDate != null && !validDate(payDate)) {
      diags.error(
          Code.E0701,
          null,
          "`" + payDate + "` is not a date",
          "write the pay date as YYYY-MM-DD, e.g. --pay-date 2027-04-15");
      return new LedgerOutcome(diags.all(), "", dir);
    }
    String paidOn = payDate != null ? payDate : period.end().toString();
    List<ClosedPeriod> before = ledger.closed();
    if (!before.isEmpty()
        && paidOn.compareTo(before.get(before.size() - 1).manifest().payDate()) < 0) {
      // the ledger orders its periods by pay date: a period is never paid before an earlier one
      ClosedPeriod last = before.get(before.size() - 1);
      diags.error(
          Code.E0701,
          null,
          "the pay date "
              + paidOn
              + " is before "
              + last.manifest().payDate()
              + ", when "
              + last.period()
              + " was paid",
          "give a pay date on or after " + last.manifest().payDate() + " (--pay-date)");
      return new LedgerOutcome(diags.all(), "", dir);
    }
    RunRequest all = // the whole year, on what the ledger says was paid so far
        new RunRequest(request.plan(), request.dataDir(), null, true, false, dir, false);
    List<ClosedPeriod> paid = PaidRecords.closed(plan, all, diags);
    if (paid == null) return new LedgerOutcome(diags.all(), "", dir);
    List<InputFile> inputs = InputFiles.of(all);
    Map<String, String> planFiles = new LinkedHashMap<>();
    Map<String, String> dataFiles = new LinkedHashMap<>();
    hashes(inputs, request, planFiles, dataFiles);
    RunResult run = Compass.run(plan, all, diags, paid);
    if (!run.ok()) return new LedgerOutcome(run.diagnostics(), "", dir);
    // the deal rows the period was computed from, so later adjustments can name what changed
    LoadedData data = Compass.loadData(plan, Compass.dataDir(all), new Diagnostics());
    DealSnapshot deals = data == null ? null : DealSnapshots.of(plan, data.deals(), period);
    Manifest manifest =
        new Manifest(
            label,
            paidOn,
            today.toString(),
            version,
            Manifest.planHash(planFiles),
            PlanGit.cleanCommit(planFolder(request)),
            planFiles,
            dataFiles,
            Map.of());
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        PaidCsv.STATEMENT,
        PaidCsv.statement(run.rows().stream().filter(r -> r.period().equals(label)).toList()));
    files.put(
        PaidCsv.LINES,
        PaidCsv.lines(run.lines().stream().filter(l -> l.period().equals(label)).toList()));
    if (run.paid() != null) { // what each participant received in their own currency
      List<compass.result.LocalPay> rows = new java.util.ArrayList<>();
      for (int i = 0; i < run.rows().size(); i++)
        if (run.rows().get(i).period().equals(label)) rows.add(run.paid().rows().get(i));
      List<compass.result.LocalPay> lines = new java.util.ArrayList<>();
      for (int i = 0; i < run.lines().size(); i++)
        if (run.lines().get(i).period().equals(label)) lines.add(run.paid().lines().get(i));
      files.put(LocalCsv.STATEMENT, LocalCsv.write(rows));
      files.put(LocalCsv.LINES, LocalCsv.write(lines));
    }
    if (deals != null) files.put(DealSnapshot.FILE, deals.write());
    List<Diagnostic> out = new java.util.ArrayList<>(run.diagnostics());
    try {
      Path written = Ledger.write(dir, manifest, files);
      return new LedgerOutcome(out, "", written);
    } catch (LedgerException e) {
      out.add(
          Diagnostic.error(Code.E0755, null, e.getMessage())
              .withHint("nothing was written: fix the folder and close again"));
      return new LedgerOutcome(out, "", dir);
    }
  }

  /**
   * Reopens a closed period: removes its folder, only when no later period is closed, and records
   * the reopening (date, period, reason, the removed manifest's hashes) in {@code reopened.log}.
   */
  public static LedgerOutcome reopen(
      Path planFile, Path ledgerDir, String period, String reason, LocalDate today) {
    Path dir = folder(planFile, ledgerDir);
    Diagnostics diags = new Diagnostics();
    if (reason == null || reason.isBlank()) {
      diags.error(
          Code.E0754,
          null,
          "reopening " + period + " needs a reason",
          "say why, for the record: --reason \"deal O-1003 was booked twice\"");
      return new LedgerOutcome(diags.all(), "", dir);
    }
    Ledger ledger = readable(dir, diags);
    if (ledger == null) return new LedgerOutcome(diags.all(), "", dir);
    ClosedPeriod closed = ledger.period(period).orElse(null);
    if (closed == null) {
      diags.error(
          Code.E0753,
          null,
          period + " is not closed in " + dir,
          ledger.closed().isEmpty()
              ? "no period is closed yet"
              : "the closed periods are "
                  + String.join(", ", ledger.closed().stream().map(ClosedPeriod::period).toList()));
      return new LedgerOutcome(diags.all(), "", dir);
    }
    List<ClosedPeriod> all = ledger.closed();
    ClosedPeriod last = all.get(all.size() - 1);
    if (last != closed) {
      diags.error(
          Code.E0752,
          null,
          "cannot reopen " + period + ": the later period " + last.period() + " is closed",
          "reopen the periods from the latest back: `compass close PLAN --reopen "
              + last.period()
              + " --reason \"...\"` first");
      return new LedgerOutcome(diags.all(), "", dir);
    }
    try {
      Ledger.reopen(dir, closed, reason.strip(), today.toString());
    } catch (LedgerException e) {
      diags.error(Code.E0755, null, e.getMessage(), "the period is still closed");
    }
    return new LedgerOutcome(diags.all(), "", dir);
  }

  /** The ledger, or null with E0756 when a period folder of it cannot be trusted. */
  static Ledger readable(Path dir, Diagnostics diags) {
    Ledger ledger;
    try {
      ledger = Ledger.open(dir);
    } catch (LedgerException e) {
      diags.error(Code.E0756, null, e.getMessage(), null);
      return null;
    }
    if (ledger.damaged().isEmpty()) return ledger;
    ledger
        .damaged()
        .forEach(
            (folder, why) ->
                diags.error(
                    Code.E0756,
                    null,
                    "the ledger cannot be trusted: " + dir.resolve(folder) + "/" + why,
                    "restore the folder from git (`git checkout -- "
                        + dir.resolve(folder)
                        + "`); `compass verify` names every edited file"));
    return null;
  }

  /** The SHA-256 of every plan file (relative to the plan's folder) and data file read. */
  static void hashes(
      List<InputFile> inputs,
      RunRequest request,
      Map<String, String> planFiles,
      Map<String, String> dataFiles) {
    Path planFolder = planFolder(request);
    Path dataFolder = Compass.dataDir(request).toAbsolutePath().normalize();
    for (InputFile f : inputs) {
      Path file = f.path().toAbsolutePath().normalize();
      if (!Files.isRegularFile(file)) continue; // a data file that is not there: the run says so
      String hash;
      try {
        hash = Sha256.ofFile(file);
      } catch (IOException e) {
        continue; // unreadable: the run reports it
      }
      if (f.kind() == InputFile.Kind.PLAN) planFiles.put(name(planFolder, file), hash);
      else dataFiles.put(name(dataFolder, file), hash);
    }
  }

  static Path planFolder(RunRequest request) {
    Path parent = request.plan().toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of(".").toAbsolutePath() : parent;
  }

  /**
   * A file's name relative to its folder, with forward slashes so a ledger reads the same anywhere.
   */
  private static String name(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  private static boolean validDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
