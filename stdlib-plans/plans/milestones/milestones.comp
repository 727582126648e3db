# Milestone payouts, paid quarterly, FY2027. Commission is earned when a deal closes, but only
# half of it is payable then; the other half becomes payable when the customer goes live, in the
# quarter that contains the go-live date. A deal that has not gone live by the end of the year
# (no go-live date yet, or one after the year) keeps its second half held: the statement shows
# earned, payable and held separately.
plan "Milestones FY2027" version 1
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
  go_live_date: date optional

credit deals where stage is closed_won to owner on close_date

bookings = sum of amount

component "Commission" for role ae:
  marginal tiers on bookings
    from 0 pay 8%
  pay out 50% on close_date, 50% on go_live_date

# Tests: `compass test stdlib-plans/plans/milestones`, the hand checks of the bundled data
# (people: id role; deals: id owner amount stage close_date go_live_date). Commission 8% of each
# deal, half payable at close, half at go-live; `held` is what is earned and not yet payable at
# the end of the quarter.

test "half at close, half at go-live; no go-live date keeps it held":
  people: ann ae
  deals:
    M01 ann 100_000 closed_won 2027-01-20 2027-02-28
    M02 ann 50_000 closed_won 2027-03-15 2027-05-10
    M03 ann 80_000 closed_won 2027-06-20 2027-10-01
    M04 ann 60_000 closed_won 2027-11-05
  # M01 100,000 -> 8,000 earned Q1, live in Q1: 4,000 + 4,000 in Q1.
  # M02 50,000 -> 4,000 earned Q1: 2,000 in Q1, 2,000 in Q2 (live 2027-05-10).
  # M03 80,000 -> 6,400 earned Q2: 3,200 in Q2, 3,200 in Q4 (live 2027-10-01).
  # M04 60,000 -> 4,800 earned Q4: 2,400 in Q4, 2,400 held (not live yet).
  # Q1 earned 12,000, payable 10,000, held 2,000; Q2 earned 6,400, payable 2,000 + 3,200 =
  # 5,200, held 3,200; Q3 nothing, held 3,200; Q4 earned 4,800, payable 3,200 + 2,400 = 5,600,
  # held 2,400. Year: paid 10,000 + 5,200 + 5,600 = 20,800 + held 2,400 = earned 23,200.
  expect earned(ann, 2027-Q1) = 12_000.00
  expect payable(ann, 2027-Q1) = 10_000.00
  expect held(ann, 2027-Q1) = 2_000.00
  expect payable(ann, 2027-Q2) = 5_200.00
  expect held(ann, 2027-Q2) = 3_200.00
  expect payout(ann, 2027-Q3) = 0.00
  expect held(ann, 2027-Q3) = 3_200.00
  expect payable(ann, 2027-Q4) = 5_600.00
  expect held(ann, 2027-Q4) = 2_400.00
  expect payout(ann, FY2027) = 20_800.00
  expect earned(ann, FY2027) = 23_200.00

test "a go-live after the year stays held":
  people: bob ae
  deals:
    M05 bob 120_000 closed_won 2027-02-10 2027-04-15
    M06 bob 40_000 closed_won 2027-05-30 2027-08-30
    M07 bob 90_000 closed_won 2027-09-12 2028-01-20
  # M05 120,000 -> 9,600: 4,800 Q1 + 4,800 Q2; M06 40,000 -> 3,200: 1,600 Q2 + 1,600 Q3;
  # M07 90,000 -> 7,200: 3,600 Q3, 3,600 held (goes live 2028-01-20, after the year).
  # Q1 4,800 (held 4,800), Q2 4,800 + 1,600 = 6,400 (held 1,600), Q3 1,600 + 3,600 = 5,200
  # (held 3,600), Q4 0 (held 3,600).
  expect payout(bob, 2027-Q1) = 4_800.00
  expect held(bob, 2027-Q1) = 4_800.00
  expect payout(bob, 2027-Q2) = 6_400.00
  expect held(bob, 2027-Q2) = 1_600.00
  expect payout(bob, 2027-Q3) = 5_200.00
  expect held(bob, 2027-Q3) = 3_600.00
  expect payout(bob, 2027-Q4) = 0.00
  expect held(bob, 2027-Q4) = 3_600.00
