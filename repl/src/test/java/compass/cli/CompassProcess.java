package compass.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code ./compass} launcher in a folder, for end-to-end tests (*IT). */
final class CompassProcess {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  record Outcome(int exit, String out, String err) {}

  private CompassProcess() {}

  /** Runs compass from the repository root. */
  static Outcome run(String... args) throws IOException, InterruptedException {
    return run(ROOT, Map.of(), args);
  }

  static Outcome run(Path folder, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("compass").toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("compass-out", ".txt");
    Path err = Files.createTempFile("compass-err", ".txt");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      pb.environment().putAll(env);
      Process p = pb.start();
      assertTrue(p.waitFor(180, TimeUnit.SECONDS), "compass did not finish");
      // a rebuild of a stale jar (after a golden update, say) is announced, and Maven may leave
      // colour resets: neither is the command's output
      String errText =
          Files.readString(err, StandardCharsets.UTF_8)
              .replace("\u001B[0m", "")
              .replaceFirst("^building compass\\.\\.\\.\n", "");
      return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** A golden file under src/test/resources/cli. */
  static String golden(String name) throws IOException {
    return Files.readString(
        Path.of("src", "test", "resources", "cli", name), StandardCharsets.UTF_8);
  }
}
