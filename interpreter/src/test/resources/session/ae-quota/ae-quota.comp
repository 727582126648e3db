# Account Executive plan, FY2027: quarterly quota, marginal tiers with an accelerator above
# quota, a multi-year kicker, a cap of twice the target incentive, and a Q1 SPIF.
# The deals file is a CRM export used as it is: its column names have spaces and capitals.
plan "AE FY2027" version 3
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages prospecting, qualification, demonstration, negotiation, closed_won, closed_lost

input people from "people.csv":
  id: text
  # people.csv has a `name` column too; the plan does not read it, so it does not declare it
  role: text
  target_incentive: money

input deals from "deals.csv":
  id: text from "Opportunity ID"
  owner: person from "Opportunity Owner"
  amount: money from "Amount"
  stage: stage from "Stage"
  close_date: date from "Close Date" optional
  term_months: integer from "Term (months)"

credit deals where stage is closed_won to owner on close_date

quota = 250_000 USD per quarter
bookings = sum of amount
attainment = bookings / quota

# Cumulative over the year: each quarter pays what the year to date earned, minus what was
# already paid, so a slow quarter followed by a strong one trues up.
component "Commission" for role ae cumulative over year:
  marginal tiers on bookings
    from 0% pay 5%
    from 50% pay 8%
    from 100% pay 12%  # the accelerator
  multiply by 1.2 where term_months >= 24
  cap 2 x target_incentive per year

component "Multi-year SPIF" for role ae:
  pay 500 per deal where term_months >= 24 and close_date in 2027-Q1

component "President's club kicker" for role ae:
  pay 2_500 if attainment >= 150%

# Tests: `compass test stdlib-plans/plans/ae-quota`. Each runs the plan on the rows written here
# (people: id role target_incentive; deals: id owner amount stage close_date term_months).
# Quota 250,000 a quarter, so the bands start at 0, 125,000 and 250,000 of bookings.

test "accelerator above quota":
  people: ann ae 40_000
  deals:
    D1 ann 300_000 closed_won 2027-02-10 12
    D2 ann 50_000 closed_lost 2027-02-20 12  # lost: not credited
  # 125,000 x 5% + 125,000 x 8% + 50,000 x 12% = 6,250 + 10,000 + 6,000 = 22,250
  expect bookings(ann, 2027-Q1) = 300_000.00
  expect attainment(ann, 2027-Q1) = 120%
  expect line(ann, 2027-Q1, "Commission", D1) = 22_250.00
  expect payout(ann, 2027-Q1) = 22_250.00

test "multi-year kicker, SPIF and President's club":
  people: ann ae 40_000
  deals: D1 ann 400_000 closed_won 2027-03-01 term_months 24
  # tiers: 6,250 + 10,000 + 150,000 x 12% = 34,250; x 1.2 for a 24-month term = 41,100
  # SPIF 500 (24 months, closed in Q1); attainment 160% >= 150%: kicker 2,500
  expect line(ann, 2027-Q1, "Commission") = 41_100.00
  expect line(ann, 2027-Q1, "Multi-year SPIF") = 500.00
  expect line(ann, 2027-Q1, "President's club kicker") = 2_500.00
  expect payout(ann, 2027-Q1) = 44_100.00

test "cap of twice the target incentive per year":
  people: ann, role ae, target_incentive 10_000  # cap 20,000 a year
  deals:
    D1 ann 300_000 closed_won 2027-02-10 12
    D2 ann 100_000 closed_won 2027-05-10 12
  # Q1 earns 22,250, capped at 20,000. Q2 year to date: 400,000 against 500,000:
  # 250,000 x 5% + 150,000 x 8% = 24,500, capped at 20,000, less 20,000 paid = 0
  expect payout(ann, 2027-Q1) = 20_000.00
  expect payout(ann, 2027-Q2) = 0.00
  expect bookings(ann, 2027-H1) = 400_000.00
  expect payout(ann, FY2027) = 20_000.00
