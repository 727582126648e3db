package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static compass.cli.CompassProcess.golden;
import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: {@code compass diff} on two plan files, and on a plan's versions in a temporary git
 * repository of two commits, with the deltas worked out by hand.
 */
class DiffIT {
  private static Path repo;

  /**
   * Commit 1: marginal tiers, `base_rate` (imported from lib/rates.comp) = 5% below 100,000 and 10%
   * above. Commit 2: base_rate 6% (a change in the imported file) and 12% above. Data: ann 120,000
   * in Q1 and 20,000 in Q3, bob 50,000 in Q2, cy only an open deal. ann Q1: 100,000 x 5% + 20,000 x
   * 10% = 7,000.00 -> 100,000 x 6% + 20,000 x 12% = 8,400.00 (+1,400.00) bob Q2: 50,000 x 5% =
   * 2,500.00 -> 50,000 x 6% = 3,000.00 (+500.00) ann Q3: 20,000 x 5% = 1,000.00 -> 20,000 x 6% =
   * 1,200.00 (+200.00) Totals 10,500.00 -> 12,600.00: the change costs 2,100.00; the other 9 of 12
   * payouts are 0.00. The old plan's import must come from the old commit too: from disk it would
   * read 6%.
   */
  @BeforeAll
  static void twoCommits() throws Exception {
    repo = Files.createTempDirectory("compass-diff-repo");
    write(
        "plans/ae.comp",
        String.join(
            "\n",
            "plan \"AE\" version 1",
            "  currency USD",
            "  pays quarterly",
            "  effective 2027-01-01 to 2027-12-31",
            "",
            "stages open, won",
            "",
            "input people from \"people.csv\":",
            "  id: text",
            "",
            "input deals from \"deals.csv\":",
            "  id: text",
            "  owner: person",
            "  amount: money",
            "  stage: stage",
            "  close_date: date",
            "",
            "credit deals where stage is won to owner on close_date",
            "",
            "import \"lib/rates.comp\"",
            "",
            "bookings = sum of amount",
            "",
            "component \"Commission\":",
            "  marginal tiers on bookings",
            "    from 0 pay base_rate",
            "    from 100_000 pay 10%",
            ""));
    write("plans/lib/rates.comp", "base_rate = 5%\n");
    write("data/people.csv", "id\nann\nbob\ncy\n");
    write(
        "data/deals.csv",
        "id,owner,amount,stage,close_date\n"
            + "d1,ann,120000,won,2027-02-10\nd2,bob,50000,won,2027-05-01\n"
            + "d3,cy,30000,open,2027-02-01\nd4,ann,20000,won,2027-08-15\n");
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "one");
    write(
        "plans/ae.comp",
        Files.readString(repo.resolve("plans/ae.comp")).replace("pay 10%", "pay 12%"));
    write("plans/lib/rates.comp", "base_rate = 6%\n");
    git(
        "-c",
        "user.name=test",
        "-c",
        "user.email=test@example.com",
        "commit",
        "-q",
        "-a",
        "-m",
        "two");
  }

  @AfterAll
  static void removeRepo() throws IOException {
    if (repo == null) return;
    try (Stream<Path> all = Files.walk(repo)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Test
  void theLastCommitCostsExactlyTheHandWorkedDeltas() throws Exception {
    Outcome r =
        run(
            repo,
            Map.of(),
            "diff",
            "git:HEAD~1:plans/ae.comp",
            "plans/ae.comp",
            "--data",
            "data/",
            "--format",
            "csv");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertEquals(golden("diff-git.csv"), r.out());
  }

  @Test
  void theTableShowsChangedPayoutsAndTotals() throws Exception {
    Outcome r =
        run(
            repo,
            Map.of(),
            "diff",
            "git:HEAD~1:plans/ae.comp",
            "git:HEAD:plans/ae.comp",
            "--data",
            "data");
    assertEquals(0, r.exit(), r.err());
    assertEquals(golden("diff-git.txt"), r.out());
  }

  @Test
  void gitPathsAreRelativeToTheCurrentFolderAndOutIsWrittenWhole() throws Exception {
    Path out = repo.resolve("diff.json");
    Outcome r =
        run(
            repo.resolve("plans"),
            Map.of(),
            "diff",
            "git:HEAD~1:ae.comp",
            "ae.comp",
            "--data",
            "../data",
            "--period",
            "2027-Q1",
            "--format",
            "json",
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"delta\": 1400.00,\n  \"changed\": 1,\n  \"unchanged\": 2,"), json);
    Files.delete(out);
  }

  @Test
  void gitProblemsAreDiagnosticsWithExitTwo() throws Exception {
    Outcome rev =
        run(repo, Map.of(), "diff", "git:nope:plans/ae.comp", "plans/ae.comp", "--data", "data");
    assertEquals(2, rev.exit());
    assertTrue(
        rev.err().startsWith("error[E0722]: the git revision `nope` does not exist in "),
        rev.err());
    Outcome path = run(repo, Map.of(), "diff", "git:HEAD~1:plans/none.comp", "plans/ae.comp");
    assertEquals(2, path.exit());
    assertTrue(
        path.err()
            .startsWith(
                "error[E0723]: `HEAD~1:plans/none.comp`: there is no such file in HEAD~1\n"),
        path.err());
    Outcome spec = run(repo, Map.of(), "diff", "git:HEAD", "plans/ae.comp");
    assertEquals(2, spec.exit());
    assertTrue(
        spec.err().startsWith("error[E0724]: `git:HEAD` is not a plan in git\n"), spec.err());
    Outcome noData =
        run(repo, Map.of(), "diff", "git:HEAD~1:plans/ae.comp", "git:HEAD:plans/ae.comp");
    assertEquals(2, noData.exit());
    assertTrue(noData.err().startsWith("error[E0725]: "), noData.err());
    Path notRepo = Files.createTempDirectory("compass-not-a-repo");
    try {
      Outcome outside =
          run(
              notRepo,
              Map.of(),
              "diff",
              "git:HEAD:ae.comp",
              repo.resolve("plans/ae.comp").toString());
      assertEquals(2, outside.exit());
      assertTrue(outside.err().startsWith("error[E0721]: the current folder "), outside.err());
    } finally {
      Files.delete(notRepo);
    }
    Outcome noGit =
        run(
            repo,
            Map.of("COMPASS_JAVA_OPTS", "-Dcompass.git=/no/such/git"),
            "diff",
            "git:HEAD~1:plans/ae.comp",
            "plans/ae.comp",
            "--data",
            "data");
    assertEquals(2, noGit.exit());
    assertTrue(
        noGit.err().startsWith("error[E0720]: cannot run git to read `git:HEAD~1:plans/ae.comp`"),
        noGit.err());
  }

  @Test
  void twoExamplePlansOnTheSameData() throws Exception {
    Outcome r =
        run(
            ROOT,
            Map.of(),
            "diff",
            "stdlib-plans/plans/multi-role/multi-role.comp",
            "stdlib-plans/plans/multi-role/multi-role-emea.comp");
    assertEquals(0, r.exit(), r.err());
    assertEquals(golden("diff-multi-role.txt"), r.out());
  }

  private static void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "git did not finish");
    assertEquals(0, p.exitValue(), "git " + String.join(" ", args));
  }
}
