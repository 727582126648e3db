package compass.cli.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Synthetic compensation data, deterministic by seed: the people and deals of the B1 benchmark
 * generator ({@code bench/gen.py}: same columns, stages, weights and calibration) plus deal splits,
 * quarterly quotas and monthly FX rates. The same seed gives byte-identical files on every machine,
 * whatever its locale or time zone: all text is ASCII formatted by hand.
 *
 * <p>Files written: {@code people.csv}, {@code deals.csv}, {@code splits.csv}, {@code quotas.csv}
 * and {@code fx.csv}; see {@link #generate}. With {@link Extras#activities} the people include SDRs
 * and marketers, the deals a {@code sourced_by} column, and {@link ActivityTables} writes meetings,
 * leads and trainings; with {@link Extras#reference}, {@link ReferenceTables} writes products,
 * accounts, certifications and a rate card. Without either the files are exactly those of before.
 */
public final class DataGenerator {
  /** The most people the ids ({@code p000000}) are meant for. */
  public static final int MAX_PEOPLE = 1_000_000;

  /** The most data rows a table may have in a workbook (one sheet each): Excel's limit. */
  public static final int MAX_SHEET_ROWS = WorkbookOutput.MAX_ROWS;

  /** The most deals the ids ({@code d00000000}) are meant for. */
  public static final int MAX_DEALS = 100_000_000;

  private static final String[] STAGES = {
    "prospecting",
    "qualification",
    "research",
    "demonstration",
    "objections",
    "closed_won",
    "nurturing",
    "closed_lost"
  };
  private static final int[] STAGE_WEIGHTS = {4, 4, 3, 3, 2, 60, 4, 20}; // sum 100
  private static final int WON = 5;
  static final String[] PRODUCTS = {"core", "analytics", "payments", "support", "platform"};
  static final String[] REGIONS = {"amer", "emea", "apac"};
  private static final int[] TERMS = {12, 12, 12, 24, 36};
  static final LocalDate YEAR0 = LocalDate.of(2027, 1, 1);
  private static final LocalDate START0 = LocalDate.of(2020, 1, 1);

  /** Per mille of deals in EUR and in GBP; the rest are in USD. */
  private static final int EUR_PER_MILLE = 60;

  private static final int GBP_PER_MILLE = 30;

  /** Per mille of closed_won deals cancelled later, and split between two AEs. */
  private static final int CANCEL_PER_MILLE = 30;

  private static final int SPLIT_PER_MILLE = 50;

  /** FX rates into USD at the start of 2027, in millionths. */
  private static final long EUR_USD = 1_085_000;

  private static final long GBP_USD = 1_270_000;

  /** No single deal above 10 billion (only a concern with very few deals per AE). */
  private static final long MAX_CENTS = 1_000_000_000_000L;

  /** Per mille of deals an SDR sourced (with {@link Extras#activities}). */
  private static final int SOURCED_PER_MILLE = 300;

  /** Which tables to add to the standard ones. */
  public record Extras(boolean activities, boolean reference, int sdrs) {
    public static final Extras NONE = new Extras(false, false, 0);
  }

  private final int people;
  private final int deals;
  private final Extras extras;
  private final Rng root;
  private final byte[][] days = new byte[366 + 121][]; // 2027-01-01 plus cancel offsets

  // the org chart, filled by writePeople
  private final int managers;
  private final Org org;
  private int[] aes = new int[0];
  private int[][] teamOf = new int[0][]; // per manager: the AEs under them
  private int[] teamIndex = new int[0]; // per person: their position in teamOf[manager]
  private int[] managerOf = new int[0];

  /** A summary of what was written. */
  public record Counts(
      int people,
      int managers,
      int aes,
      int deals,
      int splits,
      int cancelled,
      int quotas,
      int fxRates,
      ActivityTables.Counts activities,
      ReferenceTables.Counts reference) {}

  /** The fewest people {@link Extras#activities} needs: a manager, an SDR, a marketer, an AE. */
  public static final int MIN_PEOPLE_WITH_ACTIVITIES = 4;

  /**
   * How many SDRs there are among {@code people} with activities: {@code sdrs} when positive, else
   * 4% of the people (at least one).
   */
  public static int sdrsAmong(int people, int sdrs) {
    return Org.sdrs(people, sdrs);
  }

  /** How many of {@code people} are managers or marketers: everyone else is an SDR or an AE. */
  public static int managersAndMarketers(int people) {
    return Math.max(1, people / 10) + Org.marketers(people);
  }

  /**
   * @param people how many people, at least 1 (a tenth of them managers)
   * @param deals how many deals, at least 0
   * @param seed the seed: the same seed always gives the same files
   */
  public DataGenerator(int people, int deals, long seed) {
    this(people, deals, seed, Extras.NONE);
  }

  /**
   * @param extras the tables to add; with activities, at least {@link #MIN_PEOPLE_WITH_ACTIVITIES}
   *     people, and at least one AE left after the SDRs
   */
  public DataGenerator(int people, int deals, long seed, Extras extras) {
    if (people < 1 || people > MAX_PEOPLE) throw new IllegalArgumentException("people: " + people);
    if (deals < 0 || deals > MAX_DEALS) throw new IllegalArgumentException("deals: " + deals);
    if (extras.activities()
        && (people < MIN_PEOPLE_WITH_ACTIVITIES
            || managersAndMarketers(people) + sdrsAmong(people, extras.sdrs()) >= people)) {
      throw new IllegalArgumentException("people: " + people + ", sdrs: " + extras.sdrs());
    }
    this.people = people;
    this.deals = deals;
    this.extras = extras;
    this.root = new Rng(seed);
    this.managers = Math.max(1, people / 10);
    this.org = Org.of(people, managers, extras.activities(), extras.sdrs());
    for (int d = 0; d < days.length; d++) {
      days[d] = CsvBuffer.ascii(YEAR0.plusDays(d).toString()); // ISO: no locale involved
    }
  }

  /**
   * Writes every file into {@code dir}, which must exist: each is written under a temporary name
   * and renamed into place once all are complete.
   */
  public Counts generate(Path dir) throws IOException {
    try (OutputFiles files = new OutputFiles(dir)) {
      return generate(files);
    }
  }

  /** Writes every sheet into one workbook {@code file}, renamed into place once complete. */
  public Counts generateWorkbook(Path file) throws IOException {
    try (OutputFiles files = OutputFiles.workbook(file)) {
      return generate(files);
    }
  }

  /** A table and how many data rows it will have at most. */
  public record Largest(String table, int rows) {
    Largest max(String otherTable, int otherRows) {
      return otherRows > rows ? new Largest(otherTable, otherRows) : this;
    }
  }

  /** The table with the most rows, known before anything is written (splits stay below deals). */
  public Largest largestTable() {
    Largest largest = new Largest("people", people).max("deals", deals);
    if (extras.activities()) {
      largest = largest.max("meetings", deals).max("trainings", ActivityTables.maxTrainings(org));
    }
    if (extras.reference()) {
      largest = largest.max("accounts", accounts()).max("certifications", org.people);
    }
    return largest;
  }

  private Counts generate(OutputFiles files) throws IOException {
    try (CsvBuffer out = files.open("people.csv")) {
      writePeople(out);
    }
    int[] dealCounts;
    try (CsvBuffer out = files.open("deals.csv");
        CsvBuffer splits = files.open("splits.csv")) {
      dealCounts = writeDeals(out, splits);
    }
    try (CsvBuffer out = files.open("quotas.csv")) {
      writeQuotas(out);
    }
    try (CsvBuffer out = files.open("fx.csv")) {
      writeFx(out);
    }
    ActivityTables.Counts activities = null;
    if (extras.activities()) {
      activities = new ActivityTables(org, deals, accounts(), root).write(files);
    }
    ReferenceTables.Counts reference = null;
    if (extras.reference()) {
      reference = new ReferenceTables(org, accounts(), root).write(files);
    }
    files.commit();
    int realAes = org.aes();
    return new Counts(
        people,
        managers,
        realAes,
        deals,
        dealCounts[0],
        dealCounts[1],
        realAes * 4,
        24,
        activities,
        reference);
  }

  /** How many accounts the deals are spread over ({@code a0000000} on). */
  private int accounts() {
    return deals / 5 + 1;
  }

  private void writePeople(CsvBuffer out) throws IOException {
    Rng rnd = root.fork(1);
    out.header(
        "id",
        "name",
        "role",
        "manager",
        "team",
        "region",
        "start_date",
        "end_date",
        "currency",
        "target_incentive");
    managerOf = new int[people];
    int[] teamSize = new int[managers];
    Rng hires = root.fork(5); // only with activities: who starts in 2027
    for (int i = 0; i < people; i++) {
      int m = i < managers ? -1 : rnd.nextInt(managers);
      managerOf[i] = m;
      Org.Role role = org.role(i);
      out.padded('p', i, 6).comma().text("Person ").number(i).comma();
      if (m < 0) {
        out.text("manager,,").padded('t', i, 4);
      } else {
        if (role == Org.Role.AE) teamSize[m]++;
        out.text(role.text).comma().padded('p', m, 6).comma().padded('t', m, 4);
      }
      LocalDate start = START0.plusDays(rnd.nextInt(6 * 365));
      if (extras.activities() && m >= 0 && hires.chance(role.newHirePerMille)) {
        start = YEAR0.plusDays(hires.nextInt(Org.LAST_2027_START));
      }
      org.start[i] = start;
      out.comma()
          .text(REGIONS[i % 3])
          .comma()
          .text(start.toString())
          .comma()
          .text(",USD,")
          .number(role.targetIncentive)
          .newline();
    }
    teamOf = new int[managers][];
    for (int m = 0; m < managers; m++) teamOf[m] = new int[teamSize[m]];
    teamIndex = new int[people];
    int[] filled = new int[managers];
    aes = new int[Math.max(1, org.aes())]; // no AE at all: the first manager sells
    int a = 0;
    for (int i = org.firstAe; i < people; i++) {
      int m = managerOf[i];
      teamIndex[i] = filled[m];
      teamOf[m][filled[m]++] = i;
      aes[a++] = i;
    }
  }

  /** Writes deals and their splits; returns {splits, cancelled}. */
  private int[] writeDeals(CsvBuffer out, CsvBuffer splits) throws IOException {
    out.text("id,owner,amount,currency,stage,close_date,product,account,term_months,cancel_date");
    if (extras.activities()) out.text(",sourced_by");
    out.newline();
    splits.header("deal", "person", "share");
    if (deals == 0) return new int[] {0, 0};
    // Calibrated as gen.py: an average AE books about 1,000,000 a year, spread per AE by skill.
    // The factors are doubles (StrictMath, reproducible); each amount becomes whole cents once.
    Rng skillRnd = root.fork(2);
    double[] skill = new double[people];
    for (int p : aes) skill[p] = skillRnd.lognormal(-0.06, 0.35);
    double meanCents = 100.0 * 1_000_000 * aes.length * 100 / ((double) deals * STAGE_WEIGHTS[WON]);
    byte[][] stageBytes = asciiAll(STAGES);
    byte[][] productBytes = asciiAll(PRODUCTS);
    int accounts = accounts();
    Rng rnd = root.fork(3);
    Rng sourcing = root.fork(6); // only with activities: which SDR sourced the deal
    int splitCount = 0;
    int cancelled = 0;
    for (int i = 0; i < deals; i++) {
      int owner = aes[rnd.nextInt(aes.length)];
      long cents =
          Math.min(MAX_CENTS, (long) (meanCents * skill[owner] * rnd.lognormal(-0.32, 0.8)));
      int stage = pickStage(rnd.nextInt(100));
      int close = rnd.nextInt(365);
      int term = TERMS[rnd.nextInt(TERMS.length)];
      int product = rnd.nextInt(PRODUCTS.length);
      int account = rnd.nextInt(accounts);
      int fx = rnd.nextInt(1000);
      String currency = "USD";
      if (fx < EUR_PER_MILLE) {
        currency = "EUR";
        cents = fromUsd(cents, EUR_USD);
      } else if (fx < EUR_PER_MILLE + GBP_PER_MILLE) {
        currency = "GBP";
        cents = fromUsd(cents, GBP_USD);
      }
      int cancel = -1;
      int partner = -1;
      if (stage == WON) {
        if (rnd.chance(CANCEL_PER_MILLE)) cancel = close + 10 + rnd.nextInt(111);
        if (rnd.chance(SPLIT_PER_MILLE)) partner = teammate(owner, rnd);
      }
      out.padded('d', i, 8)
          .comma()
          .padded('p', owner, 6)
          .comma()
          .cents(Math.max(100, cents))
          .comma()
          .text(currency)
          .comma()
          .bytes(stageBytes[stage])
          .comma()
          .bytes(days[close])
          .comma()
          .bytes(productBytes[product])
          .comma()
          .padded('a', account, 7)
          .comma()
          .number(term)
          .comma();
      if (cancel >= 0) {
        out.bytes(days[cancel]);
        cancelled++;
      }
      if (extras.activities()) {
        out.comma();
        int sdr = sourcing.chance(SOURCED_PER_MILLE) ? org.anySdr(sourcing) : -1;
        // an SDR sources only what closes after they started
        if (sdr >= 0 && !org.start[sdr].isAfter(YEAR0.plusDays(close))) out.padded('p', sdr, 6);
      }
      out.newline();
      if (partner >= 0) {
        splits.padded('d', i, 8).comma().padded('p', owner, 6).text(",60%").newline();
        splits.padded('d', i, 8).comma().padded('p', partner, 6).text(",40%").newline();
        splitCount++;
      }
    }
    return new int[] {splitCount, cancelled};
  }

  /** USD cents in a currency worth {@code rateMicros} millionths of a USD, without overflow. */
  private static long fromUsd(long cents, long rateMicros) {
    return cents / rateMicros * 1_000_000 + cents % rateMicros * 1_000_000 / rateMicros;
  }

  /** Another AE of the owner's team, or -1 when the owner sells alone. */
  private int teammate(int owner, Rng rnd) {
    int m = managerOf[owner];
    if (m < 0 || teamOf[m].length < 2) return -1;
    int k = rnd.nextInt(teamOf[m].length - 1);
    return teamOf[m][k >= teamIndex[owner] ? k + 1 : k];
  }

  private static int pickStage(int r) {
    for (int s = 0; s < STAGE_WEIGHTS.length; s++) {
      r -= STAGE_WEIGHTS[s];
      if (r < 0) return s;
    }
    return STAGE_WEIGHTS.length - 1;
  }

  private void writeQuotas(CsvBuffer out) throws IOException {
    out.header("participant", "period", "amount");
    for (int p = org.firstAe; p < people; p++) {
      for (int q = 1; q <= 4; q++) {
        out.padded('p', p, 6).text(",2027-Q").number(q).comma().cents(25_000_000).newline();
      }
    }
  }

  /** Month-start rates into USD, as a small random walk; six decimals. */
  private void writeFx(CsvBuffer out) throws IOException {
    Rng rnd = root.fork(4);
    out.header("currency", "date", "rate");
    String[] currencies = {"EUR", "GBP"};
    long[] start = {EUR_USD, GBP_USD};
    for (int c = 0; c < currencies.length; c++) {
      long micros = start[c];
      for (int month = 0; month < 12; month++) {
        out.text(currencies[c])
            .comma()
            .text(YEAR0.plusMonths(month).toString())
            .comma()
            .number(micros / 1_000_000)
            .text(".")
            .padded((char) 0, micros % 1_000_000, 6)
            .newline();
        micros += rnd.nextInt(30_001) - 15_000; // at most 0.015 a month
      }
    }
  }

  private static byte[][] asciiAll(String[] names) {
    byte[][] b = new byte[names.length][];
    for (int i = 0; i < names.length; i++) b[i] = CsvBuffer.ascii(names[i]);
    return b;
  }
}
