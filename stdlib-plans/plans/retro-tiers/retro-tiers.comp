# Retroactive ("cliff") tiers, monthly: the band that contains the month's attainment sets one
# rate for the whole month's bookings. Monthly quotas come from a quotas table; a rep with no
# quota for a month (on leave) is paid nothing on tiers that month, by the zero-quota rule.
plan "Inside sales retroactive FY2027" version 1
  currency EUR
  fiscal year starts January
  pays monthly
  effective 2027-01-01 to 2027-06-30
  rounding half_up

stages open, won, lost

input people from "people.csv":
  id: text
  role: text

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  won_on: date optional

input quotas from "quotas.csv":
  rep: person
  month: period
  amount: money

credit deals where stage is won to owner on won_on

quota = quotas.amount
bookings = sum of amount
deals_won = count of deals
attainment = bookings / quota
when quota is 0 then attainment = 0%

component "Commission":
  retroactive tiers on bookings
    from 0% pay 3%
    from 80% pay 6%
    from 100% pay 9%
    above 130% pay 11%

component "Activity bonus":
  pay 150 if deals_won >= 3 and attainment >= 100%

# Tests: `compass test stdlib-plans/plans/retro-tiers`. Rows: people (id role), quotas
# (rep month amount), deals (id owner amount stage won_on; won_on may be left out).

test "the month's band sets one rate for all its bookings":
  people: eva inside
  quotas:
    eva 2027-01 20_000
    eva 2027-02 20_000
  deals:
    E1 eva 8_000 won 2027-01-05
    E2 eva 6_000 won 2027-01-19
    E3 eva 2_000 won 2027-01-30
    E4 eva 27_000 won 2027-02-10
    E5 eva 1_000 won 2027-03-05
    E6 eva 9_000 open  # not won: no date, not credited
  # January: 16,000 of 20,000 is exactly 80%, in the band from 80%: 16,000 x 6% = 960
  expect attainment(eva, 2027-01) = 80%
  expect payout(eva, 2027-01) = 960.00
  # February: 27,000 of 20,000 is 135%, above 130%: 27,000 x 11% = 2,970
  expect payout(eva, 2027-02) = 2_970.00
  # March has no quota row: quota 0, attainment 0% by the `when` rule: 1,000 x 3% = 30
  expect quota(eva, 2027-03) = 0
  expect attainment(eva, 2027-03) = 0%
  expect payout(eva, 2027-03) = 30.00
  expect payout(eva, 2027-H1) = 3_960.00

test "above 130% excludes 130% itself":
  people: gus inside
  quotas: gus 2027-02 10_000
  deals: G1 gus 13_000 won 2027-02-27
  # exactly 130%: still the band from 100%: 13,000 x 9% = 1,170
  expect line(gus, 2027-02, "Commission", G1) = 1_170.00
  expect payout(gus, 2027-02) = 1_170.00

test "activity bonus with three deals at quota":
  people: fin inside
  quotas: fin 2027-06 15_000
  deals:
    F1 fin 10_000 won 2027-06-01
    F2 fin 5_000 won 2027-06-02
    F3 fin 500 won 2027-06-03
  # 15,500 of 15,000 is above 100%: 15,500 x 9% = 1,395; three deals at quota: bonus 150
  expect deals_won(fin, 2027-06) = 3
  expect line(fin, 2027-06, "Commission") = 1_395.00
  expect line(fin, 2027-06, "Activity bonus") = 150.00
  expect payout(fin, 2027-06) = 1_545.00
