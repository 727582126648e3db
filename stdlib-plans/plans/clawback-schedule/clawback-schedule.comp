# Clawbacks by a schedule of months served and on leaving, paid quarterly, FY2027. Commission is
# 10% of each won deal: 70% payable at close, 30% held for 180 days. A cancelled deal is taken
# back by the months served from its close date to the cancellation: all of it in the first three
# months, half in months 3 to 6, nothing after. A rep who leaves gives back half of the commission
# on deals closed in the 90 days before the leaving date that are not yet live. What is still
# held is cancelled first; only the rest is clawed back from what was paid (README, "Clawbacks").
plan "Clawback schedule FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  end_date: date optional

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date optional
  cancel_date: date optional
  status: text

credit deals where stage is closed_won to owner on close_date

clawback cancelled deals on cancel_date by months served:
  from 0 to 3 months reverse 100%
  from 3 to 6 months reverse 50%
  from 6 months reverse 0%

clawback 50% of deals within 90 days before leaving on end_date where status is not "live"

component "Commission" for role ae:
  pay amount * 10% per deal
  pay out 70% on close_date, 30% on close_date + 180 days

# Tests: `compass test stdlib-plans/plans/clawback-schedule`. Rows: people (id role, end_date
# optional), deals (id owner amount stage close_date cancel_date status). Each deal's commission
# is 10%: 70% payable at close, 30% on close_date + 180 days.

test "the schedule takes back by whole months served; what is held is cancelled first":
  people: ann ae
  deals:
    K01 ann 30_000 closed_won 2027-01-20 2027-04-15 open
    K02 ann 50_000 closed_won 2027-02-10 2027-06-15 open
    K03 ann 20_000 closed_won 2027-03-01 2027-10-01 live
    K09 ann 100_000 closed_won 2027-08-20 status open
  # K01 3,000: 2,100 paid in Q1, 900 held to 2027-07-19. Cancelled 2027-04-15: 2 whole months
  #   served (01-20 to 03-20; 04-15 is before 04-20): 100% reversed = 3,000: the held 900
  #   cancelled, 2,100 clawed back in Q2.
  # K02 5,000: 3,500 paid in Q1, 1,500 held to 2027-08-09. Cancelled 2027-06-15: 4 months served
  #   (02-10 to 06-10): 50% = 2,500 reversed: the held 1,500 cancelled, 1,000 clawed back in Q2.
  # K03 2,000: 1,400 in Q1, 600 on 2027-08-28 (Q3). Cancelled 2027-10-01 after 7 months: 0%.
  # K09 10,000: 7,000 in Q3, 3,000 held to 2028-02-16 (after the year).
  # Q1: earned 10,000, payable 2,100 + 3,500 + 1,400 = 7,000, held 900 + 1,500 + 600 = 3,000.
  # Q2: payable -2,100 - 1,000 = -3,100: paid 0, 3,100 owed; earned -(900 + 2,100) - (1,500 +
  #   1,000) = -5,500; held 600.
  # Q3: payable 600 + 7,000 = 7,600, less the 3,100 owed: payout 4,500; held 3,000.
  expect earned(ann, 2027-Q1) = 10_000.00
  expect payable(ann, 2027-Q1) = 7_000.00
  expect line(ann, 2027-Q2, "Commission", K01) = -2_100.00
  expect line(ann, 2027-Q2, "Commission", K02) = -1_000.00
  expect earned(ann, 2027-Q2) = -5_500.00
  expect owed(ann, 2027-Q2) = 3_100.00
  expect held(ann, 2027-Q2) = 600.00
  expect payout(ann, 2027-Q3) = 4_500.00
  expect held(ann, FY2027) = 3_000.00

test "leaving takes back half of what is not live, closed in the 90 days before":
  people: bob ae 2027-08-31
  deals:
    K06 bob 10_000 closed_won 2027-03-10 status open
    K04 bob 40_000 closed_won 2027-06-20 status open
    K05 bob 60_000 closed_won 2027-07-15 status live
  # bob leaves 2027-08-31 (Q3).
  # K06 1,000: closed 174 days before: outside the 90 days; 700 in Q1, 300 on 2027-09-06 (Q3).
  # K04 4,000: closed 72 days before (10 + 31 + 31), open: 50% = 2,000 reversed in Q3: the held
  #   1,200 (due 2027-12-17) cancelled, 800 clawed back from the 2,800 paid in Q2.
  # K05 6,000: live, kept: 4,200 in Q3, 1,800 held to 2028-01-11.
  # Q3: payable 4,200 + 300 - 800 = 3,700; earned 6,000 - 1,200 - 800 = 4,000; held 1,800.
  expect line(bob, 2027-Q3, "Commission", K04) = -800.00
  expect payout(bob, 2027-Q3) = 3_700.00
  expect earned(bob, 2027-Q3) = 4_000.00
  expect held(bob, 2027-Q3) = 1_800.00
  expect payout(bob, FY2027) = 7_200.00
