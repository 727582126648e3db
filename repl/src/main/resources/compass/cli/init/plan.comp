# NAME: a plan to start from, made by `compass init`. Change it to your own, then:
#   compass check plan.comp   finds type, unit and tier mistakes, reading no data
#   compass test plan.comp    runs the tests at the end of this file
#   compass run plan.comp     pays everyone in people.csv on the deals in deals.csv
# The language: docs/language.md in the Compass repository.
plan "NAME" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date optional

credit deals where stage is closed_won to owner on close_date

quota = 100_000 USD per quarter
bookings = sum of amount
attainment = bookings / quota

# 5% of bookings up to quota, 10% above it.
component "Commission" for role ae:
  marginal tiers on bookings
    from 0% pay 5%
    from 100% pay 10%

# Tests: each runs the plan on the rows written here (people: id role; deals: id owner amount
# stage close_date), never on the files. Quota is 100,000 a quarter.

test "below quota":
  people: ann ae
  deals: D1 ann 60_000 closed_won 2027-02-10
  # 60,000 x 5% = 3,000
  expect attainment(ann, 2027-Q1) = 60%
  expect payout(ann, 2027-Q1) = 3_000.00

test "accelerator above quota; a lost deal is not credited":
  people: ann ae
  deals:
    D1 ann 150_000 closed_won 2027-02-10
    D2 ann 40_000 closed_lost 2027-02-20
  # 100,000 x 5% + 50,000 x 10% = 5,000 + 5,000 = 10,000
  expect bookings(ann, 2027-Q1) = 150_000.00
  expect payout(ann, 2027-Q1) = 10_000.00
