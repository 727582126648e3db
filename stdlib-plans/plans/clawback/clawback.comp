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

# Hand check (quarterly quota 200,000, year-to-date quota 200,000 x quarters):
# cai: Q2 C08 100,000 -> 100,000 x 5% = 5,000.00. C08 is cancelled 2027-07-15, 15 days after
#   closing (no whole month served: the whole deal is reversed). Q3 year to date without C08:
#   C09 220,000 x 5% = 11,000 - paid 5,000 = 6,000.00, plus SPIF for C09 1,200 -> 7,200.00.
# ann: Q1 C01 120,000 + C02 150,000 = 270,000: 200,000 x 5% + 70,000 x 10% = 17,000.00,
#   SPIF C02 1,200 -> 18,200.00. C03 is cancelled 2027-10-01, 142 days after closing: outside
#   the window, nothing reversed (C03 stays in the year to date and keeps its SPIF).
#   C01 is cancelled 2027-04-20, 64 days after closing, 2 whole months served of 12.
#   Q2: SEMANTICS 11 prorates the reversal by the unserved part, so the year to date keeps the
#   served 2/12 x 120,000 = 20,000: 20,000 + 150,000 + 90,000 = 260,000 x 5% = 13,000;
#   13,000 - 17,000 = -4,000 carried as owed; SPIF C03 1,200 paid.
#   Q3 year to date 320,000 (C04 60,000 added) x 5% = 16,000 - 17,000: still 1,000 owed.
# bob: Q1 C05 80,000 x 5% = 4,000, SPIF 1,200 -> 5,200.00. C05 is cancelled 2027-04-25, 46 days
#   after closing, 1 whole month served of 24: the SPIF reversal is 1,200 x 23/24 = -1,150.00.
#   Q2 commission: the year to date keeps the served 1/24 of C05 (3,333.33) plus C06 200,000:
#   203,333.33 x 5% = 10,166.67 - 4,000 = 6,166.67. Q2 payout 6,166.67 - 1,150 = 5,016.67.
