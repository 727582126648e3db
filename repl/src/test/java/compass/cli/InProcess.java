package compass.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one {@code compass} command line in this JVM with captured output, as a test sees it. */
final class InProcess {
  private InProcess() {}

  /** What a command printed and its exit code. */
  record Outcome(int code, String out, String err) {}

  static Outcome execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  /** {@code compass run DIR/plan.comp --format csv --out DIR/out.csv FLAGS...}. */
  static Outcome runToCsv(Path dir, String... flags) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                dir.resolve("plan.comp").toString(),
                "--format",
                "csv",
                "--out",
                dir.resolve("out.csv").toString()));
    args.addAll(List.of(flags));
    return execute(args.toArray(String[]::new));
  }
}
