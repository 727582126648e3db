package compass.web.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.api.StatementFacts;
import java.nio.file.Path;
import java.util.List;

/** A plan's statements as {@code compass statements} makes them, for the tests. */
record Rendered(RunResult run, StatementFacts.Facts facts, List<StatementModel> statements) {
  static final Path PLANS = Path.of("..", "stdlib-plans", "plans");

  static Rendered of(Path plan, String period) {
    RunRequest request = new RunRequest(plan, null, period, true);
    RunResult run = Compass.run(request);
    assertTrue(run.ok(), () -> plan + ": " + run.diagnostics());
    StatementFacts.Facts facts = StatementFacts.of(request);
    assertTrue(facts.ok(), () -> plan + ": " + facts.diagnostics());
    return new Rendered(run, facts, StatementModel.all(run, facts, List.of()));
  }

  StatementModel of(String participant) {
    return statements.stream()
        .filter(s -> s.participant().id().equals(participant))
        .findFirst()
        .orElseThrow();
  }
}
