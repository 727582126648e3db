package compass.api;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.PlanFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Two plans run on the same data, side by side (plan modelling): what {@code compass diff} prints
 * and the dashboard's plan history draws. Either plan may be a file or a version in git, {@code
 * git:REV:path} ({@link GitRevision}).
 */
public final class PlanDiff {
  private PlanDiff() {}

  /** A plan to run: as written, its path (under the work tree for a git plan), where it is read. */
  public record Side(String spec, Path plan, PlanFiles files) {
    /** Whether the plan is a file on disk (not a git revision). */
    public boolean onDisk() {
      return files == PlanFiles.DISK;
    }
  }

  /**
   * Both runs, and their payouts compared; {@code diff} is null when a run failed (its diagnostics
   * say why) or when {@code problem} says the plans cannot be compared (E0726).
   */
  public record Outcome(RunResult a, RunResult b, PayoutDiff diff, Diagnostic problem) {}

  /**
   * The plan {@code spec} names, read from {@code cwd}; null with the problem added to problems.
   */
  public static Side side(String spec, Path cwd, List<Diagnostic> problems) {
    if (!GitRevision.isGitSpec(spec)) return new Side(spec, Path.of(spec), PlanFiles.DISK);
    GitRevision.Opened opened = GitRevision.open(spec, cwd);
    if (opened.problem() != null) {
      problems.add(opened.problem());
      return null;
    }
    return new Side(spec, opened.revision().plan(), opened.revision());
  }

  /** Runs both plans on the data (per-deal lines summed: payouts are the same) and compares. */
  public static Outcome compare(Side a, Side b, Path dataDir, String period) {
    RunResult ra = Compass.run(new RunRequest(a.plan(), dataDir, period, false), a.files());
    RunResult rb = Compass.run(new RunRequest(b.plan(), dataDir, period, false), b.files());
    if (!ra.ok() || !rb.ok()) return new Outcome(ra, rb, null, null);
    if (!ra.currency().equals(rb.currency())) {
      Diagnostic problem =
          Diagnostic.error(
                  Code.E0726,
                  null,
                  "plan A pays in "
                      + ra.currency()
                      + " and plan B in "
                      + rb.currency()
                      + ": their payouts cannot be subtracted")
              .withHint("compare plans that pay in the same currency");
      return new Outcome(ra, rb, null, problem);
    }
    return new Outcome(ra, rb, PayoutDiff.of(ra.rows(), rb.rows(), ra.currency()), null);
  }
}
