package compass.cli.generate;

import java.time.LocalDate;

/**
 * Who the generated people are, by id range: managers first ({@code p000000} on), then (only with
 * activities) SDRs and marketers, then AEs. Start dates are filled in as people.csv is written.
 */
final class Org {
  /** A role: its text in people.csv, its target incentive, and how often it starts in 2027. */
  enum Role {
    MANAGER("manager", 40000, 0),
    SDR("sdr", 30000, 300),
    MARKETER("marketer", 20000, 150),
    AE("ae", 60000, 150);

    final String text;
    final int targetIncentive;

    /** Per mille of the role's people hired in 2027 (only with activities). */
    final int newHirePerMille;

    Role(String text, int targetIncentive, int newHirePerMille) {
      this.text = text;
      this.targetIncentive = targetIncentive;
      this.newHirePerMille = newHirePerMille;
    }
  }

  /** A 2027 start is on one of the first this many days, leaving time for trainings after it. */
  static final int LAST_2027_START = 270;

  final int people;
  final int managers;
  final int firstSdr;
  final int sdrs;
  final int firstMarketer;
  final int marketers;
  final int firstAe;
  final LocalDate[] start;

  private Org(int people, int managers, int sdrs, int marketers) {
    this.people = people;
    this.managers = managers;
    this.firstSdr = managers;
    this.sdrs = sdrs;
    this.firstMarketer = managers + sdrs;
    this.marketers = marketers;
    this.firstAe = firstMarketer + marketers;
    this.start = new LocalDate[people];
  }

  /**
   * Without activities, every person who is not a manager is an AE; with them, {@code sdrs} SDRs
   * (when positive, else 4% of the people) and 2% marketers (at least one of each).
   */
  static Org of(int people, int managers, boolean activities, int sdrs) {
    if (!activities) return new Org(people, managers, 0, 0);
    return new Org(people, managers, sdrs(people, sdrs), marketers(people));
  }

  static int sdrs(int people, int sdrs) {
    return sdrs > 0 ? sdrs : Math.max(1, people * 4 / 100);
  }

  static int marketers(int people) {
    return Math.max(1, people * 2 / 100);
  }

  Role role(int person) {
    if (person < firstSdr) return Role.MANAGER;
    if (person < firstMarketer) return Role.SDR;
    if (person < firstAe) return Role.MARKETER;
    return Role.AE;
  }

  int aes() {
    return people - firstAe;
  }

  int anySdr(Rng rnd) {
    return firstSdr + rnd.nextInt(sdrs);
  }

  int anyMarketer(Rng rnd) {
    return firstMarketer + rnd.nextInt(marketers);
  }
}
