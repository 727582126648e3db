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

# Hand check (monthly quota 40,000; commission = 6% of bookings up to quota + 10% above):
# ben starts 2027-03-10: March is ramp month 1 (quota 0), April month 2 (50%), May month 3 (100%).
# ben 2027-03: quota 0 -> attainment 0% by the rule; 12,000 x 6% = 720.00
# ben 2027-04: quota 20,000; 20,000 x 6% + 10,000 x 10% = 1,200 + 1,000 = 2,200.00
# ben 2027-05: quota 40,000; 40,000 x 6% + 5,000 x 10% = 2,400 + 500 = 2,900.00
# cara starts 2027-06-20: June quota 0, July 20,000: 20,000 x 6% + 5,000 x 10% = 1,700.00;
#   September (full quota) 38,000 x 6% = 2,280.00
# dan leaves 2027-08-15: August active 15 of 31 days, quota 40,000 x 15/31 = 19,354.8387...;
#   19,354.8387 x 6% + 10,645.1613 x 10% = 1,161.2903 + 1,064.5161 = 2,225.8065 -> 2,225.81
# dan 2027-02: 40,000 x 6% + 2,000 x 10% = 2,600.00
# ann 2027-04: 40,000 x 6% + 15,000 x 10% = 3,900.00; 2027-10: 2,400 + 4,000 = 6,400.00

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
