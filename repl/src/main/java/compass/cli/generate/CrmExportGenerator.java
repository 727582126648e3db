package compass.cli.generate;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code compass generate --shape crm-export}: data laid out like the public "CRM Sales
 * Opportunities" export (Maven Analytics): {@code sales_pipeline.csv}, {@code sales_teams.csv},
 * {@code products.csv} and {@code accounts.csv}, with the same columns, product names, stages and
 * empty fields. Managers appear only in the teams file's manager column. Every date is in 2027.
 * Deterministic by seed like {@link DataGenerator}; the names are invented.
 */
public final class CrmExportGenerator {
  /** The original's sizes. */
  public static final int DEFAULT_AGENTS = 35;

  public static final int DEFAULT_OPPORTUNITIES = 8_800;

  /** As many agents as there are distinct generated names to give them. */
  public static final int MAX_AGENTS = 1_000;

  private static final int ACCOUNTS = 85;
  private static final String[] OFFICES = {"Central", "East", "West"};

  private static final String[] PRODUCTS = {
    "GTX Basic", "GTX Pro", "MG Special", "MG Advanced", "GTX Plus Pro", "GTX Plus Basic", "GTK 500"
  };
  private static final String[] SERIES = {"GTX", "GTX", "MG", "MG", "GTX", "GTX", "GTK"};
  private static final int[] PRICES = {550, 4821, 55, 3393, 5482, 1096, 26768};

  /** How often each product is sold, per thousand; the big GTK 500 is rare. */
  private static final int[] PRODUCT_WEIGHTS = {170, 140, 170, 160, 130, 190, 40}; // sum 1000

  private static final String[] STAGES = {"Won", "Lost", "Engaging", "Prospecting"};
  private static final int[] STAGE_WEIGHTS = {480, 280, 180, 60}; // sum 1000

  private static final String[] FIRST = {
    "Moses",
    "Anna",
    "Darcel",
    "Vicki",
    "Boris",
    "Cecily",
    "Corliss",
    "Daniell",
    "Elease",
    "Garret",
    "Gladys",
    "Hayden",
    "Jonathan",
    "Kami",
    "Kary",
    "Lajuana",
    "Markita",
    "Maureen",
    "Niesha",
    "Reed",
    "Rosalina",
    "Versie",
    "Violet",
    "Wilburn",
    "Zane",
    "Marty",
    "Hanna",
    "Orval",
    "Ivo",
    "Delma",
    "Tula",
    "Abram",
    "Imogen",
    "Ferris",
    "Lonnie",
    "Petra",
    "Quincy",
    "Sabine",
    "Teodor",
    "Ulla"
  };
  private static final String[] LAST = {
    "Frase", "Snelling", "Schlecht", "Laflamme", "Duffy", "Carnahan", "Mosley", "Goers", "Maxey",
    "Jinks", "Kampa", "Zeme", "Mohamed", "Hallgren", "Rohan", "Warder", "Hentze", "Rowland",
    "Ostrum", "Weihl", "Kosak", "Castro", "Oldham", "Madeira", "Brinkmann", "Marxen", "Losch",
    "Neubert", "Rouche", "Sewald", "Quade", "Ebberts", "Tanaka", "Valdez"
  };

  private static final String[] NAME_START = {
    "Acme", "Blue", "Bright", "Cone", "Dalt", "Fire", "Golden", "Gram", "Hat", "Iso", "Kin", "Lex",
    "Mode", "Nam", "Opti", "Plus", "Rang", "Rund", "Sun", "Stro", "Tree", "Umbr", "Vol", "Zoo"
  };
  private static final String[] NAME_END = {
    "tech", "dex", "line", "ware", "hex", "zap", "core", "labs", "net", "phase", "stone", "tron"
  };
  private static final String[] NAME_KIND = {"", "", " Corporation", " Inc", " Systems"};
  private static final String[] SECTORS = {
    "technolgy",
    "medical",
    "retail",
    "software",
    "entertainment",
    "marketing",
    "services",
    "finance",
    "telecommunications",
    "employment"
  };
  private static final String[] LOCATIONS = {
    "United States", "Japan", "Italy", "Korea", "Norway", "Panama", "Poland", "Brazil", "Germany"
  };

