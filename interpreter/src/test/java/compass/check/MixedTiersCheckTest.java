package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mixed modes in one table and amounts per unit of a count (issue 15, point 3) as the checker sees
 * them: each row is the tier step of component "Bonus" (line 24, indented two spaces) and its bands
 * (lines 25, 26, ..., indented four; ` ;; ` separates lines), and the diagnostics it gets, exactly;
 * an empty cell: none. The plan is {@link AppliedTiersCheckTest}'s, with one credit source,
 * `deals`.
 */
class MixedTiersCheckTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      # what is right gets nothing: a retroactive run below quota, marginal bands above
      mixed tiers on bookings ;; from 0% to 80% pay 3% retroactive ;; from 80% to 100% pay 6% retroactive ;; from 100% pay 10% marginal |
      mixed tiers on bookings straddle end ;; from 0 pay 2% retroactive ;; from 50_000 pay 5% marginal                                   |
      # ... amounts per deal on a count, in every mode but interpolated
      marginal tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 400 per deal ;; from 7 pay 500 per deal                   |
      retroactive tiers on count of deals ;; from 1 to 4 pay 250 per deal ;; from 4 pay 400 per deal                                      |
      mixed tiers on count of deals ;; from 1 pay 250 per deal retroactive ;; from 7 pay 500 per deal marginal                            |
      marginal tiers on count of deals where amount > 10_000 ;; from 1 pay 250 USD per deal                                                 |
      # E0440: a band of mixed tiers says its mode; only there does a band say it
      mixed tiers on bookings ;; from 0% pay 3% retroactive ;; from 100% pay 10%                                                       | 26:5 E0440 a band of mixed tiers says how it pays: `retroactive` or `marginal` (hint: end the band with its mode, e.g. `from 100% pay 10% marginal`)
      marginal tiers on bookings ;; from 0% pay 3% ;; from 100% pay 10% marginal                                                      | 26:5 E0440 this band says `marginal`, but the table is `marginal`: every band of it pays that way (hint: remove `marginal` from the band, or write `mixed tiers on bookings` and give every band its mode)
      retroactive tiers on attainment applied to base_salary ;; from 0% pay 4% retroactive                                              | 25:5 E0440 this band says `retroactive`, but the table is `retroactive`: every band of it pays that way (hint: remove `retroactive` from the band, or write `mixed tiers on attainment` and give every band its mode)
      # E0441: retroactive bands at the bottom; a band pays retroactive or marginal, at a rate
      mixed tiers on bookings ;; from 0% pay 3% marginal ;; from 100% pay 10% retroactive                                             | 26:5 E0441 a retroactive band above a marginal one: the retroactive bands of mixed tiers are the bottom of the table (hint: list the retroactive bands first (the decelerator below quota), then the marginal ones (the accelerators above))
      mixed tiers on bookings ;; from 0 to 1_000 pay 10 interpolated ;; from 1_000 pay 5% marginal                                   | 25:5 E0441 a band of mixed tiers pays `retroactive` or `marginal`, not `interpolated` (hint: an interpolated table pays amounts prorated across every band: write `interpolated tiers on bookings` for the whole table)
      mixed tiers on bookings ;; from 0% pay 500 retroactive ;; from 100% pay 10% marginal                                             | 25:17 E0441 a band of mixed tiers pays a rate (a percent) on its part of the base, not a number (hint: write e.g. `pay 3% retroactive`, or an amount per unit of a count: `pay 250 per deal retroactive`)
      # `applied to` is one band's rate on a whole amount: not mixed (E0430)
      mixed tiers on attainment applied to base_salary ;; from 0% pay 4% retroactive ;; from 100% pay 8% marginal                      | 24:40 E0430 `applied to` pays the rate of the one band reached on the whole amount, so the table is `retroactive`, not `mixed` (hint: write `retroactive tiers on attainment applied to base_salary`)
      # W0120: every band in one mode
      mixed tiers on bookings ;; from 0% pay 3% marginal ;; from 100% pay 10% marginal                                                | 24:3 W0120 every band of these mixed tiers is marginal (hint: write `marginal tiers on bookings` and drop the modes from the bands)
      # the checks of every table are kept on mixed tables: gaps, overlaps, order, mixed bounds
      mixed tiers on bookings ;; from 0% to 70% pay 3% retroactive ;; from 80% pay 10% marginal                                       | 25:16 E0402 gap between bands: nothing pays from 70% to 80% (hint: end this band where the next one starts (`to 80%`))
      mixed tiers on bookings ;; from 0% to 90% pay 3% retroactive ;; from 80% pay 10% marginal                                       | 25:16 E0403 bands overlap: this band runs to 90% but the next starts at 80% (hint: end this band where the next one starts (`to 80%`))
      mixed tiers on bookings ;; from 100% pay 3% retroactive ;; from 0% pay 10% marginal                                             | 26:10 E0401 tier bands are out of order: 0% comes after 100% (hint: list bands from the lowest bound to the highest)
      mixed tiers on bookings ;; from 0 pay 3% retroactive ;; from 100% pay 10% marginal                                              | 26:10 E0409 this band is a percent but the first band is a number (hint: write all bounds of one table in percent of quota, or all in amounts)
      # E0442: an amount per deal is paid on a count of deals
      marginal tiers on bookings ;; from 1 pay 250 per deal                                                                             | 24:21 E0442 an amount per deal is paid on a count of deals, but `bookings` is not a count (hint: put the count after `on`: `marginal tiers on count of deals`; to pay a rate of an amount, write `pay 5%` in each band)
      marginal tiers on count of deals ;; from 1 pay 250 per meeting                                                                    | 25:24 E0442 the bands pay per meeting but `count of deals` counts deals (hint: write `per deal`, or count the rows paid per)
      marginal tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 400 per meeting                                        | 26:24 E0442 this band pays per meeting but the first per deal (hint: pay every band per the rows the base counts)
      marginal tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 400 per deals                                          |
      # E0443: every band per unit, in money, and no `per deal` or `straddle` on the table
      marginal tiers on count of deals ;; from 1 pay 250 per deal ;; from 4 pay 5%                                                      | 26:16 E0443 this band pays a percent but the table pays per deal: one table pays one way (hint: write `pay 250 per deal` in every band)
      marginal tiers on count of deals ;; from 1 pay 5% per deal                                                                        | 25:16 E0443 an amount per deal is money, but this is a percent (hint: write e.g. `pay 250 per deal`; a rate is paid on an amount: `marginal tiers on bookings` with `pay 5%`)
      interpolated tiers on count of deals ;; from 1 to 4 pay 250 per deal                                                              | 25:29 E0443 interpolated tiers prorate one amount across each band, not an amount per deal (hint: write `marginal tiers on count of deals` to pay each deal the amount of its band)
      marginal tiers on count of deals straddle end ;; from 1 pay 250 per deal                                                          | 25:24 E0443 each deal is one unit of the count, paid the amount of its own band, so `straddle` has nothing to split (hint: remove it from the first line of the table)
      # E0444: bounds are deal numbers
      marginal tiers on count of deals ;; from 0 pay 250 per deal                                                                       | 25:10 E0444 the bounds of bands per deal number the deals (1, 2, 3 ...), but this is before the first deal (hint: write e.g. `from 4 pay 400 per deal` for the 4th deal on)
      marginal tiers on count of deals ;; from 1 pay 250 per deal ;; from 3.5 pay 400 per deal                                         | 26:10 E0444 the bounds of bands per deal number the deals (1, 2, 3 ...), but this is not a whole number (hint: write e.g. `from 4 pay 400 per deal` for the 4th deal on)
      marginal tiers on count of deals ;; from 1% pay 250 per deal                                                                      | 25:10 E0444 the bounds of bands per deal number the deals (1, 2, 3 ...), but this is a percent (hint: write e.g. `from 4 pay 400 per deal` for the 4th deal on)
      marginal tiers on count of deals ;; from 1 pay 250 per deal ;; above 3 pay 400 per deal                                          | 26:5 E0444 bands per deal start `from` a deal number, which they include; `above` is for amounts (hint: write `from 4`)
      # gaps and overlaps on deal numbers, as on every table
      marginal tiers on count of deals ;; from 1 to 3 pay 250 per deal ;; from 4 pay 400 per deal                                      | 25:15 E0402 gap between bands: nothing pays from 3 to 4 (hint: end this band where the next one starts (`to 4`))
      """)
  void eachTableGetsItsDiagnostics(String table, String expected) {
    String[] lines = table.strip().split(" ;; ");
    StringBuilder plan =
        new StringBuilder(AppliedTiersCheckTest.BASE).append("  ").append(lines[0]).append('\n');
    for (int i = 1; i < lines.length; i++) plan.append("    ").append(lines[i]).append('\n');
    assertEquals(
        expected == null ? "" : expected, AppliedTiersCheckTest.check(plan.toString()), table);
  }
}
