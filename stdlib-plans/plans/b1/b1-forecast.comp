# Benchmark B1 (../shared/bench/README.md) with win rates for `compass forecast`: account executives on cumulative marginal tiers
# with a cap and a multi-year SPIF; managers on an override of their team's bookings.
plan "B1 AE and manager plan, with win rates" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31
  rounding half_even

# The win rates are what `compass forecast` reads (issue 18): an open deal in a stage is won with
# its stage's rate; closed_won (100%) is where a won deal goes, closed_lost (0%) stays lost.
stages prospecting, qualification, research, demonstration, objections,
    closed_won, nurturing, closed_lost with win rates prospecting 10%, qualification 20%,
    research 30%, demonstration 45%, objections 60%, closed_won 100%, nurturing 5%, closed_lost 0%

input people from "people.csv":
  id: text
  role: text
  manager: person optional
  target_incentive: money

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date
  term_months: integer

credit deals where stage is closed_won and close_date in FY2027 to owner on close_date

quota = 250_000 per quarter
bookings = sum of amount

component "Commission" for role ae cumulative over year:
  marginal tiers on bookings
    from 0% pay 5%
    from 50% pay 8%
    from 100% pay 12%
  cap 2 x target_incentive per year

component "Multi-year SPIF" for role ae:
  pay 500 per deal where term_months >= 24

component "Override" for role manager:
  pay 1% of team bookings

# Tests: `compass test stdlib-plans/plans/b1` (people: id role manager target_incentive; deals:
# id owner amount stage close_date term_months). The commission is cumulative over the year:
# marginal tiers on year-to-date bookings against the year-to-date quota (250,000 x quarters),
# less what earlier quarters paid; its bands start at 50% and 100% of that quota.

test "cumulative marginal tiers, quarter by quarter":
  people: ann, role ae, target_incentive 60_000  # cap 120,000 a year: never reached here
  deals:
    D1 ann 200_000 closed_won 2027-02-10 12
    D2 ann 250_000 closed_won 2027-05-10 12
    D3 ann 400_000 closed_won 2027-08-10 12
  # Q1: 200,000 against 250,000: 125,000 x 5% + 75,000 x 8% = 6,250 + 6,000 = 12,250.00
  # Q2: 450,000 against 500,000: 250,000 x 5% + 200,000 x 8% = 12,500 + 16,000 = 28,500,
  #   less 12,250 paid = 16,250.00
  # Q3: 850,000 against 750,000: 375,000 x 5% + 375,000 x 8% + 100,000 x 12%
  #   = 18,750 + 30,000 + 12,000 = 60,750, less 28,500 paid = 32,250.00
  expect payout(ann, 2027-Q1) = 12_250.00
  expect payout(ann, 2027-Q2) = 16_250.00
  expect bookings(ann, 2027-H1) = 450_000.00
  expect payout(ann, 2027-Q3) = 32_250.00
  expect payout(ann, FY2027) = 60_750.00

test "the yearly cap stops the commission, not the SPIF":
  people: ann, role ae, target_incentive 20_000  # cap 2 x 20,000 = 40,000 a year
  deals: D1 ann 1_000_000 closed_won 2027-03-01 36
  # Q1: 125,000 x 5% + 125,000 x 8% + 750,000 x 12% = 6,250 + 10,000 + 90,000 = 106,250,
  #   capped at 40,000; the SPIF (36 months >= 24) 500 is not capped: 40,500.00
  # Q2, no new deal: 1,000,000 against 500,000 earns 92,500 year to date, capped at 40,000,
  #   less 40,000 paid = 0.00
  expect line(ann, 2027-Q1, "Commission") = 40_000.00
  expect line(ann, 2027-Q1, "Multi-year SPIF", D1) = 500.00
  expect payout(ann, 2027-Q1) = 40_500.00
  expect payout(ann, 2027-Q2) = 0.00

test "the manager's override on the team's bookings":
  people:
    mia, role "manager", target_incentive 50_000
    ann ae mia 60_000
  deals:
    D1 ann 300_000 closed_won 2027-02-10 12
    D2 ann 80_000 closed_lost 2027-02-20 12  # lost: not credited
    D3 ann 100_000 closed_won 2026-12-30 12  # closed before FY2027: not credited
  # ann Q1: 300,000 against 250,000: 6,250 + 10,000 + 50,000 x 12% = 22,250.00
  # mia Q1: 1% of her team's bookings, ann's 300,000 = 3,000.00
  expect payout(ann, 2027-Q1) = 22_250.00
  expect payout(mia, 2027-Q1) = 3_000.00
