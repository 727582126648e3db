package compass.cli;

import compass.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scripted mode: each src/test/resources/repl/NAME.repl runs with `compass repl ... --script` (the
 * arguments are on its first line) and its transcript must equal NAME.out. The numbers in the
 * what-if answers were checked against `compass run` on data or plans changed the same way. Rewrite
 * the transcripts with -Dgolden.update=true, and read the diff before committing.
 */
class ReplGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "repl");

  static Stream<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".repl")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void transcriptMatches(Path script) throws IOException {
    String first = Files.readAllLines(script, StandardCharsets.UTF_8).get(0);
    List<String> args =
        new ArrayList<>(Arrays.asList(first.replaceFirst("^# compass ", "").split(" ")));
    args.replaceAll(a -> a.equals("THIS") ? script.toString() : a);
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code =
        Main.execute(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    String transcript = out + err.toString() + "exit " + code + "\n";
    Path golden = Path.of(script.toString().replaceFirst("\\.repl$", ".out"));
    Golden.assertMatches(golden, transcript);
  }
}
