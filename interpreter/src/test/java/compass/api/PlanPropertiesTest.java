package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import compass.diag.DiagnosticRenderer;
import compass.result.LineItem;
import compass.result.Reconciliation;
import compass.result.StatementRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Issue 7 point 5: properties of every run, on generated plans (tiers, kickers, SPIFs, monthly or
 * quarterly, cumulative or not) and generated data (QuickTheories drives the seeds; each scenario
 * prints its plan and data when a property fails). Bounded tries keep the suite fast; a longer run:
 * {@code mvn -pl interpreter -am test -Dtest=PlanPropertiesTest -Dproperties.tries=2000}.
 */
class PlanPropertiesTest {
  private static final int TRIES = Integer.getInteger("properties.tries", 25);
  private static final long SEED = Long.getLong("properties.seed", 20271127L);

  @TempDir Path dir;
  private final AtomicLong runs = new AtomicLong();

  /** A generated plan and its data files. */
  record Scenario(String plan, List<String> people, List<String> deals, boolean withCaps) {
    static final String PEOPLE_HEADER = "id,role,target_incentive";
    static final String DEALS_HEADER = "id,owner,amount,stage,close_date,term_months";

    @Override
    public String toString() {
      return plan
          + "\n--- people.csv\n"
          + PEOPLE_HEADER
          + "\n"
          + String.join("\n", people)
          + "\n--- deals.csv\n"
          + DEALS_HEADER
          + "\n"
          + String.join("\n", deals);
    }

    Scenario withDeals(List<String> rows) {
      return new Scenario(plan, people, rows, withCaps);
    }

    Scenario withPeople(List<String> rows) {
      return new Scenario(plan, rows, deals, withCaps);
    }
  }

  static Gen<Scenario> scenarios(boolean capsAndGates) {
    return longs()
        .all()
        .map(seed -> scenario(new Random(seed), capsAndGates))
        .describedAs(Scenario::toString);
  }

  static Scenario scenario(Random r, boolean capsAndGates) {
    boolean cumulative = r.nextBoolean();
    boolean retroactive = r.nextInt(3) == 0;
    StringBuilder p = new StringBuilder("plan \"Generated\" version 1\n  currency USD\n");
    p.append("  pays ").append(r.nextBoolean() ? "quarterly" : "monthly").append('\n');
    p.append("  effective 2027-01-01 to 2027-12-31\n");
    if (r.nextBoolean()) p.append("  rounding half_up\n");
    p.append(
        """

        stages open, closed_won, closed_lost

        input people from "people.csv":
          id: text
          role: text
          target_incentive: money

        input deals from "deals.csv":
          id: text
          owner: person
          amount: money
          stage: stage
          close_date: date optional
          term_months: integer

        credit deals where stage is closed_won to owner on close_date

        """);
    p.append("quota = ").append(10_000 * (1 + r.nextInt(30))).append(" USD per quarter\n");
    p.append("bookings = sum of amount\nattainment = bookings / quota\n\n");
    p.append("component \"Commission\" for role ae")
        .append(cumulative ? " cumulative over year" : "")
        .append(":\n  ")
        .append(retroactive ? "retroactive" : "marginal")
        .append(" tiers on bookings\n");
    boolean multiplied =
        !retroactive && r.nextBoolean(); // `multiply by 1.x where ...` on some deals
    int bands = 1 + r.nextInt(4);
    int bound = 0;
    int rate = r.nextInt(6);
    for (int b = 0; b < bands; b++) {
      p.append("    from ").append(bound).append("% pay ").append(rate).append("%\n");
      bound += 10 + r.nextInt(60);
      // more bookings never earn less: marginal rates may fall (never below zero), each band still
      // adds. Not when a rate applies to everything (retroactive), nor when some deals are
      // multiplied: an extra deal earlier in the year would push a multiplied deal into a lower
      // band (the property really does fail then, so those plans keep rates that never fall).
      rate = retroactive || multiplied ? rate + r.nextInt(5) : Math.max(0, rate + r.nextInt(9) - 4);
    }
    if (multiplied)
      p.append("  multiply by 1.").append(1 + r.nextInt(9)).append(" where term_months >= 24\n");
    if (capsAndGates && r.nextBoolean())
      p.append("  cap ").append(1 + r.nextInt(3)).append(" x target_incentive per year\n");
    if (capsAndGates && r.nextBoolean())
      p.append("  gate attainment >= ").append(r.nextInt(80)).append("%\n");
    if (r.nextBoolean()) {
      p.append("\ncomponent \"SPIF\" for role ae:\n  pay ")
          .append(100 * (1 + r.nextInt(10)))
          .append(" per deal where term_months >= 24\n");
    }
    if (r.nextBoolean()) {
      p.append("\ncomponent \"Kicker\" for role ae:\n  pay ")
          .append(500 * (1 + r.nextInt(10)))
          .append(" if attainment >= ")
          .append(50 + r.nextInt(150))
          .append("%\n");
    }
    int n = 1 + r.nextInt(4);
    List<String> people = new ArrayList<>();
    for (int i = 1; i <= n; i++) people.add("p" + i + ",ae," + (10_000 + 1_000 * r.nextInt(50)));
    int m = r.nextInt(30);
    List<String> deals = new ArrayList<>();
    for (int i = 1; i <= m; i++) deals.add(deal(r, "d" + i, "p" + (1 + r.nextInt(n))));
    return new Scenario(p.toString(), people, deals, capsAndGates);
  }

