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

# Tests: `compass test stdlib-plans/plans/recoverable-draw`, the hand checks of the bundled data
# (people: id role; deals: id owner amount stage close_date). Draw D = 4,000 a month; recovery
# r = min(balance B, 50% of earned) (SEMANTICS 10); commission 10% of the month's bookings.

test "behind early and catching up, the recovery capped at half the earnings":
  people: ann ae
  deals:
    R01 ann 10_000 closed_won 2027-01-28
    R02 ann 30_000 closed_won 2027-03-15
    R03 ann 90_000 closed_won 2027-04-09
    R04 ann 60_000 closed_won 2027-05-21
    R05 ann 100_000 closed_won 2027-07-30
    R06 ann 150_000 closed_won 2027-10-12
    R07 ann 120_000 closed_won 2027-12-03
  # Jan earned 1,000 < D: pay 4,000, B = 3,000      Feb earned 0: pay 4,000, B = 7,000
  # Mar earned 3,000: pay 4,000, B = 8,000
  # Apr earned 9,000: r = min(8,000, 4,500) = 4,500, pay 4,500, B = 3,500
  # May earned 6,000: r = min(3,500, 3,000) = 3,000, pay 3,000, B = 500
  # Jun earned 0: pay 4,000, B = 4,500
  # Jul earned 10,000: r = min(4,500, 5,000) = 4,500, pay 5,500, B = 0
  # Aug, Sep earned 0: pay 4,000 each, B = 8,000
  # Oct earned 15,000: r = min(8,000, 7,500) = 7,500, pay 7,500, B = 500
  # Nov earned 0: pay 4,000, B = 4,500
  # Dec earned 12,000: r = min(4,500, 6,000) = 4,500, pay 7,500, B = 0.
  # Year: paid 3 x 4,000 + 4,500 + 3,000 + 4,000 + 5,500 + 2 x 4,000 + 7,500 + 4,000 + 7,500 =
  # 56,000 = earned 1,000 + 3,000 + 9,000 + 6,000 + 10,000 + 15,000 + 12,000.
  expect payout(ann, 2027-01) = 4_000.00
  expect draw_balance(ann, 2027-01) = 3_000.00
  expect draw_balance(ann, 2027-03) = 8_000.00
  expect payout(ann, 2027-04) = 4_500.00
  expect draw_balance(ann, 2027-04) = 3_500.00
  expect payout(ann, 2027-05) = 3_000.00
  expect draw_balance(ann, 2027-05) = 500.00
  expect payout(ann, 2027-07) = 5_500.00
  expect draw_balance(ann, 2027-07) = 0.00
  expect payout(ann, 2027-10) = 7_500.00
  expect draw_balance(ann, 2027-10) = 500.00
  expect payout(ann, 2027-12) = 7_500.00
  expect draw_balance(ann, 2027-12) = 0.00
  expect payout(ann, FY2027) = 56_000.00
  expect earned(ann, FY2027) = 56_000.00

test "a month that earns the draw exactly still recovers; the year-end balance is forgiven":
  people: bob ae
  deals:
    R10 bob 100_000 closed_won 2027-04-19
    R15 bob 35_000 closed_lost 2027-06-10  # lost: June earns nothing
    R12 bob 120_000 closed_won 2027-08-16
    R13 bob 42_000 closed_won 2027-09-08
    R14 bob 40_000 closed_won 2027-11-22
  # Jan-Mar earned 0: pay 4,000 each, B = 12,000. Apr 10,000: r = min(12,000, 5,000) = 5,000,
  # pay 5,000, B = 7,000. May 0: B = 11,000; Jun 0: B = 15,000; Jul 0: B = 19,000.
  # Aug 12,000: r = min(19,000, 6,000) = 6,000, pay 6,000, B = 13,000.
  # Sep 4,200: r = min(13,000, 2,100) = 2,100, pay 2,100, B = 10,900. Oct 0: B = 14,900.
  # Nov 4,000 (not below D): r = 2,000, pay 2,000, B = 12,900. Dec 0: pay 4,000, B = 16,900,
  # forgiven at year end: the balance shows 0.00.
  expect payout(bob, 2027-04) = 5_000.00
  expect draw_balance(bob, 2027-04) = 7_000.00
  expect payout(bob, 2027-08) = 6_000.00
  expect payout(bob, 2027-09) = 2_100.00
  expect draw_balance(bob, 2027-09) = 10_900.00
  expect payout(bob, 2027-11) = 2_000.00
  expect draw_balance(bob, 2027-11) = 12_900.00
  expect payout(bob, 2027-12) = 4_000.00
  expect draw_balance(bob, 2027-12) = 0.00

test "no draw for a role the draw does not name":
  people: cai csm
  deals: R16 cai 60_000 closed_won 2027-02-02
  # cai (csm, no draw): Feb 60,000 x 3% = 1,800.00; January earns nothing and pays nothing.
  expect payout(cai, 2027-01) = 0.00
  expect payout(cai, 2027-02) = 1_800.00
  expect draw_balance(cai, 2027-02) = 0.00
