package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data of the example plans made with {@code compass generate} is what the command in their
 * README writes, byte for byte: every CSV file in the plan's folder is one the command writes, with
 * the same bytes (the README's {@code rm} line drops the tables the plan does not read).
 */
final class ExamplePlanDataTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @CsvSource({
    "marketing-alignment, --people 200 --deals 2000 --activities --sdrs 20 --seed 15",
    "onboarding-30-60-90, --people 240 --deals 2400 --activities --sdrs 24 --seed 30",
    "sales-training, --people 400 --deals 3200 --activities --reference --sdrs 24 --seed 23"
  })
  void exampleDataIsWhatItsReadmeCommandWrites(String plan, String flags) throws IOException {
    Path example = Path.of("..", "stdlib-plans", "plans", plan);
    String readme = Files.readString(example.resolve("README.md"));
    String command = "compass generate " + flags + " --out stdlib-plans/plans/" + plan;
    assertTrue(readme.contains(command), () -> plan + "/README.md should give: " + command);
    Path dir = tmp.resolve(plan);
    List<String> args = new ArrayList<>(List.of("generate"));
    args.addAll(List.of(flags.split(" ")));
    args.addAll(List.of("--out", dir.toString()));
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    List<Path> csvs;
    try (Stream<Path> files = Files.list(example)) {
      csvs = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    int data = 0;
    for (Path f : csvs) {
      String name = f.getFileName().toString();
      if (name.startsWith("expected-")) continue;
      data++;
      Path generated = dir.resolve(name);
      assertTrue(
          Files.exists(generated), () -> plan + "/" + name + " is not written by the command");
      assertArrayEquals(Files.readAllBytes(generated), Files.readAllBytes(f), plan + "/" + name);
    }
    assertTrue(data >= 4, plan + " has only " + data + " data files");
  }
}
