# W0101, W0104, W0105: what the plan declares but never uses
plan "Lint: unused" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won

input people from "people.csv":
  id: text
  role: text
  manager: person optional
  nickname: text
  target_incentive: money

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date
  region: text

input targets from "targets.csv":
  rep: person
  month: period
  amount: money

credit deals where stage is closed_won to owner on close_date

quota = 100_000 USD per quarter
bookings = sum of amount
attainment = bookings / quota
helper = bookings * 2
unused_chain = helper + 1
big_deals = count of deals where amount > 50_000

component "Commission" for role ae:
  marginal tiers on bookings
    from 0% pay 5%
    from 100% pay 8%
