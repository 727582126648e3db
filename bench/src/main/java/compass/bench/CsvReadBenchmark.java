package compass.bench;

import compass.api.Phases;
import compass.diag.Diagnostics;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the B1 deals file: Compass's own loader (through {@link Phases#inputReader}, with the
 * deals input of a plan declaring the b1 deals columns) against FastCSV 4 doing the same typed work
 * (strict field count, {@code BigDecimal} amounts, stage index, {@code LocalDate} dates, {@code
 * long} terms, values kept in arrays), and FastCSV splitting records only (the raw parsing floor).
 * The file is relative to the repository root: the {@code root} parameter, else the system property
 * {@code compass.root}, else the current folder; an absolute {@code file} is used as is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CsvReadBenchmark {
  /** The repository root; empty means the system property compass.root, else the current folder. */
  @Param({""})
  public String root;

  /** The deals file, relative to the root (or absolute). */
  @Param({"../shared/bench/data-small/deals.csv"})
  public String file;

  static final List<String> STAGES =
      List.of(
          "prospecting",
          "qualification",
          "research",
          "demonstration",
          "objections",
          "closed_won",
          "nurturing",
          "closed_lost");

  private static final String[] COLUMNS = {
    "id",
    "owner",
    "amount",
    "currency",
    "stage",
    "close_date",
    "product",
    "account",
    "term_months",
    "cancel_date"
  };

  private Path path;
  private Phases.InputReader reader;
  private Map<String, Integer> stageIndex;

  @Setup
  public void setup() {
    String dir = !root.isEmpty() ? root : System.getProperty("compass.root", ".");
    path = Path.of(dir).toAbsolutePath().normalize().resolve(file).normalize();
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          "no "
              + path
              + ": run from the repository root, or pass -p root=DIR, -Dcompass.root=DIR or -p file=PATH");
    }
    Diagnostics diags = new Diagnostics();
    reader =
        Phases.inputReader("csv-read.comp", plan(path.getFileName().toString()), "deals", diags);
    if (reader == null)
      throw new IllegalStateException("the reading plan does not check: " + diags.all());
    stageIndex = new HashMap<>();
    for (int i = 0; i < STAGES.size(); i++) stageIndex.put(STAGES.get(i), i);

    // All three must see the same rows, and Compass must load without errors.
    int compassRows = compass();
    int typedRows = fastCsvTyped().rows;
    long splitFields = splitOnly()[0];
    if (compassRows != typedRows || splitFields != (long) typedRows * COLUMNS.length) {
      throw new IllegalStateException(
          "row counts differ: compass "
              + compassRows
              + ", fastcsv "
              + typedRows
              + ", fastcsv fields "
              + splitFields);
    }
  }

  /** A plan that declares the deals file with the b1 columns and types (the stages above). */
  private static String plan(String dealsFile) {
    return """
        plan "CSV read" version 1
          currency USD
          fiscal year starts January
          pays quarterly
          effective 2027-01-01 to 2027-12-31

        stages %s

        input people from "people.csv":
          id: text

        input deals from "%s":
          id: text
          owner: person
          amount: money
          currency: text
          stage: stage
          close_date: date
          product: text
          account: text
          term_months: integer
          cancel_date: date optional

        credit deals to owner on close_date

        bookings = sum of amount
        """
        .formatted(String.join(", ", STAGES), dealsFile);
  }

  @Benchmark
  public int compass() {
    Diagnostics diags = new Diagnostics();
    int rows = reader.read(path.getParent(), diags);
    if (rows < 0) {
      throw new IllegalStateException("Compass cannot load " + path + ": " + diags.all());
    }
    return rows;
  }

  @Benchmark
  public Deals fastCsvTyped() {
    try (CsvReader<CsvRecord> reader = strict().ofCsvRecord(path, StandardCharsets.UTF_8)) {
      var it = reader.iterator();
      if (!it.hasNext()) throw new IllegalStateException("empty file " + path);
      int[] at = columnIndexes(it.next());
      Deals d = new Deals(1024);
      while (it.hasNext()) {
        CsvRecord r = it.next();
        int row = d.add();
        d.id[row] = required(r, at[0]);
        d.owner[row] = required(r, at[1]);
        d.amount[row] = new BigDecimal(required(r, at[2]));
        d.currency[row] = required(r, at[3]);
        Integer stage = stageIndex.get(required(r, at[4]));
        if (stage == null) throw bad(r, at[4]);
        d.stage[row] = stage;
        d.closeDate[row] = LocalDate.parse(required(r, at[5]));
        d.product[row] = required(r, at[6]);
        d.account[row] = required(r, at[7]);
        d.termMonths[row] = Long.parseLong(required(r, at[8]));
        String cancel = r.getField(at[9]);
        d.cancelDate[row] = cancel.isEmpty() ? null : LocalDate.parse(cancel);
      }
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public void fastCsvSplitOnly(Blackhole bh) {
    long[] counts = splitOnly();
    bh.consume(counts[0]);
    bh.consume(counts[1]);
  }

  /** Every record split into fields, each field touched (its length summed): fields, chars. */
  private long[] splitOnly() {
    long fields = 0;
    long chars = 0;
    try (CsvReader<CsvRecord> reader = strict().ofCsvRecord(path, StandardCharsets.UTF_8)) {
      var it = reader.iterator();
      if (it.hasNext()) it.next(); // the header
      while (it.hasNext()) {
        CsvRecord r = it.next();
        int n = r.getFieldCount();
        for (int i = 0; i < n; i++) chars += r.getField(i).length();
        fields += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new long[] {fields, chars};
  }

  /** Strict: a record with another field count than the first is an error, as in Compass. */
  private static CsvReader.CsvReaderBuilder strict() {
    return CsvReader.builder()
        .allowExtraFields(false)
        .allowMissingFields(false)
        .allowExtraCharsAfterClosingQuote(false)
        .skipEmptyLines(false)
        .detectBomHeader(true);
  }

  private static int[] columnIndexes(CsvRecord header) {
    int[] at = new int[COLUMNS.length];
    List<String> names = header.getFields();
    for (int i = 0; i < COLUMNS.length; i++) {
      at[i] = names.indexOf(COLUMNS[i]);
      if (at[i] < 0) throw new IllegalStateException("no column " + COLUMNS[i] + " in " + names);
    }
    return at;
  }

  private static String required(CsvRecord r, int i) {
    String s = r.getField(i);
    if (s.isEmpty()) throw bad(r, i);
    return s;
  }

  private static IllegalStateException bad(CsvRecord r, int i) {
    return new IllegalStateException(
        "bad field at line "
            + r.getStartingLineNumber()
            + ", column "
            + (i + 1)
            + ": "
            + r.getField(i));
  }

  /** The typed deals, one array per column, grown by doubling as Compass's columns are. */
  public static final class Deals {
    int rows;
    String[] id, owner, currency, product, account;
    BigDecimal[] amount;
    int[] stage;
    LocalDate[] closeDate, cancelDate;
    long[] termMonths;

    Deals(int capacity) {
      id = new String[capacity];
      owner = new String[capacity];
      currency = new String[capacity];
      product = new String[capacity];
      account = new String[capacity];
      amount = new BigDecimal[capacity];
      stage = new int[capacity];
      closeDate = new LocalDate[capacity];
      cancelDate = new LocalDate[capacity];
      termMonths = new long[capacity];
    }

    int add() {
      if (rows == id.length) {
        int n = rows * 2;
        id = Arrays.copyOf(id, n);
        owner = Arrays.copyOf(owner, n);
        currency = Arrays.copyOf(currency, n);
        product = Arrays.copyOf(product, n);
        account = Arrays.copyOf(account, n);
        amount = Arrays.copyOf(amount, n);
        stage = Arrays.copyOf(stage, n);
        closeDate = Arrays.copyOf(closeDate, n);
        cancelDate = Arrays.copyOf(cancelDate, n);
        termMonths = Arrays.copyOf(termMonths, n);
      }
      return rows++;
    }
  }
}
