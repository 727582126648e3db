# Sales training plan, FY2027, paid quarterly. The plan's terms, as signed:
#
#   1. Account executives earn 6% of their won deals. A deal that closes on a day when its owner
#      holds a valid product certification (from its valid-from date to its valid-to date, both
#      included; no valid-to date: valid until revoked) earns 10% more: 6.6%.
#   2. SDRs earn 40 per held meeting they booked; marketers 25 per lead of theirs that reaches
#      qualification.
#   3. Compliance. A seller (AE, SDR or marketer) who has not completed a compliance course in
#      FY2027 by the last day of a quarter is paid half of that quarter's commission under 1 and
#      2. The compliance courses are `security` and `crm-hygiene`, and for a new hire
#      `product-basics`, which covers both. Once a course is completed, every later quarter of the
#      year is paid in full; a halved quarter is not made up later.
#   4. Managers earn 1% of their team's won deals; they are not subject to 1 or 3.
#      Deals in EUR or GBP are converted to USD at the rate in force on the close date.
plan "Sales training FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages prospecting, qualification, research, demonstration, objections,
    closed_won, nurturing, closed_lost

input people from "people.csv":
  id: text
  role: text
  manager: person optional

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  currency: text
  stage: stage
  close_date: date

input meetings from "meetings.csv":
  id: text
  booked_by: person
  meeting_date: date
  status: text

input leads from "leads.csv":
  id: text
  owner: person
  status: text
  qualified_date: date optional

input trainings from "trainings.csv":
  id: text
  trainee: person
  course: text
  completed_on: date

# One row per certified person, in force from valid_from to valid_to (empty: no end).
input certifications from "certifications.csv" key person valid from valid_from to valid_to:
  person: person
  valid_from: date
  valid_to: date optional

input fx from "fx.csv":
  currency: text
  date: date
  rate: number

# The compliance courses of term 3.
compliance_courses = ("security", "crm-hygiene", "product-basics")

credit deals where stage is closed_won to owner on close_date roll up one level
credit meetings where status is held to booked_by on meeting_date
credit leads where status is qualified to owner on qualified_date
# A completed compliance course is credited to the trainee on the day it was completed.
credit trainings where course is in compliance_courses to trainee on completed_on

convert deals with fx using currency on close_date

bookings = sum of amount of deals
# Completed by the quarter's end: the year to date runs from 2027-01-01 to the quarter's last day.
courses_done = count of trainings
compliance = if courses_done year to date >= 1 then 100% else 50%

component "Commission" for role ae:
  pay 6% of amount per deal
  multiply by 1.1 where certification valid on close_date
  multiply by compliance

component "Held meetings" for role sdr:
  pay 40 per meeting
  multiply by compliance

component "Qualified leads" for role marketer:
  pay 25 per lead
  multiply by compliance

component "Manager override" for role manager:
  pay 1% of bookings

# Tests: `compass test stdlib-plans/plans/sales-training`. Rows in the declared field order
# (people: id role manager; deals: id owner amount currency stage close_date; meetings: id
# booked_by meeting_date status; leads: id owner status qualified_date; trainings: id trainee
# course completed_on; certifications: person valid_from valid_to; fx: currency date rate).

test "the certification counts on the deal's close date, both ends of it included":
  people:
    mia manager
    ann ae mia
  certifications: ann 2027-02-01 2027-05-31
  trainings: T1 ann security 2027-01-10
  deals:
    D1 ann 10_000 USD closed_won 2027-01-31
    D2 ann 20_000 USD closed_won 2027-02-01
    D3 ann 30_000 USD closed_won 2027-05-31
    D4 ann 40_000 USD closed_won 2027-06-01
  # ann completed `security` in Q1: no halving all year.
  # Q1: D1 (the day before the certification) 6% x 10,000 = 600; D2 (its first day)
  # 6% x 20,000 = 1,200, x 1.1 = 1,320: 1,920.
  expect line(ann, 2027-Q1, "Commission") = 1_920.00
  expect payout(ann, 2027-Q1) = 1_920.00
  # Q2: D3 (its last day) 1,800 x 1.1 = 1,980; D4 (the day after) 2,400: 4,380.
  expect payout(ann, 2027-Q2) = 4_380.00
  # mia: 1% of 100,000, no multiplier and no compliance rule: 300 in Q1, 700 in Q2
  expect payout(mia, 2027-Q2) = 700.00

test "the compliance course halves every quarter that ends before it is completed":
  people:
    bob ae
  certifications: bob 2026-01-01
  trainings:
    T1 bob negotiation 2027-02-01
    T2 bob "crm-hygiene" 2027-06-30
  deals:
    D1 bob 10_000 USD closed_won 2027-03-01
    D2 bob 10_000 USD closed_won 2027-04-01
    D3 bob 10_000 USD closed_won 2027-07-01
  # The certification has no end: every deal earns 6.6%, 660.
  # Q1: negotiation is not a compliance course: halved, 330.
  expect compliance(bob, 2027-Q1) = 50%
  expect payout(bob, 2027-Q1) = 330.00
  # Q2: crm-hygiene completed on the quarter's last day, in time: 660. Q3: still in full.
  expect payout(bob, 2027-Q2) = 660.00
  expect payout(bob, 2027-Q3) = 660.00

test "SDRs and marketers are halved too; a new hire's product-basics counts":
  people:
    sam sdr
    kim marketer
  trainings: T1 kim "product-basics" 2027-04-15
  meetings:
    M1 sam 2027-01-10 held
    M2 sam 2027-01-11 held
    M3 sam 2027-01-12 no_show
  leads:
    L1 kim qualified 2027-03-01
    L2 kim qualified 2027-05-01
    L3 kim disqualified
  # sam: 2 held meetings x 40 = 80, no compliance course at all: 40
  expect payout(sam, 2027-Q1) = 40.00
  # kim: Q1 one lead, 25, halved: 12.50; Q2 one lead, product-basics done: 25
  expect payout(kim, 2027-Q1) = 12.50
  expect payout(kim, 2027-Q2) = 25.00
