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

# Hand check (rates: EUR 1.08 from Jan 1, 1.12 from Apr 1, 1.05 from Sep 15; GBP 1.25 from
# Jan 1, 1.30 from Jun 1; a rate dated on the close date itself is in force that day):
# ann Q1: F01 100,000 USD + F02 50,000.50 EUR x 1.08 = 54,000.54 -> 154,000.54;
#   100,000 x 6% + 54,000.54 x 9% = 6,000 + 4,860.0486 = 10,860.0486 -> 10,860.05
# ann Q2: F03 30,000 GBP on 2027-05-31, still 1.25 -> 37,500 x 6% = 2,250.00
# ann Q3: F04 40,000 EUR on 2027-09-15, the new 1.05 -> 42,000 x 6% = 2,520.00
# bob Q2: F05 80,000 GBP on 2027-06-01 x 1.30 = 104,000 + F06 25,000 EUR on 2027-04-01 x 1.12
#   = 28,000 -> 132,000: 6,000 + 32,000 x 9% = 8,880.00
# cai Q3: F08 120,000 EUR on 2027-09-14, the day before the change, x 1.12 = 134,400:
#   6,000 + 34,400 x 9% = 9,096.00; Q4: F09 10,000 GBP x 1.30 = 13,000 x 6% = 780.00
