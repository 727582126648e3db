# The plan WarmUp parses and checks while the command line is read (issue 20): the constructs
# most plans use, so that the parser's prediction tables and the checker's code are ready when the
# real plan comes. It is never run and no output depends on it.
plan "Warm-up" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31
  rounding half_even

stages prospecting, negotiation, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  manager: person optional
  target_incentive: money

input deals from "deals.csv":
  id: text from "Opportunity ID"
  owner: person
  amount: money
  stage: stage
  close_date: date optional
  term_months: integer

credit deals where stage is closed_won and close_date in FY2027 to owner on close_date

quota = 250_000 USD per quarter
bookings = sum of amount
attainment = bookings / quota

component "Commission" for role ae cumulative over year:
  marginal tiers on bookings
    from 0% pay 5%
    from 50% pay 8%
    from 100% pay 12%
  multiply by 1.2 where term_months >= 24
  cap 2 x target_incentive per year

component "Multi-year SPIF" for role ae:
  pay 500 per deal where term_months >= 24 and close_date in 2027-Q1

component "Kicker" for role ae:
  pay 2_500 if attainment >= 150%

component "Override" for role manager:
  pay 1% of team bookings

test "warm-up":
  people:
    mia, role "manager", target_incentive 50_000
    ann ae mia 60_000
  deals: D1 ann 200_000 closed_won 2027-02-10 12
  # 125,000 x 5% + 75,000 x 8% = 12,250.00; mia: 1% of 200,000 = 2,000.00
  expect payout(ann, 2027-Q1) = 12_250.00
  expect payout(mia, 2027-Q1) = 2_000.00
