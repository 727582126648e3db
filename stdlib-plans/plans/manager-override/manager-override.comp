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

# Hand check:
# mia (manager of ann and bob), Q2: rolled-up bookings = ann D04 100,000 + D05 70,000 = 170,000
#   (bob's D06 is lost); override 170,000 x 2% = 3,400.00; team bookings 170,000 < 200,000: no bonus.
# max (manager of cai, sells himself), Q3: bookings = cai D07 80,000 + own D08 50,000 = 130,000;
#   override 2,600.00; team bookings = cai's 80,000 only: no bonus.
#   Q4: bookings = cai D11 200,000 -> 4,000.00; team bookings 200,000 >= 200,000 -> bonus 2,500.00.
# vic (VP, two levels up), Q3: every deal of the quarter, 80,000 + 50,000 + 150,000 = 280,000 x 1%
#   = 2,800.00; Q1: 90,000 + 60,000 + 120,000 = 270,000 -> 2,700.00.
# ann Q2: 150,000 x 8% + 20,000 x 12% = 12,000 + 2,400 = 14,400.00.
# bob Q3: 150,000 exactly, all below the 150,000 bound: 150,000 x 8% = 12,000.00.
