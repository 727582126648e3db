# On-target incentive paid on a payout curve, quarterly, FY2027. Each rep has an annual target
# incentive (a quarter of it is at stake each quarter) and a quarterly quota of 200,000. The
# quarter's attainment is read on a curve through four points, straight lines between them and
# flat beyond the last point: 50% attainment pays 25% of target, 100% pays 100%, 150% or more
# pays 200% (the accelerated part of the curve is steeper than the decelerated part).
plan "OTE curve FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  target_incentive: money

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date optional

credit deals where stage is closed_won to owner on close_date

import "stdlib/lib/measures.comp"  # bookings, attainment, deals_won

quota = 200_000 per quarter
quarterly_target = target_incentive / 4

payout_factor = curve on attainment:
  0% -> 0%
  50% -> 25%
  100% -> 100%
  150% -> 200%

component "Target incentive" for role ae:
  pay quarterly_target * payout_factor

# Tests: `compass test stdlib-plans/plans/ote-curve`, the hand checks of the bundled data
# (people: id role target_incentive; deals: id owner amount stage close_date). The quarterly
# target is the annual one / 4; quota 200,000 per quarter.

test "between the points, on them and beyond the last":
  people: ann ae 40_000  # 10,000 a quarter
  deals:
    N01 ann 140_000 closed_won 2027-02-11
    N02 ann 100_000 closed_won 2027-03-29
    N03 ann 80_000 closed_won 2027-05-06
    N04 ann 200_000 closed_won 2027-08-31
    N05 ann 350_000 closed_won 2027-12-20
  # Q1: 240,000 -> 120%, 40% of the way from 100% to 150%: 100% + 0.4 x 100% = 140% -> 14,000
  # Q2: 80,000 -> 40%, 0.8 of the way to 50%: 0.8 x 25% = 20% -> 2,000.00
  # Q3: 200,000 -> 100% -> 100% -> 10,000.00
  # Q4: 350,000 -> 175%, beyond the last point: flat 200% -> 20,000.00
  expect attainment(ann, 2027-Q1) = 120%
  expect payout_factor(ann, 2027-Q1) = 140%
  expect payout(ann, 2027-Q1) = 14_000.00
  expect payout_factor(ann, 2027-Q2) = 20%
  expect payout(ann, 2027-Q2) = 2_000.00
  expect payout(ann, 2027-Q3) = 10_000.00
  expect payout_factor(ann, 2027-Q4) = 200%
  expect payout(ann, 2027-Q4) = 20_000.00

test "the decelerated and the accelerated slopes":
  people: bob ae 48_000  # 12,000 a quarter
  deals:
    N06 bob 150_000 closed_won 2027-01-25
    N07 bob 95_000 closed_lost 2027-06-14  # lost: Q2 attains 0%, pays nothing
    N08 bob 160_000 closed_won 2027-07-01
    N09 bob 100_000 closed_won 2027-09-30
    N10 bob 110_000 closed_won 2027-10-18
  # Q1: 150,000 -> 75%: 25% + 0.5 x 75% = 62.5% -> 7,500.00
  # Q3: 260,000 -> 130%: 100% + 0.6 x 100% = 160% -> 19,200.00
  # Q4: 110,000 -> 55%: 25% + 0.1 x 75% = 32.5% -> 3,900.00
  expect payout_factor(bob, 2027-Q1) = 62.5%
  expect payout(bob, 2027-Q1) = 7_500.00
  expect payout(bob, 2027-Q2) = 0.00
  expect payout(bob, 2027-Q3) = 19_200.00
  expect payout_factor(bob, 2027-Q4) = 32.5%
  expect payout(bob, 2027-Q4) = 3_900.00

test "attainment of an odd amount is kept exact":
  people: cai ae 32_000  # 8,000 a quarter
  deals:
    N11 cai 33_333 closed_won 2027-03-03
    N12 cai 190_000 closed_won 2027-04-30
  # Q1: 33,333 / 200,000 = 16.6665%; 16.6665% / 50% x 25% = 8.33325%;
  # 8,000 x 8.33325% = 666.66 exactly.
  # Q2: 190,000 -> 95%: 25% + 0.9 x 75% = 92.5% -> 7,400.00
  expect attainment(cai, 2027-Q1) = 16.6665%
  expect payout_factor(cai, 2027-Q1) = 8.33325%
  expect payout(cai, 2027-Q1) = 666.66
  expect payout(cai, 2027-Q2) = 7_400.00
