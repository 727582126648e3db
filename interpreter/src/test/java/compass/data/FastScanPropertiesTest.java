package compass.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import compass.diag.DiagnosticRenderer;
import compass.diag.Diagnostics;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FastScan against the loader on small random files, valid rows and damaged ones alike: whenever
 * FastScan reads a file, the loader reads it without a diagnostic, to the same rows and values;
 * whenever the loader reports an error, FastScan refused the file (NotSimple).
 */
class FastScanPropertiesTest {
  static final List<String> PEOPLE = List.of("p1", "p2", "p03", "ann");
  static final List<String> STAGES = Fixtures.STAGES;
  static final int SCALE = 2;
  static final TableSchema SCHEMA =
      Fixtures.schema(
          "deals.csv",
          "id TEXT, owner PERSON, amount MONEY, stage STAGE, close DATE, term INTEGER,"
              + " note TEXT?, rate NUMBER");
  static final String[] COLUMNS = {
    "id", "owner", "amount", "stage", "close", "term", "note", "rate"
  };

  @TempDir Path dir;

  private int tries;
  private int read;
  private int refusedByBoth;

  @Test
  void whatFastScanReadsTheLoaderReadsAlikeAndWhatTheLoaderRejectsFastScanRefuses() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(this::compare);
    // the generator is meant to give both outcomes often, else the property proves little
    assertTrue(read > tries / 10, "files read: " + read + " of " + tries);
    assertTrue(refusedByBoth > tries / 10, "files the loader rejects: " + refusedByBoth);
  }

  private void compare(long seed) {
    tries++;
    Random random = new Random(seed);
    byte[] bytes = file(random);
    Path sub = dir.resolve("s" + tries);
    Fixtures.writeBytes(sub, "deals.csv", bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int ranges = 1 + random.nextInt(5);
    Diagnostics diags = new Diagnostics();
    Table table =
        TableLoader.load(SCHEMA, sub, new LoadOptions(STAGES, new HashSet<>(PEOPLE)), diags);
    FastScanCheck.Scanned scanned;
    try {
      scanned =
          FastScanCheck.scan(sub.resolve("deals.csv"), SCHEMA, PEOPLE, STAGES, SCALE, ranges, 2);
    } catch (FastScan.NotSimple refused) {
      if (diags.hasErrors()) refusedByBoth++;
      return;
    }
    read++;
    assertFalse(
        diags.hasErrors(),
        () ->
            "FastScan read a file the loader rejects:\n"
                + text
                + "\n"
                + DiagnosticRenderer.renderAll(diags.all()));
    assertTrue(diags.all().isEmpty(), () -> text + DiagnosticRenderer.renderAll(diags.all()));
    FastScanCheck.assertSame(table, scanned, SCHEMA, PEOPLE, STAGES, SCALE);
  }

  /**
   * A small deals file: a header (maybe with an extra column) and valid rows; half the files get
   * one damage (a second one now and then): a bad cell, a missing or extra cell, a blank line, a
   * lone CR, a repeated id, trailing blank lines, a header not plain.
   */
  static byte[] file(Random random) {
    int damages = random.nextBoolean() ? 0 : random.nextInt(5) == 0 ? 2 : 1;
    String end = random.nextBoolean() ? "\n" : "\r\n";
    List<String> header = new ArrayList<>(List.of(COLUMNS));
    if (random.nextInt(4) == 0) header.add(random.nextInt(header.size() + 1), "extra");
    int rows = random.nextInt(12);
    List<List<String>> lines = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> cells = new ArrayList<>();
      for (String column : header) cells.add(good(column, random));
      lines.add(cells);
    }
    List<String> suffixes = new ArrayList<>();
    for (int r = 0; r < rows; r++) suffixes.add(r < rows - 1 || random.nextInt(3) > 0 ? end : "");
    String tail = "";
    for (int d = 0; d < damages; d++) {
      int kind = random.nextInt(14);
      if (rows == 0 || kind == 13) {
        switch (random.nextInt(4)) {
          case 0 -> header.set(0, " id");
          case 1 -> header.add("id");
          case 2 -> header.set(random.nextInt(header.size()), "\"" + header.get(0) + "\"");
          default -> tail = random.nextBoolean() ? end : " ,," + end;
        }
        continue;
      }
      int r = random.nextInt(rows);
      List<String> cells = lines.get(r);
      switch (kind) {
        case 0 -> cells.remove(random.nextInt(cells.size()));
        case 1 -> cells.add("x");
        case 2 -> suffixes.set(r, suffixes.get(r) + end); // a blank line
        case 3 -> suffixes.set(r, "\r" + suffixes.get(r)); // a lone CR (or a CR before CRLF)
        case 4 -> {
          int id = header.indexOf("id"); // a repeated id (or the same row's own)
          List<String> other = lines.get(random.nextInt(rows));
          if (id >= 0 && id < cells.size() && id < other.size()) cells.set(id, other.get(id));
        }
        default -> {
          int c = random.nextInt(cells.size());
          cells.set(c, bad(c < header.size() ? header.get(c) : "extra", random)); // after an "x"
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(10) == 0) out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    StringBuilder s = new StringBuilder(String.join(",", header)).append(end);
    for (int r = 0; r < rows; r++) s.append(String.join(",", lines.get(r))).append(suffixes.get(r));
    s.append(tail);
    out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static String good(String column, Random random) {
    return switch (column) {
      case "id" -> "d" + random.nextInt(1_000_000);
      case "owner" -> PEOPLE.get(random.nextInt(PEOPLE.size()));
      case "amount", "rate" -> decimal(random);
      case "stage" -> STAGES.get(random.nextInt(STAGES.size()));
      case "close" ->
          String.format(
              "%04d-%02d-%02d",
              1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
      case "term" -> (random.nextBoolean() ? "-" : "") + random.nextInt(100);
      case "note" -> pick(random, "core", "big deal", "a-b_c", "x", "Core");
      default -> pick(random, "", "USD", " spaced ", "z");
    };
  }

  private static String decimal(Random random) {
    String whole =
        Long.toString(
            Math.abs(random.nextLong()) % pick(random, 10L, 100_000L, 1_000_000_000_000_000L));
    String sign = random.nextInt(5) == 0 ? "-" : "";
    return switch (random.nextInt(3)) {
      case 0 -> sign + whole;
      case 1 -> sign + whole + "." + random.nextInt(10);
      default -> sign + whole + "." + String.format("%02d", random.nextInt(100));
    };
  }

  /**
   * Cells the loader rejects or reads otherwise than the plain form, or plain forms at an edge:
   * three in four meant for the column's type, half any.
   */
  static String bad(String column, Random random) {
    if (random.nextInt(4) > 0) {
      switch (column) {
        case "amount", "rate", "term" -> {
          return pick(
              random,
              "1.",
              ".5",
              "+5",
              "007",
              "-0",
              "00.50",
              "1e3",
              "1,5",
              "12345678901234567890",
              "123456789012345678",
              "-999999999999999999",
              "1.234",
              "9223372036854775807",
              "-9223372036854775808",
              "9223372036854775808",
              "-",
              "--1",
              "1-",
              "1.2.3",
              "0",
              "-0.00",
              "0.1",
              "1.00",
              "000000000000000000001",
              "99999999999999999.9",
              " 5",
              "5 ",
              "\t5",
              "5\t",
              "\"5\"",
              "$5",
              "1_000",
              "١");
        }
        case "close" -> {
          return pick(
              random,
              "2027-02-30",
              "2027-2-3",
              "2024-02-29",
              "2023-02-29",
              "0000-01-01",
              "9999-12-31",
              "2027-13-01",
              "2027-00-10",
              "2027-01-00",
              "2027/01/01",
              "27-01-01",
              "2027-01-01T00:00",
              "02/01/2027",
              "+2027-01-01",
              "20270101",
              "2027-01-1 ",
              "1900-02-29",
              "2000-02-29",
              "2027-04-31");
        }
        case "owner", "stage" -> {
          return pick(
              random,
              "p4",
              "P1",
              "ann ",
              " p1",
              "Closed_won",
              "closed_won",
              "stage",
              "müller",
              "p1 ",
              "p",
              "p11",
              "an",
              "annn",
              "closed_won ",
              "qualification");
        }
        default -> {}
      }
    }
    return pick(
        random,
        "",
        " ",
        "\"q\"",
        "\"d,1\"",
        "a\"b",
        "café",
        " ",
        "tab\there",
        "nul\u0000",
        "del\u007f",
        "x\ry",
        "p1",
        "d1",
        "  ",
        "",
        "a b",
        "‎");
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }

  @Test
  void theGeneratedFilesAreMostlyOfTheSizeMeant() throws Exception {
    byte[] bytes = file(new Random(7));
    Files.write(dir.resolve("one.csv"), bytes);
    assertTrue(bytes.length > 0);
  }
}
