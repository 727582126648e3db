# Three different mistakes in one plan: all three are reported in one run.
plan "Three mistakes" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  target_incentive: money

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date

credit deals where stage is closed_won to owner on close_date

quota = 100_000 USD per quarter
bookings = sum of amout
bonus = target_incentive + 5%

component "Commission":
  marginal tiers on bookings
    from 0% to 40% pay 5%
    from 50% pay 8%
    from 100% pay 12%
