# Benchmark B1 (../shared/bench/README.md): account executives on cumulative marginal tiers
# with a cap and a multi-year SPIF; managers on an override of their team's bookings.
plan "B1 AE and manager plan" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31
  rounding half_even

stages prospecting, qualification, research, demonstration, objections,
    closed_won, nurturing, closed_lost

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
