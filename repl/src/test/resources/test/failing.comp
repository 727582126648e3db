# A plan whose tests fail, for TestCommandIT: one passes, one expects wrong numbers, one has a
# deal owned by someone the test does not list. The Kicker is never earned (see --coverage).
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

component "Kicker" for role ae:
  pay 500 if bookings >= quota

test "commission at 5%":
  people: ann ae
  deals: d1 ann 1_000 closed_won 2027-02-01
  expect payout(ann, 2027-Q1) = 50.00

test "a wrong expectation":
  people: ann ae
  deals:
    d1 ann 1_000 closed_won 2027-02-01
    d2 ann 3_000 closed_won 2027-05-01
  expect payout(ann, 2027-Q1) = 60.00
  expect bookings(ann, FY2027) = 4_000.00
  expect line(ann, 2027-Q2, "Commission", d2) = 1_500.00

test "an owner who is not in the test's people":
  people: ann ae
  deals: d1 bob 1_000 closed_won 2027-02-01
  expect payout(ann, 2027-Q1) = 0.00
