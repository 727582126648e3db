# Deals in several currencies, paid quarterly in USD, FY2027. Deals are booked in USD, EUR or
# GBP; each converts to USD at the rate in force on its close date (the latest rate in fx.csv
# dated on or before it), so the same euro amount is worth more or less as rates change during
# the year. Commission is 6% of the quarter's converted bookings up to 100,000 and 9% above.
plan "Multi-currency FY2027" version 1
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
  currency: text
  stage: stage
  close_date: date optional

input fx from "fx.csv":
  currency: text
  date: date
  rate: number

credit deals where stage is closed_won to owner on close_date

convert deals with fx using currency on close_date

bookings = sum of amount

component "Commission" for role ae:
  marginal tiers on bookings
    from 0 pay 6%
    from 100_000 pay 9%

# Tests: `compass test stdlib-plans/plans/multi-currency`. The fx rows are written in the test
# (currency date rate), so each test states the rates it relies on.

test "each deal converts at the rate in force on its close date":
  people: ann ae
  fx:
    EUR 2027-01-01 1.08
    EUR 2027-04-01 1.12
  deals:
    F1 ann 100_000 USD closed_won 2027-02-10
    F2 ann 10_000 EUR closed_won 2027-03-31  # the last day of 1.08: 10,800
    F3 ann 10_000 EUR closed_won 2027-04-01  # 1.12 from this day on: 11,200
  # Q1: 110,800 converted: 100,000 x 6% + 10,800 x 9% = 6,000 + 972 = 6,972
  expect bookings(ann, 2027-Q1) = 110_800.00
  expect payout(ann, 2027-Q1) = 6_972.00
  expect line(ann, 2027-Q1, "Commission", F2) = 972.00
  # Q2: 11,200 x 6% = 672
  expect payout(ann, 2027-Q2) = 672.00

test "the bundled data: rates change on a close date, the day before and after":
  people:
    ann ae
    bob ae
    cai ae
  fx:
    EUR 2027-01-01 1.08
    GBP 2027-01-01 1.25
    EUR 2027-04-01 1.12
    GBP 2027-06-01 1.30
    EUR 2027-09-15 1.05
  deals:
    F01 ann 100_000 USD closed_won 2027-02-10
    F02 ann 50_000.50 EUR closed_won 2027-03-20
    F03 ann 30_000 GBP closed_won 2027-05-31
    F04 ann 40_000 EUR closed_won 2027-09-15
    F05 bob 80_000 GBP closed_won 2027-06-01
    F06 bob 25_000 EUR closed_won 2027-04-01
    F08 cai 120_000 EUR closed_won 2027-09-14
    F09 cai 10_000 GBP closed_won 2027-12-30
  # A rate dated on the close date itself is in force that day.
  # ann Q1: F01 100,000 USD + F02 50,000.50 EUR x 1.08 = 54,000.54 -> 154,000.54;
  #   100,000 x 6% + 54,000.54 x 9% = 6,000 + 4,860.0486 = 10,860.0486 -> 10,860.05
  expect bookings(ann, 2027-Q1) = 154_000.54
  expect payout(ann, 2027-Q1) = 10_860.05
  # ann Q2: F03 30,000 GBP on 2027-05-31, still 1.25 -> 37,500 x 6% = 2,250.00
  expect payout(ann, 2027-Q2) = 2_250.00
  # ann Q3: F04 40,000 EUR on 2027-09-15, the new 1.05 -> 42,000 x 6% = 2,520.00
  expect payout(ann, 2027-Q3) = 2_520.00
  # bob Q2: F05 80,000 GBP on 2027-06-01 x 1.30 = 104,000 + F06 25,000 EUR on 2027-04-01 x 1.12
  #   = 28,000 -> 132,000: 6,000 + 32,000 x 9% = 8,880.00
  expect bookings(bob, 2027-Q2) = 132_000.00
  expect payout(bob, 2027-Q2) = 8_880.00
  # cai Q3: F08 120,000 EUR on 2027-09-14, the day before the change, x 1.12 = 134,400:
  #   6,000 + 34,400 x 9% = 9,096.00; Q4: F09 10,000 GBP x 1.30 = 13,000 x 6% = 780.00
  expect payout(cai, 2027-Q3) = 9_096.00
  expect payout(cai, 2027-Q4) = 780.00
