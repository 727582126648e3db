# Several roles in one plan, paid quarterly, FY2027. Each closed deal is split between its
# account executive and the SDR who sourced it (the shares are columns of the deal and add up to
# 100%); each is paid on their own share. AEs earn marginal tiers against a quarterly quota of
# 150,000, except Ann, whose quota rises to 200,000 a quarter from Q3 (a per-person override).
# The SDR earns 5% of their share. The first-line manager is paid a quarter of the target
# incentive scaled by the team's attainment (the direct reports' credited bookings against
# 300,000 a quarter, at most 150%); the target incentive of every manager is set to 50,000 by a
# per-role override, whatever people.csv says.
plan "Sales team FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  manager: text optional
  target_incentive: money

input deals from "deals.csv":
  id: text
  owner: person
  sdr: person
  amount: money
  owner_share: percent
  sdr_share: percent
  stage: stage
  close_date: date optional

credit deals where stage is closed_won to owner share owner_share, sdr share sdr_share on close_date

override quota for ann from 2027-07-01 = 200_000 per quarter
override target_incentive for role manager = 50_000

quota = 150_000 per quarter
bookings = sum of amount
team_bookings = team bookings
team_attainment = team_bookings / 300_000 USD

component "AE commission" for role ae:
  marginal tiers on bookings
    from 0% pay 8%
    from 100% pay 12%

component "SDR commission" for role sdr:
  pay bookings * 5%

component "Manager incentive" for role manager:
  pay target_incentive / 4 * min(team_attainment, 150%)

# Tests: `compass test stdlib-plans/plans/multi-role`, the hand checks of the bundled data
# (people: id role manager target_incentive; deals: id owner sdr amount owner_share sdr_share
# stage close_date). Each person is credited their share of a deal.

test "shares, a quota override from Q3, and the manager on the team's bookings":
  people:
    mo, role "manager", target_incentive 40_000  # 50,000 by the per-role override
    ann ae mo 30_000
    bob ae mo 30_000
    sid sdr mo 10_000
  deals:
    P01 ann sid 100_000 80% 20% closed_won 2027-01-20
    P02 bob sid 60_000 90% 10% closed_won 2027-02-14
    P03 ann sid 90_000 100% 0% closed_won 2027-03-30
    P06 ann sid 180_000 90% 10% closed_won 2027-08-08
    P07 bob sid 40_000 100% 0% closed_lost 2027-09-09
    P08 ann sid 60_000 80% 20% closed_won 2027-11-11
    P09 bob sid 150_000 80% 20% closed_won 2027-12-01
  # ann Q1: P01 100,000 x 80% + P03 90,000 x 100% = 170,000 against 150,000:
  #   150,000 x 8% + 20,000 x 12% = 12,000 + 2,400 = 14,400.00
  expect bookings(ann, 2027-Q1) = 170_000.00
  expect payout(ann, 2027-Q1) = 14_400.00
  # ann Q3: P06 180,000 x 90% = 162,000 against the overridden quota 200,000 (from 2027-07-01,
  #   the first day of Q3, so no proration): 162,000 x 8% = 12,960.00 (13,440 on the old quota)
  expect payout(ann, 2027-Q3) = 12_960.00
  # sid Q1: P01 20,000 + P02 6,000 + P03 0 = 26,000 x 5% = 1,300.00
  # sid Q4: P08 12,000 + P09 30,000 = 42,000 x 5% = 2,100.00
  expect payout(sid, 2027-Q1) = 1_300.00
  expect payout(sid, 2027-Q4) = 2_100.00
  # mo Q1: team bookings = ann 170,000 + bob 54,000 + sid 26,000 = 250,000 (every deal in full);
  #   250,000 / 300,000 = 83.33...%; target incentive 50,000 by the override (not 40,000):
  #   12,500 x 250,000 / 300,000 = 10,416.666... -> 10,416.67
  expect team_bookings(mo, 2027-Q1) = 250_000.00
  expect payout(mo, 2027-Q1) = 10_416.67
  # mo Q3: ann 162,000 + sid 18,000 (P07 is lost) = 180,000 -> 60% -> 12,500 x 60% = 7,500.00
  expect team_attainment(mo, 2027-Q3) = 60%
  expect payout(mo, 2027-Q3) = 7_500.00