  /** Per mille of accounts with an office outside the United States, and of subsidiaries. */
  private static final int ABROAD_PER_MILLE = 170;

  private static final int SUBSIDIARY_PER_MILLE = 180;

  private static final LocalDate YEAR0 = LocalDate.of(2027, 1, 1);
  private static final int DAYS = 365;

  private final int agents;
  private final int opportunities;
  private final Rng root;
  private final int managers;

  /** A summary of what was written. */
  public record Counts(
      int opportunities, int won, int lost, int open, int agents, int managers, int accounts) {}

  /**
   * @param agents how many sales agents, 1 to {@link #MAX_AGENTS}
   * @param opportunities how many opportunities, at least 0
   */
  public CrmExportGenerator(int agents, int opportunities, long seed) {
    if (agents < 1 || agents > MAX_AGENTS) throw new IllegalArgumentException("agents: " + agents);
    if (opportunities < 0) throw new IllegalArgumentException("opportunities: " + opportunities);
    this.agents = agents;
    this.opportunities = opportunities;
    this.root = new Rng(seed);
    this.managers = Math.max(1, (agents + 5) / 6); // 35 agents: 6 managers, as the original
  }

  public Counts generate(Path dir) throws IOException {
    try (OutputFiles files = new OutputFiles(dir)) {
      return generate(files);
    }
  }

  public Counts generateWorkbook(Path file) throws IOException {
    try (OutputFiles files = OutputFiles.workbook(file)) {
      return generate(files);
    }
  }

  private Counts generate(OutputFiles files) throws IOException {
    String[] names = people(agents + managers);
    String[] accounts = accountNames();
    try (CsvBuffer out = files.open("accounts.csv")) {
      writeAccounts(out, accounts);
    }
    try (CsvBuffer out = files.open("products.csv")) {
      out.header("product", "series", "sales_price");
      for (int p = 0; p < PRODUCTS.length; p++) {
        out.text(PRODUCTS[p]).comma().text(SERIES[p]).comma().number(PRICES[p]).newline();
      }
    }
    try (CsvBuffer out = files.open("sales_teams.csv")) {
      out.header("sales_agent", "manager", "regional_office");
      Rng rnd = root.fork(2);
      for (int a = 0; a < agents; a++) {
        // every manager gets agents first, then the rest go anywhere
        int m = a < managers ? a : rnd.nextInt(managers);
        out.text(names[a]).comma().text(names[agents + m]).comma();
        out.text(OFFICES[m % OFFICES.length]).newline();
      }
    }
    int[] stages;
    try (CsvBuffer out = files.open("sales_pipeline.csv")) {
      stages = writePipeline(out, names, accounts);
    }
    files.commit();
    return new Counts(
        opportunities, stages[0], stages[1], stages[2] + stages[3], agents, managers, ACCOUNTS);
  }

  /** Distinct full names, agents first, then managers. */
  private String[] people(int n) {
    Rng rnd = root.fork(1);
    Set<String> seen = new HashSet<>();
    String[] names = new String[n];
    for (int i = 0; i < n; ) {
      String name = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
      if (seen.add(name)) names[i++] = name;
    }
    return names;
  }

  private String[] accountNames() {
    Rng rnd = root.fork(3);
    Set<String> seen = new HashSet<>();
    String[] names = new String[ACCOUNTS];
    for (int i = 0; i < ACCOUNTS; ) {
      String stem = NAME_START[rnd.nextInt(NAME_START.length)];
      String end = NAME_END[rnd.nextInt(NAME_END.length)];
      String name = stem + end + NAME_KIND[rnd.nextInt(NAME_KIND.length)];
      if (seen.add(stem + end)) names[i++] = name;
    }
    return names;
  }