  static String deal(Random r, String id, String owner) {
    String[] stages = {"open", "closed_won", "closed_won", "closed_won", "closed_lost"};
    String stage = stages[r.nextInt(stages.length)];
    String amount = BigDecimal.valueOf(1 + r.nextInt(30_000_000), 2).toPlainString();
    String date =
        r.nextInt(10) == 0
            ? "" // an open deal without a close date
            : LocalDate.of(r.nextInt(12) == 0 ? 2026 : 2027, 1, 1)
                .plusDays(r.nextInt(365))
                .toString();
    int[] terms = {12, 24, 36};
    return id + "," + owner + "," + amount + "," + stage + "," + date + "," + terms[r.nextInt(3)];
  }

  /** Writes the scenario into a folder of its own and runs it with line items. */
  RunResult run(Scenario s, boolean keepGoing) {
    try {
      Path folder = Files.createDirectories(dir.resolve("run" + runs.incrementAndGet()));
      Files.writeString(folder.resolve("plan.comp"), s.plan());
      Files.writeString(
          folder.resolve("people.csv"),
          Scenario.PEOPLE_HEADER + "\n" + String.join("\n", s.people()) + "\n");
      Files.writeString(
          folder.resolve("deals.csv"),
          Scenario.DEALS_HEADER + "\n" + String.join("\n", s.deals()) + "\n");
      RunResult result =
          Compass.run(new RunRequest(folder.resolve("plan.comp"), null, null, true, keepGoing));
      assertTrue(result.ok(), () -> DiagnosticRenderer.renderAll(result.diagnostics()));
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(Gen<Scenario> gen, java.util.function.Consumer<Scenario> property) {
    qt().withExamples(TRIES)
        .withFixedSeed(SEED)
        .withShrinkCycles(0)
        .forAll(gen)
        .checkAssert(property);
  }

  @Test
  void shufflingInputRowsNeverChangesAnyPayout() {
    check(
        scenarios(true),
        s -> {
          RunResult original = run(s, false);
          Random r = new Random(s.hashCode());
          List<String> deals = new ArrayList<>(s.deals());
          List<String> people = new ArrayList<>(s.people());
          Collections.shuffle(deals, r);
          Collections.shuffle(people, r);
          RunResult shuffled = run(s.withDeals(deals).withPeople(people), false);
          assertEquals(original.rows(), shuffled.rows());
          assertEquals(
              original.lines().stream()
                  .map(
                      l ->
                          List.of(l.participant(), l.period(), l.component(), l.deal(), l.amount()))
                  .toList(),
              shuffled.lines().stream()
                  .map(
                      l ->
                          List.of(l.participant(), l.period(), l.component(), l.deal(), l.amount()))
                  .toList());
          assertEquals(original.reconciliation(), shuffled.reconciliation());
        });
  }

  @Test
  void withoutCapsAndGatesAnotherCreditedDealNeverLowersEarnings() {
    check(
        scenarios(false),
        s -> {
          Random r = new Random(s.hashCode());
          String owner = "p" + (1 + r.nextInt(s.people().size()));
          String amount = BigDecimal.valueOf(1 + r.nextInt(30_000_000), 2).toPlainString();
          String date = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(365)).toString();
          List<String> more = new ArrayList<>(s.deals());
          more.add(
              r.nextInt(more.size() + 1),
              "extra,"
                  + owner
                  + ","
                  + amount
                  + ",closed_won,"
                  + date
                  + ","
                  + (12 * (1 + r.nextInt(3))));
          List<BigDecimal> before = cumulativeEarnings(run(s, false), owner);
          List<BigDecimal> after = cumulativeEarnings(run(s.withDeals(more), false), owner);
          assertEquals(before.size(), after.size());
          // at the end of every period, not only of the year: earnings to date never go down
          for (int k = 0; k < before.size(); k++) {
            assertTrue(
                after.get(k).compareTo(before.get(k)) >= 0,
                owner
                    + " had earned "
                    + before.get(k)
                    + " by period "
                    + (k + 1)
                    + ", then "
                    + after.get(k));
          }
        });
  }

  /** The participant's earnings to date at the end of each period, in period order. */
  private static List<BigDecimal> cumulativeEarnings(RunResult result, String participant) {
    List<BigDecimal> out = new ArrayList<>();
    BigDecimal toDate = BigDecimal.ZERO;
    for (StatementRow row : result.rows()) {
      if (!row.participant().equals(participant)) continue;
      toDate = toDate.add(row.earned());
      out.add(toDate);
    }
    return out;
  }

  @Test
  void everyStatementsTotalIsTheSumOfItsLineItems() {
    check(
        scenarios(true),
        s -> {
          RunResult result = run(s, false);
          Map<String, BigDecimal> sums = new HashMap<>();
          for (LineItem l : result.lines())
            sums.merge(l.participant() + " " + l.period(), l.amount(), BigDecimal::add);
          for (StatementRow row : result.rows()) {
            BigDecimal lines =
                sums.getOrDefault(row.participant() + " " + row.period(), BigDecimal.ZERO);
            assertEquals(
                0,
                row.payout().compareTo(lines),
                row.participant()
                    + " "
                    + row.period()
                    + ": payout "
                    + row.payout()
                    + ", lines "
                    + lines);
          }
        });
  }

  @Test
  void everyDealReadIsCreditedExcludedOrRejected() {
    check(
        scenarios(true),
        s -> {
          Random r = new Random(s.hashCode());
          List<String> deals = new ArrayList<>(s.deals());
          String[] bad = {
            "bad%d,p1,1,000.00,closed_won,2027-03-01,12",
            "bad%d,nobody,5,closed_won,2027-03-01,12",
            "bad%d,p1,5,closed_won,2027-02-30,12",
            "bad%d,p1,12;5,closed_won,2027-03-01,12",
            "bad%d,p1,5,won,2027-03-01,12"
          };
          int rejected = r.nextInt(4);
          for (int i = 0; i < rejected; i++) {
            deals.add(r.nextInt(deals.size() + 1), String.format(bad[r.nextInt(bad.length)], i));
          }
          Reconciliation plain = run(s, false).reconciliation();
          assertEquals(s.deals().size(), plain.read());
          assertEquals(plain.read(), plain.credited() + plain.excludedCount());
          RunResult kept = run(s.withDeals(deals), true);
          Reconciliation rec = kept.reconciliation();
          assertEquals(deals.size(), rec.read());
          assertEquals(rejected, rec.rejected());
          assertEquals(rejected, kept.rejects().size());
          assertEquals(rec.read(), rec.credited() + rec.excludedCount() + rec.rejected());
          assertEquals(plain.credited(), rec.credited()); // the bad rows took nothing from the good
        });
  }

  /** Split credit: the shares of each deal add up to 100%, so the credited amounts add up to it. */
  @Test
  void splitCreditIsConserved() {
    Gen<long[]> seeds = longs().all().map(seed -> new long[] {seed});
    qt().withExamples(TRIES)
        .withFixedSeed(SEED)
        .withShrinkCycles(0)
        .forAll(seeds)
        .checkAssert(
            seed -> {
              Random r = new Random(seed[0]);
              int n = 2 + r.nextInt(3);
              List<String> people = new ArrayList<>();
              for (int i = 1; i <= n; i++) people.add("p" + i + ",ae,10000");
              List<String> deals = new ArrayList<>();
              BigDecimal won = BigDecimal.ZERO;
              for (int i = 1; i <= r.nextInt(25); i++) {
                int share = r.nextInt(101);
                BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(2_000_000));
                boolean isWon = r.nextInt(4) > 0;
                if (isWon) won = won.add(amount);
                String owner = "p" + (1 + r.nextInt(n));
                String second =
                    "p" + (1 + r.nextInt(n)); // may be the owner: both parts are still theirs
                deals.add(
                    "d"
                        + i
                        + ","
                        + owner
                        + ","
                        + second
                        + ","
                        + share
                        + "%,"
                        + (100 - share)
                        + "%,"
                        + amount
                        + ","
                        + (isWon ? "closed_won" : "open")
                        + ",2027-0"
                        + (1 + r.nextInt(9))
                        + "-15");
              }
              String plan =
                  """
          plan "Split" version 1
            currency USD
            pays quarterly
            effective 2027-01-01 to 2027-12-31

          stages open, closed_won

          input people from "people.csv":
            id: text
            role: text
            target_incentive: money

          input deals from "deals.csv":
            id: text
            owner: person
            second: person
            owner_share: percent
            second_share: percent
            amount: money
            stage: stage
            close_date: date

          credit deals where stage is closed_won to owner share owner_share, second share second_share on close_date

          bookings = sum of amount

          component "Credit" for role ae:
            pay 100% of bookings
          """;
              try {
                Path folder =
                    Files.createDirectories(dir.resolve("split" + runs.incrementAndGet()));
                Files.writeString(folder.resolve("plan.comp"), plan);
                Files.writeString(
                    folder.resolve("people.csv"),
                    "id,role,target_incentive\n" + String.join("\n", people) + "\n");
                Files.writeString(
                    folder.resolve("deals.csv"),
                    "id,owner,second,owner_share,second_share,amount,stage,close_date\n"
                        + String.join("\n", deals)
                        + "\n");
                RunResult result =
                    Compass.run(new RunRequest(folder.resolve("plan.comp"), null, null));
                assertTrue(result.ok(), () -> DiagnosticRenderer.renderAll(result.diagnostics()));
                BigDecimal credited =
                    result.rows().stream()
                        .map(StatementRow::payout)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                // whole amounts and whole percents: every share is exact to the cent, no rounding
                assertEquals(
                    0,
                    won.compareTo(credited),
                    "won " + won + ", credited " + credited + "\n" + deals);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
