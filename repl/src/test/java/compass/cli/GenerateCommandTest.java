package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compass generate} in-process: deterministic, well-formed, consistent files. */
final class GenerateCommandTest {
  private static final List<String> FILES =
      List.of("people.csv", "deals.csv", "splits.csv", "quotas.csv", "fx.csv");

  @TempDir Path tmp;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  private Path generate(String name, int people, int deals, long seed) {
    Path dir = tmp.resolve(name);
    Outcome o =
        run(
            "generate",
            "--people",
            "" + people,
            "--deals",
            "" + deals,
            "--seed",
            "" + seed,
            "--out",
            dir.toString());
    assertEquals(0, o.code(), o.err());
    assertEquals("", o.err());
    return dir;
  }

  private static List<String> lines(Path dir, String file) throws IOException {
    return Files.readAllLines(dir.resolve(file), StandardCharsets.US_ASCII);
  }

  @Test
  void sameSeedGivesIdenticalFiles() throws IOException {
    Path a = generate("a", 50, 2000, 7);
    Path b = generate("b", 50, 2000, 7);
    for (String f : FILES) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  @Test
  void differentSeedGivesDifferentFiles() throws IOException {
    Path a = generate("a", 50, 2000, 7);
    Path b = generate("b", 50, 2000, 8);
    assertFalse(Files.mismatch(a.resolve("people.csv"), b.resolve("people.csv")) < 0);
    assertFalse(Files.mismatch(a.resolve("deals.csv"), b.resolve("deals.csv")) < 0);
  }

  @Test
  void headersAndRowCounts() throws IOException {
    Path dir = generate("d", 100, 5000, 42);
    List<String> people = lines(dir, "people.csv");
    assertEquals(
        "id,name,role,manager,team,region,start_date,end_date,currency,target_incentive",
        people.get(0));
    assertEquals(101, people.size());
    List<String> deals = lines(dir, "deals.csv");
    assertEquals(
        "id,owner,amount,currency,stage,close_date,product,account,term_months," + "cancel_date",
        deals.get(0));
    assertEquals(5001, deals.size());
    assertEquals("deal,person,share", lines(dir, "splits.csv").get(0));
    List<String> quotas = lines(dir, "quotas.csv");
    assertEquals("participant,period,amount", quotas.get(0));
    assertEquals(1 + 90 * 4, quotas.size()); // 10 managers, 90 AEs
    List<String> fx = lines(dir, "fx.csv");
    assertEquals("currency,date,rate", fx.get(0));
    assertEquals(1 + 2 * 12, fx.size());
    try (Stream<Path> all = Files.list(dir)) {
      assertEquals(FILES.size(), all.count()); // no temporary file left behind
    }
  }

  @Test
  void dealsAreWellFormedAndOwnedByPeople() throws IOException {
    Path dir = generate("d", 100, 5000, 42);
    Map<String, String> role = new HashMap<>();
    for (String line : lines(dir, "people.csv").subList(1, 101)) {
      String[] c = line.split(",", -1);
      assertEquals(10, c.length, line);
      role.put(c[0], c[2]);
      assertTrue(c[2].equals("ae") ? role.containsKey(c[3]) : c[3].isEmpty(), line);
    }
    int cancelled = 0;
    Set<String> currencies = new HashSet<>();
    for (String line : lines(dir, "deals.csv").subList(1, 5001)) {
      String[] c = line.split(",", -1);
      assertEquals(10, c.length, line);
      assertEquals("ae", role.get(c[1]), line);
      assertTrue(c[2].matches("[1-9][0-9]*\\.[0-9]{2}"), line);
      assertTrue(c[5].startsWith("2027-"), line);
      assertTrue(List.of("12", "24", "36").contains(c[8]), line);
      currencies.add(c[3]);
      if (!c[9].isEmpty()) {
        assertEquals("closed_won", c[4], line);
        assertTrue(c[9].compareTo(c[5]) > 0, line);
        cancelled++;
      }
    }
    assertEquals(Set.of("USD", "EUR", "GBP"), currencies);
    assertTrue(cancelled > 0);
  }

  @Test
  void splitSharesAddUpToAHundredPercentWithinATeam() throws IOException {
    Path dir = generate("s", 100, 5000, 42);
    Map<String, String> team = new HashMap<>();
    for (String line : lines(dir, "people.csv").subList(1, 101)) {
      String[] c = line.split(",", -1);
      team.put(c[0], c[4]);
    }
    Map<String, Integer> shares = new HashMap<>();
    Map<String, String> teamOfDeal = new HashMap<>();
    List<String> splits = lines(dir, "splits.csv");
    assertTrue(splits.size() > 1, "some deals are split");
    for (String line : splits.subList(1, splits.size())) {
      String[] c = line.split(",", -1);
      assertTrue(c[2].matches("[0-9]+%"), line);
      shares.merge(c[0], Integer.parseInt(c[2].replace("%", "")), Integer::sum);
      String previous = teamOfDeal.putIfAbsent(c[0], team.get(c[1]));
      if (previous != null) assertEquals(previous, team.get(c[1]), line);
    }
    shares.forEach((deal, total) -> assertEquals(100, total, deal));
  }

  @Test
  void peopleMustBePositive() {
    for (String n : List.of("0", "-3")) {
      Outcome o =
          run("generate", "--people", n, "--deals", "10", "--out", tmp.resolve("x").toString());
      assertEquals(2, o.code());
      assertTrue(o.err().startsWith("error[E0773]: --people must be between 1 and"), o.err());
      assertFalse(Files.exists(tmp.resolve("x")));
    }
  }

  @Test
  void negativeDealsAndMissingFlagsAreUsageErrors() {
    assertEquals(
        2, run("generate", "--people", "5", "--deals", "-1", "--out", tmp.toString()).code());
    assertEquals(2, run("generate", "--people", "5", "--out", tmp.toString()).code());
    assertEquals(
        2, run("generate", "--people", "many", "--deals", "1", "--out", tmp.toString()).code());
  }

  @Test
  void outThatIsAFileIsAnError() throws IOException {
    Path file = Files.writeString(tmp.resolve("file.txt"), "keep");
    Outcome o = run("generate", "--people", "5", "--deals", "10", "--out", file.toString());
    assertEquals(2, o.code());
    assertEquals(
        "error[E0778]: cannot write to " + file + ": it is a file, not a folder\n", o.err());
    assertEquals("keep", Files.readString(file));
  }

  @Test
  void onePersonSellsAlone() throws IOException {
    Path dir = generate("one", 1, 20, 1);
    assertEquals(21, lines(dir, "deals.csv").size());
    assertEquals(1, lines(dir, "splits.csv").size());
    assertEquals(1, lines(dir, "quotas.csv").size());
  }
}