  private void writeAccounts(CsvBuffer out, String[] accounts) throws IOException {
    Rng rnd = root.fork(4);
    out.header(
        "account",
        "sector",
        "year_established",
        "revenue",
        "employees",
        "office_location",
        "subsidiary_of");
    for (int a = 0; a < accounts.length; a++) {
      // revenue in millions with two decimals, employees roughly in proportion
      long revenueCents = (long) (100 * rnd.lognormal(6, 1.3)) + 100;
      long employees = Math.max(10, revenueCents / 100 * (2 + rnd.nextInt(4)) / 2);
      out.text(accounts[a])
          .comma()
          .text(SECTORS[rnd.nextInt(SECTORS.length)])
          .comma()
          .number(1979 + rnd.nextInt(39))
          .comma()
          .cents(revenueCents)
          .comma()
          .number(employees)
          .comma()
          .text(rnd.chance(ABROAD_PER_MILLE) ? LOCATIONS[1 + rnd.nextInt(8)] : LOCATIONS[0])
          .comma();
      // a subsidiary of an account listed before it, never of itself
      if (a > 0 && rnd.chance(SUBSIDIARY_PER_MILLE)) out.text(accounts[rnd.nextInt(a)]);
      out.newline();
    }
  }

  /** Returns how many opportunities of each of {@link #STAGES}. */
  private int[] writePipeline(CsvBuffer out, String[] names, String[] accounts) throws IOException {
    out.header(
        "opportunity_id",
        "sales_agent",
        "product",
        "account",
        "deal_stage",
        "engage_date",
        "close_date",
        "close_value");
    Rng rnd = root.fork(5);
    double[] skill = new double[agents];
    for (int a = 0; a < agents; a++) skill[a] = rnd.lognormal(0, 0.3);
    int[] byStage = new int[STAGES.length];
    OpportunityIds ids = new OpportunityIds(root.fork(6).nextLong());
    for (int i = 0; i < opportunities; i++) {
      int agent = rnd.nextInt(agents);
      int product = pick(PRODUCT_WEIGHTS, rnd.nextInt(1000));
      int account = rnd.nextInt(accounts.length);
      int stage = pick(STAGE_WEIGHTS, rnd.nextInt(1000));
      int engage = rnd.nextInt(DAYS - 1);
      int close = engage + 1 + rnd.nextInt(Math.min(140, DAYS - 1 - engage));
      long value = 0;
      if (stage == 0) {
        // won near the list price, better agents a little above it
        double factor = 0.85 + 0.2 * rnd.nextInt(1000) / 1000.0 * Math.min(1.5, skill[agent]);
        value = Math.max(1, Math.round(PRICES[product] * factor));
      }
      byStage[stage]++;
      out.text(ids.next())
          .comma()
          .text(names[agent])
          .comma()
          .text(PRODUCTS[product])
          .comma()
          .text(accounts[account])
          .comma()
          .text(STAGES[stage])
          .comma();
      if (stage != 3) out.text(YEAR0.plusDays(engage).toString());
      out.comma();
      if (stage <= 1) out.text(YEAR0.plusDays(close).toString()).comma().number(value);
      else out.comma();
      out.newline();
    }
    return byStage;
  }

  private static int pick(int[] weights, int r) {
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /**
   * Distinct ids of eight digits and capital letters, such as {@code 1C1I7A6R}: a counter taken
   * through a bijection of the 36^8 ids (multiplying by a number prime to 36 and adding an offset,
   * modulo 36^8), so no two are the same; an id of digits only is skipped, so that no spreadsheet
   * takes it for a number.
   */
  private static final class OpportunityIds {
    private static final long SPACE = 2_821_109_907_456L; // 36^8
    private static final long STEP = 1_234_567_890_127L; // odd and not a multiple of 3
    private final long offset;
    private long next;

    OpportunityIds(long seed) {
      this.offset = Math.floorMod(seed, SPACE);
    }

    String next() {
      while (true) {
        long v = Math.floorMod(mulMod(next++, STEP) + offset, SPACE);
        char[] c = new char[8];
        boolean letter = false;
        for (int i = 7; i >= 0; i--) {
          int d = (int) (v % 36);
          v /= 36;
          c[i] = (char) (d < 10 ? '0' + d : 'A' + d - 10);
          letter |= d >= 10;
        }
        if (letter) return new String(c);
      }
    }

    private static long mulMod(long a, long b) {
      return BigInteger.valueOf(a)
          .multiply(BigInteger.valueOf(b))
          .mod(BigInteger.valueOf(SPACE))
          .longValueExact();
    }
  }
}
