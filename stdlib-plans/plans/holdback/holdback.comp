# Holdbacks and cash collection, paid quarterly, FY2027. New-business commission (8%) is earned
# at close but only 70% is payable then; the other 30% is held for 90 days, the length of the
# clawback window, and released in the quarter that contains close_date + 90 days. A deal
# cancelled inside the window takes back what was paid and the held part is never paid.
# Services commission (5%) becomes payable in proportion to the cash collected on the deal (the
# payments table): what is not collected by year end stays held.
plan "Holdback FY2027" version 1
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
  kind: text
  stage: stage
  close_date: date optional
  cancel_date: date optional

input payments from "payments.csv":
  deal: text
  date: date
  amount: money

credit deals where stage is closed_won to owner on close_date

clawback cancelled deals within 90 days on cancel_date

new_bookings = sum of amount where kind = "new"
services_bookings = sum of amount where kind = "services"

component "New business" for role ae:
  marginal tiers on new_bookings
    from 0 pay 8%
  pay out 70% on close_date, 30% on close_date + 90 days

component "Services" for role ae:
  marginal tiers on services_bookings
    from 0 pay 5%
  pay out as collected by payments

# Tests: `compass test stdlib-plans/plans/holdback`. Rows: people (id role), deals (id owner
# amount kind stage close_date, cancel_date optional), payments (deal date amount).

test "a holdback releases 30% after 90 days; services pay as cash comes in":
  people: bob ae
  deals:
    H04 bob 60_000 new closed_won 2027-03-31       # 8%: 4,800 = 3,360 now + 1,440 on 2027-06-29
    S02 bob 30_000 services closed_won 2027-02-15  # 5%: 1,500, payable as collected
  payments:
    S02 2027-04-30 6_000   # 20% of 30,000 collected: 300
    S02 2027-08-15 12_000  # 60% by now: 600 more
  # Q1: earned 4,800 + 1,500 = 6,300; payable 3,360; held 1,440 + 1,500 = 2,940
  expect earned(bob, 2027-Q1) = 6_300.00
  expect payable(bob, 2027-Q1) = 3_360.00
  expect held(bob, 2027-Q1) = 2_940.00
  # Q2: the held 1,440 released + 300 collected = 1,740; still held 1,500 - 300 = 1,200
  expect line(bob, 2027-Q2, "Services", S02) = 300.00
  expect payout(bob, 2027-Q2) = 1_740.00
  expect held(bob, 2027-Q2) = 1_200.00
  # Q3: 600 collected; 40% of the services commission is never collected: 600 held at year end
  expect payout(bob, 2027-Q3) = 600.00
  expect held(bob, FY2027) = 600.00
  expect payout(bob, FY2027) = 5_700.00

test "a cancellation takes back what was paid and cancels what is held":
  people: ann ae
  deals:
    H01 ann 100_000 new closed_won 2027-01-15
    H02 ann 50_000 new closed_won 2027-02-20 2027-04-10
    S01 ann 20_000 services closed_won 2027-02-01
    H03 ann 80_000 new closed_won 2027-11-20
  payments:
    S01 2027-03-01 10_000
    S01 2027-05-01 10_000
  # H01 100,000 x 8% = 8,000: 5,600 in Q1, 2,400 on 2027-04-15 (Jan 15 + 16 + 28 + 31 + 15 =
  #   90 days: Q2).
  # H02 50,000 x 8% = 4,000: 2,800 paid in Q1, 1,200 held until 2027-05-21; cancelled
  #   2027-04-10, 49 days after closing (8 + 31 + 10): Q2 takes back the 2,800 paid (-2,800) and
  #   the held 1,200 is cancelled, never paid (SEMANTICS 11a): Q2 earns -4,000.
  # S01 20,000 x 5% = 1,000: half collected 2027-03-01 -> 500 in Q1, the rest 2027-05-01 -> 500.
  # H03 80,000 x 8% = 6,400: 4,480 in Q4, 1,920 held (released 2028-02-18, after the year).
  # Q1: earned 8,000 + 4,000 + 1,000 = 13,000, payable 5,600 + 2,800 + 500 = 8,900, held
  #   2,400 + 1,200 + 500 = 4,100.
  # Q2: payable -2,800 + 2,400 + 500 = 100; held 0 (2,400 and 500 released, 1,200 cancelled).
  # Q4: payable 4,480, held 1,920.
  expect earned(ann, 2027-Q1) = 13_000.00
  expect payable(ann, 2027-Q1) = 8_900.00
  expect held(ann, 2027-Q1) = 4_100.00
  expect line(ann, 2027-Q2, "New business", H02) = -2_800.00
  expect earned(ann, 2027-Q2) = -4_000.00
  expect payout(ann, 2027-Q2) = 100.00
  expect held(ann, 2027-Q2) = 0.00
  expect payable(ann, 2027-Q4) = 4_480.00
  expect held(ann, 2027-Q4) = 1_920.00
