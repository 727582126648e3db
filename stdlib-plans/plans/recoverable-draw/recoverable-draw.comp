# A recoverable draw, paid monthly, FY2027. Account executives are guaranteed 4,000 a month
# against their commission: in a month that earns less, the draw tops the payout up to 4,000 and
# the top-up is carried as a draw balance; in a month that earns at least 4,000 no draw is given
# and the balance is recovered from the earnings, at most 50% of the month's earnings (the
# recovery cap), so a rep recovering a draw is never paid less than half of what they earned.
# A balance left at year end is forgiven. Customer success managers have no draw.
plan "AE draw FY2027" version 1
  currency USD
  fiscal year starts January
  pays monthly
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

credit deals where stage is closed_won to owner on close_date

draw 4_000 per month recoverable recovery cap 50% forgiven at year end for role ae

bookings = sum of amount

component "Commission" for role ae:
  pay bookings * 10%

component "Renewal commission" for role csm:
  pay bookings * 3%

# Hand check (draw D = 4,000 a month; recovery r = min(balance B, 50% of earned)):
# ann, behind early and catching up:
#   Jan earned 1,000 < D: pay 4,000, B = 3,000      Feb earned 0: pay 4,000, B = 7,000
#   Mar earned 3,000: pay 4,000, B = 8,000
#   Apr earned 9,000: r = min(8,000, 4,500) = 4,500, pay 4,500, B = 3,500
#   May earned 6,000: r = min(3,500, 3,000) = 3,000, pay 3,000, B = 500
#   Jun earned 0: pay 4,000, B = 4,500
#   Jul earned 10,000: r = min(4,500, 5,000) = 4,500, pay 5,500, B = 0
#   Aug, Sep earned 0: pay 4,000 each, B = 8,000
#   Oct earned 15,000: r = min(8,000, 7,500) = 7,500, pay 7,500, B = 500
#   Nov earned 0: pay 4,000, B = 4,500
#   Dec earned 12,000: r = 4,500, pay 7,500, B = 0; year total paid 56,000 = earned 56,000.
# bob: Mar 0 -> pay 4,000, B = 4,000; Apr 10,000: r = 4,000, pay 6,000, B = 0;
#   Jun, Jul 0 -> B = 8,000; Aug 12,000: r = 6,000, pay 6,000, B = 2,000; Sep 4,200: r = 2,000,
#   pay 2,200, B = 0; Oct 0 -> B = 4,000; Nov 4,000 (not below D): r = 2,000, pay 2,000,
#   B = 2,000; Dec 0 -> pay 4,000, B = 6,000, forgiven at year end (balance shown 0.00).
# cai (csm, no draw): Feb 60,000 x 3% = 1,800.00.
