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

# Hand check (quarterly target = annual target / 4; quota 200,000 per quarter):
# ann (target 40,000 -> 10,000 a quarter)
#   Q1: 240,000 -> 120%, 40% of the way from 100% to 150%: 100% + 0.4 x 100% = 140% -> 14,000.00
#   Q2:  80,000 ->  40%, 0.8 of the way to 50%: 0.8 x 25% = 20% -> 2,000.00
#   Q3: 200,000 -> 100% -> 100% -> 10,000.00
#   Q4: 350,000 -> 175%, beyond the last point: flat 200% -> 20,000.00
# bob (target 48,000 -> 12,000 a quarter)
#   Q1: 150,000 ->  75%: 25% + 0.5 x 75% = 62.5% -> 7,500.00
#   Q3: 260,000 -> 130%: 100% + 0.6 x 100% = 160% -> 19,200.00
#   Q4: 110,000 ->  55%: 25% + 0.1 x 75% = 32.5% -> 3,900.00
# cai (8,000 a quarter) Q1: 33,333 -> 16.6665%: 16.6665% / 50% x 25% = 8.33325% -> 666.66
