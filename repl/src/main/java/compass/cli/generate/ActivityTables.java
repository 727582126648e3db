package compass.cli.generate;

import java.io.IOException;
import java.time.LocalDate;

/**
 * The activity tables of {@code compass generate --activities}, beside the deals: meetings booked
 * by SDRs, leads created by marketers and SDRs, and trainings done by everyone who sells. All dates
 * fall in 2027, never before the person's start date; a new hire's trainings mostly fall in their
 * first 30 days.
 */
public final class ActivityTables {
  /** A summary of what was written. */
  public record Counts(int sdrs, int marketers, int meetings, int held, int leads, int trainings) {}

  private static final String[] LEAD_SOURCES = {"web", "event", "content", "referral"};
  private static final String[] COURSES = {
    "product-basics", "discovery-calls", "demo-skills", "negotiation", "crm-hygiene", "security"
  };

  /** Meeting outcomes in per mille: held 72%, no_show 13%, the rest cancelled. */
  private static final int HELD_PER_MILLE = 720;

  private static final int NO_SHOW_PER_MILLE = 130;

  /** Lead outcomes in per mille: qualified 35%, disqualified 40%, the rest still new. */
  private static final int QUALIFIED_PER_MILLE = 350;

  private static final int DISQUALIFIED_PER_MILLE = 400;

  /** Per mille of leads an SDR creates (outbound); marketers create the rest. */
  private static final int OUTBOUND_PER_MILLE = 400;

  /** Per mille of a new hire's trainings done within their first 30 days. */
  private static final int EARLY_PER_MILLE = 850;

  private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

  private final Org org;
  private final int deals;
  private final int accounts;
  private final Rng root;

  ActivityTables(Org org, int deals, int accounts, Rng root) {
    this.org = org;
    this.deals = deals;
    this.accounts = accounts;
    this.root = root;
  }

  /** Up to three trainings for a new hire, one for everyone else who sells. */
  static int maxTrainings(Org org) {
    return (org.people - org.managers) * 3;
  }

  Counts write(OutputFiles files) throws IOException {
    int held;
    try (CsvBuffer out = files.open("meetings.csv")) {
      held = writeMeetings(out);
    }
    try (CsvBuffer out = files.open("leads.csv")) {
      writeLeads(out);
    }
    int trainings;
    try (CsvBuffer out = files.open("trainings.csv")) {
      trainings = writeTrainings(out);
    }
    return new Counts(org.sdrs, org.marketers, deals, held, deals, trainings);
  }

  /** A day of 2027 on or after {@code from}, uniformly. */
  private static LocalDate dayFrom(LocalDate from, Rng rnd) {
    LocalDate first = from.isBefore(DataGenerator.YEAR0) ? DataGenerator.YEAR0 : from;
    int span = (int) (LAST.toEpochDay() - first.toEpochDay()) + 1;
    return first.plusDays(rnd.nextInt(Math.max(1, span)));
  }

  private static LocalDate atMost(LocalDate d) {
    return d.isAfter(LAST) ? LAST : d;
  }

  /** As many meetings as deals, each booked by an SDR with an account; returns how many held. */
  private int writeMeetings(CsvBuffer out) throws IOException {
    Rng rnd = root.fork(7);
    out.header("id", "booked_by", "account", "meeting_date", "status");
    int held = 0;
    for (int i = 0; i < deals; i++) {
      int sdr = org.anySdr(rnd);
      int account = rnd.nextInt(accounts);
      LocalDate date = dayFrom(org.start[sdr], rnd);
      int outcome = rnd.nextInt(1000);
      String status;
      if (outcome < HELD_PER_MILLE) {
        status = "held";
        held++;
      } else if (outcome < HELD_PER_MILLE + NO_SHOW_PER_MILLE) {
        status = "no_show";
      } else {
        status = "cancelled";
      }
      out.padded('m', i, 8)
          .comma()
          .padded('p', sdr, 6)
          .comma()
          .padded('a', account, 7)
          .comma()
          .text(date.toString())
          .comma()
          .text(status)
          .newline();
    }
    return held;
  }

  /** As many leads as deals, by a marketer (inbound) or an SDR (outbound). */
  private void writeLeads(CsvBuffer out) throws IOException {
    Rng rnd = root.fork(8);
    out.header("id", "owner", "created_date", "status", "qualified_date", "source");
    for (int i = 0; i < deals; i++) {
      boolean outbound = rnd.chance(OUTBOUND_PER_MILLE);
      int owner = outbound ? org.anySdr(rnd) : org.anyMarketer(rnd);
      LocalDate created = dayFrom(org.start[owner], rnd);
      int outcome = rnd.nextInt(1000);
      int days = 1 + rnd.nextInt(30);
      String source = outbound ? "outbound" : LEAD_SOURCES[rnd.nextInt(LEAD_SOURCES.length)];
      out.padded('l', i, 8).comma().padded('p', owner, 6).comma().text(created.toString());
      if (outcome < QUALIFIED_PER_MILLE) {
        out.text(",qualified,").text(atMost(created.plusDays(days)).toString());
      } else if (outcome < QUALIFIED_PER_MILLE + DISQUALIFIED_PER_MILLE) {
        out.text(",disqualified,");
      } else {
        out.text(",new,");
      }
      out.comma().text(source).newline();
    }
  }

  /**
   * Trainings of everyone but managers: a 2027 hire takes three courses, mostly in the first 30
   * days after the start; the others take one refresher course at any time of the year.
   */
  private int writeTrainings(CsvBuffer out) throws IOException {
    Rng rnd = root.fork(9);
    out.header("id", "trainee", "course", "completed_on", "score");
    int n = 0;
    for (int p = org.managers; p < org.people; p++) {
      boolean newHire = !org.start[p].isBefore(DataGenerator.YEAR0);
      int courses = newHire ? 3 : 1;
      for (int c = 0; c < courses; c++) {
        LocalDate done;
        if (!newHire) {
          done = dayFrom(org.start[p], rnd);
        } else if (rnd.chance(EARLY_PER_MILLE)) {
          done = atMost(org.start[p].plusDays(rnd.nextInt(30)));
        } else {
          done = atMost(org.start[p].plusDays(30 + rnd.nextInt(60)));
        }
        String course = newHire ? COURSES[c] : COURSES[3 + rnd.nextInt(COURSES.length - 3)];
        out.padded('t', n++, 8)
            .comma()
            .padded('p', p, 6)
            .comma()
            .text(course)
            .comma()
            .text(done.toString())
            .comma()
            .number(60 + rnd.nextInt(41))
            .newline();
      }
    }
    return n;
  }
}
