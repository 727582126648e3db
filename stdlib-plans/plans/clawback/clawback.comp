# Clawbacks, paid quarterly, FY2027. A deal cancelled within 90 days of its close date is taken
# back in the quarter of the cancellation, prorated by the unserved part of its contract (whole
# months served out of term_months); a deal cancelled later is not taken back. The commission is
# cumulative over the year (marginal tiers on year-to-date bookings against year-to-date quota),
# so a cancellation re-enters the true-up; the multi-year SPIF is paid per deal and its reversal
# is a negative line for that deal. A quarter that ends negative is carried as owed.
plan "Clawback FY2027" version 1
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
  term_months: integer
  cancel_date: date optional

credit deals where stage is closed_won to owner on close_date

clawback cancelled deals within 90 days on cancel_date prorated by term_months

quota = 200_000 per quarter
bookings = sum of amount

component "Commission" for role ae cumulative over year:
  marginal tiers on bookings
    from 0% pay 5%
    from 100% pay 10%

component "Multi-year SPIF" for role ae:
  pay 1_200 per deal where term_months >= 24

# Tests: `compass test stdlib-plans/plans/clawback`, the hand checks of the bundled data, one
# participant each (people: id role; deals: id owner amount stage close_date term_months
# cancel_date). Quarterly quota 200,000, year to date 200,000 x quarters; a negative true-up of
# the cumulative commission is carried as owed (SEMANTICS 7), the SPIF is paid apart.

test "a deal cancelled 15 days after closing is taken back whole":
  people: cai ae
  deals:
    C08 cai 100_000 closed_won 2027-06-30 12 2027-07-15
    C09 cai 220_000 closed_won 2027-09-20 36
  # Q2: C08 100,000 x 5% = 5,000.00. C08 is cancelled 2027-07-15, 15 days after closing, no whole
  # month served: reversed whole. Q3 year to date without C08: C09 220,000 x 5% = 11,000, less
  # the 5,000 paid = 6,000, plus the SPIF of C09 (36 months) 1,200 = 7,200.00.
  expect payout(cai, 2027-Q2) = 5_000.00
  expect line(cai, 2027-Q3, "Commission") = 6_000.00
  expect line(cai, 2027-Q3, "Multi-year SPIF", C09) = 1_200.00
  expect payout(cai, 2027-Q3) = 7_200.00

test "a prorated reversal is carried as owed; a cancellation after 90 days is not taken back":
  people: ann ae
  deals:
    C01 ann 120_000 closed_won 2027-02-15 12 2027-04-20
    C02 ann 150_000 closed_won 2027-03-05 36
    C03 ann 90_000 closed_won 2027-05-12 24 2027-10-01
    C04 ann 60_000 closed_won 2027-08-08 12
  # Q1: 120,000 + 150,000 = 270,000: 200,000 x 5% + 70,000 x 10% = 10,000 + 7,000 = 17,000,
  # SPIF C02 1,200 -> 18,200.00.
  # C01 is cancelled 2027-04-20, 64 days after closing (13 + 31 + 20), 2 whole months served of
  # 12 (02-15 to 04-15): the year to date keeps 2/12 x 120,000 = 20,000 (SEMANTICS 11).
  # C03 is cancelled 2027-10-01, 142 days after closing (19 + 30 + 31 + 31 + 30 + 1): outside
  # the 90 days, it stays in the year to date and keeps its SPIF.
  # Q2 year to date 20,000 + 150,000 + 90,000 = 260,000 < 400,000: x 5% = 13,000, less 17,000
  # paid = -4,000, carried as owed; the SPIF of C03 (24 months) 1,200 is paid.
  # Q3 year to date 260,000 + 60,000 = 320,000 < 600,000: x 5% = 16,000 - 17,000: 1,000 owed.
  expect payout(ann, 2027-Q1) = 18_200.00
  expect payout(ann, 2027-Q2) = 1_200.00
  expect owed(ann, 2027-Q2) = 4_000.00
  expect payout(ann, 2027-Q3) = 0.00
  expect owed(ann, 2027-Q3) = 1_000.00

test "the SPIF reversal is prorated by the unserved months":
  people: bob ae
  deals:
    C05 bob 80_000 closed_won 2027-03-10 24 2027-04-25
    C06 bob 200_000 closed_won 2027-04-14 12
    C07 bob 50_000 closed_won 2027-07-19 12
  # Q1: C05 80,000 x 5% = 4,000, SPIF 1,200 -> 5,200.00.
  # C05 is cancelled 2027-04-25, 46 days after closing (21 + 25), 1 whole month served of 24:
  # the SPIF reversal is 1,200 x 23/24 = -1,150.00; the year to date keeps 80,000 / 24 =
  # 3,333.33 of it. Q2 commission: (3,333.33 + 200,000) x 5% = 10,166.67 - 4,000 = 6,166.67;
  # payout 6,166.67 - 1,150 = 5,016.67.
  # Q3: C07 adds 50,000: 253,333.33 x 5% = 12,666.67 - 10,166.67 = 2,500.00.
  expect line(bob, 2027-Q2, "Multi-year SPIF", C05) = -1_150.00
  expect line(bob, 2027-Q2, "Commission") = 6_166.67
  expect payout(bob, 2027-Q2) = 5_016.67
  expect payout(bob, 2027-Q3) = 2_500.00
