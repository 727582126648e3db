# Manager overrides, paid quarterly, FY2027. Every closed deal is credited to its owner and rolled
# up the whole manager chain (from the `manager` column): a first-line manager is credited with
# the deals of the reps reporting to them (and their own, for a player-coach), and the
# second-level manager (the VP) with every deal of the organisation. Reps earn commission on
# their own bookings in money tiers; managers earn a 2% override on their rolled-up bookings plus
# a team bonus when their direct reports' bookings (`team bookings`, which leaves out the
# manager's own deals) reach 200,000 in the quarter; the VP earns a 1% override.
plan "Sales org overrides FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  manager: text optional

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date optional

credit deals where stage is closed_won to owner on close_date roll up all levels

bookings = sum of amount

component "Commission" for role ae:
  marginal tiers on bookings
    from 0 pay 8%
    from 150_000 pay 12%

component "Manager override" for role manager:
  pay bookings * 2%

component "Team bonus" for role manager:
  pay 2_500 if team bookings >= 200_000

component "VP override" for role vp:
  pay bookings * 1%

# Tests: `compass test stdlib-plans/plans/manager-override`, the hand checks of the bundled data
# (people: id role manager; deals: id owner amount stage close_date). The role "manager" is
# quoted: a plain `manager` there would be read as the name of the field `manager`.

test "overrides roll up the chain; the team bonus counts only the reports' deals":
  people:
    vic vp
    mia "manager" vic
    max "manager" vic
    ann ae mia
    bob ae mia
    cai ae max
  deals:
    D01 ann 90_000 closed_won 2027-01-15
    D02 bob 60_000 closed_won 2027-02-20
    D03 cai 120_000 closed_won 2027-03-30
    D04 ann 100_000 closed_won 2027-05-10
    D05 ann 70_000 closed_won 2027-06-12
    D06 bob 40_000 closed_lost 2027-04-02
    D07 cai 80_000 closed_won 2027-08-19
    D08 max 50_000 closed_won 2027-07-22
    D09 bob 150_000 closed_won 2027-09-09
    D11 cai 200_000 closed_won 2027-12-15
  # mia (manager of ann and bob), Q2: ann D04 100,000 + D05 70,000 = 170,000 (bob's D06 is
  # lost); override 170,000 x 2% = 3,400.00; team bookings 170,000 < 200,000: no bonus.
  expect bookings(mia, 2027-Q2) = 170_000.00
  expect payout(mia, 2027-Q2) = 3_400.00
  # max (manager of cai, sells himself), Q3: cai D07 80,000 + own D08 50,000 = 130,000 x 2% =
  # 2,600.00; team bookings are cai's 80,000 only: no bonus. Q4: cai D11 200,000 x 2% =
  # 4,000.00; team bookings 200,000 >= 200,000: bonus 2,500.00; 6,500.00 in all.
  expect payout(max, 2027-Q3) = 2_600.00
  expect line(max, 2027-Q4, "Manager override") = 4_000.00
  expect line(max, 2027-Q4, "Team bonus") = 2_500.00
  expect payout(max, 2027-Q4) = 6_500.00
  # vic (VP, two levels up): every deal of the quarter. Q1: 90,000 + 60,000 + 120,000 = 270,000
  # x 1% = 2,700.00; Q3: 80,000 + 50,000 + 150,000 = 280,000 x 1% = 2,800.00.
  expect payout(vic, 2027-Q1) = 2_700.00
  expect payout(vic, 2027-Q3) = 2_800.00
  # ann Q2: 150,000 x 8% + 20,000 x 12% = 12,000 + 2,400 = 14,400.00.
  # bob Q3: 150,000 exactly, all below the 150,000 bound: 150,000 x 8% = 12,000.00.
  expect payout(ann, 2027-Q2) = 14_400.00
  expect payout(bob, 2027-Q3) = 12_000.00
