package compass.cli.generate;

import java.io.IOException;
import java.time.LocalDate;

/**
 * The reference tables of {@code compass generate --reference}, which plans look rows up in: the
 * products of the deals with their series and list price, the accounts with their region, whether
 * they are a new logo and their segment, people's certifications with the dates they are valid, and
 * a rate card by region and series whose rates change on 2027-07-01.
 */
public final class ReferenceTables {
  /** A summary of what was written. */
  public record Counts(int products, int accounts, int certifications, int rates) {}

  /** The series and list price (whole units) of each of {@link DataGenerator#PRODUCTS}. */
  private static final String[] SERIES = {"platform", "data", "fintech", "services", "platform"};

  private static final int[] LIST_PRICES = {24000, 18000, 30000, 6000, 48000};

  /** Regions of accounts: the people's three, and two markets being opened. */
  private static final String[] ACCOUNT_REGIONS = {"amer", "emea", "apac", "latam", "anz"};

  private static final int[] ACCOUNT_REGION_WEIGHTS = {40, 30, 18, 8, 4}; // sum 100
  private static final String[] SEGMENTS = {"smb", "mid-market", "enterprise"};
  private static final int[] SEGMENT_WEIGHTS = {50, 35, 15}; // sum 100

  /** Per mille of accounts that are new logos. */
  private static final int NEW_LOGO_PER_MILLE = 250;

  private static final String[] CERTIFICATIONS = {"core-certified", "analytics-certified"};

  /** Per mille of sellers holding a certification, and of those whose certification is open. */
  private static final int CERTIFIED_PER_MILLE = 600;

  private static final int OPEN_ENDED_PER_MILLE = 500;

  /** The series in the rate card, and the rate (in tenths of a percent) of each before July. */
  private static final String[] RATE_SERIES = {"data", "fintech", "platform", "services"};

  private static final int[] RATES = {80, 90, 70, 50};
  private static final LocalDate MID_YEAR = LocalDate.of(2027, 7, 1);

  private final Org org;
  private final int accounts;
  private final Rng root;

  ReferenceTables(Org org, int accounts, Rng root) {
    this.org = org;
    this.accounts = accounts;
    this.root = root;
  }

  Counts write(OutputFiles files) throws IOException {
    try (CsvBuffer out = files.open("products.csv")) {
      out.header("product", "series", "list_price");
      for (int p = 0; p < DataGenerator.PRODUCTS.length; p++) {
        out.text(DataGenerator.PRODUCTS[p]).comma().text(SERIES[p]).comma();
        out.cents(LIST_PRICES[p] * 100L).newline();
      }
    }
    try (CsvBuffer out = files.open("accounts.csv")) {
      writeAccounts(out);
    }
    int certifications;
    try (CsvBuffer out = files.open("certifications.csv")) {
      certifications = writeCertifications(out);
    }
    int rates = 0;
    try (CsvBuffer out = files.open("rate_card.csv")) {
      out.header("region", "series", "effective_from", "rate");
      for (int r = 0; r < ACCOUNT_REGIONS.length; r++) {
        for (int s = 0; s < RATE_SERIES.length; s++) {
          // new markets pay one point more; every rate goes up half a point from July
          int tenths = RATES[s] + (r >= DataGenerator.REGIONS.length ? 10 : 0);
          rate(out, ACCOUNT_REGIONS[r], RATE_SERIES[s], DataGenerator.YEAR0, tenths);
          rate(out, ACCOUNT_REGIONS[r], RATE_SERIES[s], MID_YEAR, tenths + 5);
          rates += 2;
        }
      }
    }
    return new Counts(DataGenerator.PRODUCTS.length, accounts, certifications, rates);
  }

  private static void rate(CsvBuffer out, String region, String series, LocalDate from, int tenths)
      throws IOException {
    out.text(region).comma().text(series).comma().text(from.toString()).comma();
    out.number(tenths / 10).text(".").number(tenths % 10).text("%").newline();
  }

  private void writeAccounts(CsvBuffer out) throws IOException {
    Rng rnd = root.fork(10);
    out.header("account", "region", "new_logo", "segment");
    for (int a = 0; a < accounts; a++) {
      out.padded('a', a, 7)
          .comma()
          .text(ACCOUNT_REGIONS[pick(ACCOUNT_REGION_WEIGHTS, rnd.nextInt(100))])
          .comma()
          .text(rnd.chance(NEW_LOGO_PER_MILLE) ? "true" : "false")
          .comma()
          .text(SEGMENTS[pick(SEGMENT_WEIGHTS, rnd.nextInt(100))])
          .newline();
    }
  }

  /**
   * A certification for about 60% of the people who sell (not managers), valid from a day of 2026
   * or 2027 on or after their start; half are open-ended (no {@code valid_to}), the others end a
   * year after they began, so some lapse during 2027.
   */
  private int writeCertifications(CsvBuffer out) throws IOException {
    Rng rnd = root.fork(11);
    out.header("person", "certification", "valid_from", "valid_to");
    int n = 0;
    LocalDate first = LocalDate.of(2026, 1, 1);
    for (int p = org.managers; p < org.people; p++) {
      if (!rnd.chance(CERTIFIED_PER_MILLE)) continue;
      LocalDate earliest = org.start[p].isAfter(first) ? org.start[p] : first;
      int span = (int) (LocalDate.of(2027, 12, 31).toEpochDay() - earliest.toEpochDay()) + 1;
      LocalDate from = earliest.plusDays(rnd.nextInt(Math.max(1, span)));
      String name = CERTIFICATIONS[rnd.nextInt(CERTIFICATIONS.length)];
      out.padded('p', p, 6).comma().text(name).comma().text(from.toString()).comma();
      if (!rnd.chance(OPEN_ENDED_PER_MILLE)) out.text(from.plusYears(1).minusDays(1).toString());
      out.newline();
      n++;
    }
    return n;
  }

  private static int pick(int[] weights, int r) {
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}
