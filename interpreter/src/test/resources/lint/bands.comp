# W0102: bands that can never pay, where the plan's literals prove it
plan "Lint: bands" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won

input people from "people.csv":
  id: text

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date

credit deals where stage is closed_won to owner on close_date

bookings = sum of amount
capped = min(bookings, 200_000)
points = curve on bookings:
  0 -> 0
  100_000 -> 5_000

component "Above the base's limit":
  marginal tiers on capped
    from 0 pay 5%
    from 100_000 pay 8%
    from 250_000 pay 10%

component "At the curve's end, retroactive: reached":
  retroactive tiers on points
    from 0 pay 1%
    from 5_000 pay 2%

component "Above the curve's end":
  retroactive tiers on points
    from 0 pay 1%
    above 5_000 pay 2%

component "Above the cap":
  marginal tiers on bookings
    from 0 pay 10%
    from 100_000 pay 20%
    from 200_000 pay 30%
    from 300_000 pay 40%
  multiply by 1.5
  cap 25_000 per year

component "Interpolated, above the cap":
  interpolated tiers on bookings
    from 0 to 1_000 pay 10
    from 1_000 to 3_000 pay 40
    from 3_000 to 5_000 pay 100
  cap 50

component "A multiplier below 1 before the cap: no warning":
  marginal tiers on bookings
    from 0 pay 10%
    from 100_000 pay 20%
    from 200_000 pay 30%
  multiply by 0.5
  cap 25_000
