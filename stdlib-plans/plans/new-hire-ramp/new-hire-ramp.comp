# New-hire ramp ("30-60-90"), paid monthly, FY2027. A new hire carries 0% of the monthly quota
# in the month that contains the start date, 50% in the second month and the full quota from
# the third; a rep who leaves mid-year has the quota of the leaving month prorated by active
# days. Tiers are marginal: 6% up to quota, 10% above. A month with a zero quota (the first ramp
# month) takes attainment as 0%, so what a new hire closes in the first month pays the base rate.
plan "AE ramp FY2027" version 1
  currency USD
  fiscal year starts January
  pays monthly
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
  close_date: date optional

credit deals where stage is closed_won to owner on close_date

ramp new hires 0%, 50%, 100%

quota = 40_000 per month
bookings = sum of amount
attainment = bookings / quota
when quota is 0 then attainment = 0%

component "Commission" for role ae:
  marginal tiers on bookings
    from 0% pay 6%
    from 100% pay 10%

# Tests: `compass test stdlib-plans/plans/new-hire-ramp`. People rows give id and role, then
# start_date or end_date as `field value` pairs (both are optional).

test "a new hire ramps 0%, 50%, 100%":
  people: ben ae start_date 2027-03-10
  deals:
    B1 ben 12_000 closed_won 2027-03-15
    B2 ben 30_000 closed_won 2027-04-20
    B3 ben 45_000 closed_won 2027-05-02
  # March (ramp month 1): quota 0, attainment 0% by the rule: 12,000 x 6% = 720
  expect quota(ben, 2027-03) = 0
  expect payout(ben, 2027-03) = 720.00
  # April (month 2): quota 20,000; 20,000 x 6% + 10,000 x 10% = 2,200
  expect quota(ben, 2027-04) = 20_000.00
  expect attainment(ben, 2027-04) = 150%
  expect payout(ben, 2027-04) = 2_200.00
  # May (month 3): the full 40,000; 40,000 x 6% + 5,000 x 10% = 2,900
  expect payout(ben, 2027-05) = 2_900.00

test "a leaver's quota is prorated by active days":
  people: dan ae end_date 2027-08-15
  deals: D1 dan 30_000 closed_won 2027-08-03
  # active 15 of 31 August days: 40,000 x 15 / 31 = 19,354.8387...
  # 19,354.8387 x 6% + 10,645.1613 x 10% = 1,161.2903 + 1,064.5161 = 2,225.8065
  expect quota(dan, 2027-08) = 19_354.84
  expect payout(dan, 2027-08) = 2_225.81

test "a start mid-June, and reps hired before the year carry the full quota":
  people:
    cara ae start_date 2027-06-20
    ann ae start_date 2026-04-01
    dan ae start_date 2025-01-06 end_date 2027-08-15
  deals:
    C1 cara 25_000 closed_won 2027-07-07
    C2 cara 38_000 closed_won 2027-09-15
    A2 ann 55_000 closed_won 2027-04-11
    A3 ann 80_000 closed_won 2027-10-05
    A4 ann 25_000 closed_lost 2027-11-02  # lost: November pays nothing
    D1 dan 42_000 closed_won 2027-02-12
  # cara: June is ramp month 1 (quota 0), July month 2: quota 20,000;
  #   20,000 x 6% + 5,000 x 10% = 1,200 + 500 = 1,700.00; September (full quota 40,000):
  #   38,000 x 6% = 2,280.00
  expect quota(cara, 2027-06) = 0
  expect payout(cara, 2027-07) = 1_700.00
  expect payout(cara, 2027-09) = 2_280.00
  # ann (hired 2026): April 40,000 x 6% + 15,000 x 10% = 2,400 + 1,500 = 3,900.00;
  #   October 40,000 x 6% + 40,000 x 10% = 2,400 + 4,000 = 6,400.00
  expect payout(ann, 2027-04) = 3_900.00
  expect payout(ann, 2027-10) = 6_400.00
  expect payout(ann, 2027-11) = 0.00
  # dan February: 40,000 x 6% + 2,000 x 10% = 2,400 + 200 = 2,600.00
  expect payout(dan, 2027-02) = 2_600.00
