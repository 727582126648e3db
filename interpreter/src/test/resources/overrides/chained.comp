plan "Chained overrides" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages prospecting, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  team: text
  target_incentive: money

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date
  term_months: integer

credit deals where stage is closed_won to owner on close_date

quota = 100_000 USD per quarter
bookings = sum of amount
override quota for ann from 2027-02-01 = 120_000 per quarter
override quota for ann from 2027-05-01 = 150_000 per quarter
override quota for role ae from 2027-07-01 = 110_000 per quarter

component "Commission":
  marginal tiers on bookings
    from 0% pay 10%
    from 100% pay 15%

override tiers of "Commission" for ann from 2027-04-01:
  from 0% pay 12%
  from 80% pay 20%
override tiers of "Commission" for ann from 2027-05-01:
  from 0% pay 14%
