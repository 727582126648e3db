# Store floor staff paid every week, FY2027 (issue 15.5). Pay weeks start on the plan's effective
# date, Friday 2027-01-01, and run Friday to Thursday: week 13 is Mar 26 .. Apr 1, and week 53 is
# Dec 31 alone, cut at the fiscal year end. Associates earn 5% of what they sell and a 50 streak
# bonus in any week whose last 4 weeks sold 10,000 or more, against a draw of 200 a week paid in
# advance on the first day of the week; a draw balance left at year end is forgiven. Store leads
# get a store bonus of 1,300 a quarter, paid week by week by days.
plan "Store floor FY2027" version 1
  currency USD
  pays weekly
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
  close_date: date

credit deals where stage is closed_won to owner on close_date

draw 200 per week recoverable paid in advance forgiven at year end for role associate

bookings = sum of amount

component "Commission" for role associate:
  pay 5% of bookings

component "Streak" for role associate:
  pay 50 if bookings trailing 4 weeks >= 10_000

component "Store bonus" for role lead:
  pay 1_300 per quarter spread by days

# Tests: `compass test stdlib-plans/plans/weekly-store`, checked by hand.

test "an associate against a draw paid in advance":
  people: ann associate
  deals:
    A1 ann 3_000 closed_won 2027-01-05
    A2 ann 5_000 closed_won 2027-01-12
    A3 ann 4_000 closed_won 2027-01-20
  # W01 (Jan 1 .. 7): earned 5% x 3,000 = 150: the advance of 200 paid it, 50 owed (B = 50);
  # the week pays the advance, 200.
  # W02: 250 earned; the 50 above the advance recovers the 50 owed: B = 0, pays 200.
  # W03: 200 + the streak (weeks 1-3 sold 12,000 >= 10,000) 50 = 250: nothing owed, so the
  # 50 above the advance is paid: 250.
  # W04: the streak again (weeks 1-4: 12,000): earned 50, B = 150, pays 200.
  # W05: weeks 2-5 sold 9,000, no streak: earned 0, B = 350, pays 200.
  expect payout(ann, 2027-W01) = 200.00
  expect draw_balance(ann, 2027-W01) = 50.00
  expect payout(ann, 2027-W02) = 200.00
  expect draw_balance(ann, 2027-W02) = 0.00
  expect payout(ann, 2027-W03) = 250.00
  expect payout(ann, 2027-W04) = 200.00
  expect draw_balance(ann, 2027-W05) = 350.00
  # weeks 1-53 pay the advance: 52 x 200 and week 53 (1 day) 200 x 1/7 = 28.57, plus week 3's
  # 50 more: 10,478.57; the balance 350 + 47 x 200 + 28.57 = 9,778.57 is forgiven at year end
  expect payout(ann, FY2027) = 10_478.57
  expect draw_balance(ann, 2027-W53) = 0.00

test "a store bonus per quarter paid week by week by days":
  people: lee lead
  deals: A9 lee 1_000 closed_lost 2027-02-02
  # Q1 (90 days): 1,300 x 7/90 = 101.111.. -> 101.11 a week; its last 6 days (week 13) take the
  # remainder 1,300 - 12 x 101.11 = 86.68, and week 13 also holds Apr 1, 1 of Q2's 91 days:
  # 1,300 / 91 = 14.285.. -> 14.29; 86.68 + 14.29 = 100.97.
  # Q2: 1,300 x 7/91 = 100.00 a week.
  expect payout(lee, 2027-W01) = 101.11
  expect payout(lee, 2027-W13) = 100.97
  expect payout(lee, 2027-W14) = 100.00
  # two-week period 3 is weeks 5 and 6
  expect payout(lee, 2027-P03) = 202.22
  expect payout(lee, FY2027) = 5_200.00
