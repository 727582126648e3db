# An onboarding plan (issue 14): a guarantee prorated from a mid-quarter start, a fast-start
# milestone for deals in the first 30 days, a smaller one for days 31 to 60, and a kicker in new
# regions. Tests only: it shows sets, case-insensitive text and days from a start date together.
plan "Onboarding FY2027" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  start_date: date optional
  end_date: date optional

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date
  region: text ignoring case  # the CRM writes LATAM, Latam and latam

credit deals where stage is closed_won to owner on close_date

new_regions = ("LATAM", "APAC")

component "Guarantee" for role ae:
  pay prorate(3_000 per quarter, start_date, end_date)

component "Fast start" for role ae:
  pay 500 per deal where close_date within 30 days of start_date

component "Second month" for role ae:
  pay 250 per deal where close_date in days 31..60 of start_date

component "New markets" for role ae:
  pay 5% of amount per deal where region is in new_regions

# ann starts 2027-02-15, so day 1 is 02-15 and day 30 is 03-16 (13 more days of February, 16 of
# March); day 31 is 03-17 and day 60 is 04-15.
test "a mid-quarter start: the guarantee prorated, a milestone within 30 days":
  people: ann ae 2027-02-15
  deals:
    D1 ann 10_000 closed_won 2027-02-15 latam  # day 1
    D2 ann 20_000 closed_won 2027-03-16 EMEA   # day 30
    D3 ann 40_000 closed_won 2027-03-17 Apac   # day 31
    D4 ann 80_000 closed_won 2027-04-15 emea   # day 60
    D5 ann 1_000 closed_won 2027-04-16 LATAM   # day 61
    D6 ann 9_000 closed_won 2027-02-14 latam   # day 0: before the start
  # Q1 has 90 days, ann is here 45 of them: 3,000 x 45 / 90
  expect line(ann, 2027-Q1, "Guarantee") = 1_500.00
  expect line(ann, 2027-Q2, "Guarantee") = 3_000.00
  # D1 and D2: 2 x 500
  expect line(ann, 2027-Q1, "Fast start") = 1_000.00
  expect line(ann, 2027-Q2, "Fast start") = 0.00
  # D3 in Q1, D4 in Q2: 250 each
  expect line(ann, 2027-Q1, "Second month") = 250.00
  expect line(ann, 2027-Q2, "Second month") = 250.00
  # latam, Apac and latam in Q1: 5% of (10,000 + 40,000 + 9,000) = 2,950; D5 in Q2: 50
  expect line(ann, 2027-Q1, "New markets") = 2_950.00
  expect line(ann, 2027-Q2, "New markets") = 50.00
  # 1,500 + 1,000 + 250 + 2,950
  expect payout(ann, 2027-Q1) = 5_700.00

test "no start date: a full guarantee and no milestone":
  people: bob ae
  deals: D1 bob 10_000 closed_won 2027-01-10 LATAM
  # an empty start date: prorate leaves that side open; no day window holds
  expect line(bob, 2027-Q1, "Guarantee") = 3_000.00
  expect line(bob, 2027-Q1, "Fast start") = 0.00
  expect line(bob, 2027-Q1, "Second month") = 0.00
  expect line(bob, 2027-Q1, "New markets") = 500.00
