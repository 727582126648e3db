package compass.api;

import java.nio.file.Path;
import java.util.List;

/** The facade: check a plan, or run it on data. */
public final class Compass {
  private Compass() {}

  /** Parses and checks the plan; reads no data. */
  public static CheckResult check(Path plan) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Parses, checks, loads the data the plan declares and evaluates every participant. */
  public static RunResult run(RunRequest request) {
    throw new UnsupportedOperationException("not yet");
  }
}
