# A plan whose test has mistakes the checker finds, for TestCommandIT.
plan "Demo" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won

input people from "people.csv":
  id: text
  role: text

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date

credit deals where stage is closed_won to owner on close_date

quota = 100_000 USD per quarter
bookings = sum of amount

component "Commission" for role ae:
  marginal tiers on bookings
    from 0% pay 5%

test "mistakes in the test itself":
  people: ann ae
  deals: d1 ann closed_won 1_000 2027-02-01
  expect payout(ann, 2027-02) = 50.00
