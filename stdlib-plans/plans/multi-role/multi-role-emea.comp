# The sales team plan for EMEA: the same plan (`extends`), with a lower AE quota and a higher
# SDR rate. Everything not written here comes from multi-role.comp.
extends "multi-role.comp"

plan "Sales team FY2027, EMEA" version 1

quota = 120_000 per quarter

component "SDR commission" for role sdr:
  pay bookings * 6%

# Tests: `compass test stdlib-plans/plans/multi-role`, the hand checks against multi-role.comp
# (a plan that extends another does not inherit its tests).

test "a lower quota and a higher SDR rate than the base plan":
  people:
    mo, role "manager", target_incentive 40_000
    ann ae mo 30_000
    bob ae mo 30_000
    sid sdr mo 10_000
  deals:
    P01 ann sid 100_000 80% 20% closed_won 2027-01-20
    P02 bob sid 60_000 90% 10% closed_won 2027-02-14
    P03 ann sid 90_000 100% 0% closed_won 2027-03-30
  # ann Q1: 80,000 + 90,000 = 170,000 against 120,000:
  #   120,000 x 8% + 50,000 x 12% = 9,600 + 6,000 = 15,600.00
  # sid Q1: 20,000 + 6,000 + 0 = 26,000 x 6% = 1,560.00
  expect payout(ann, 2027-Q1) = 15_600.00
  expect payout(sid, 2027-Q1) = 1_560.00
  # bob Q1: 54,000 against 120,000: 54,000 x 8% = 4,320.00
  expect payout(bob, 2027-Q1) = 4_320.00
  # mo Q1, as in the base plan: team bookings 170,000 + 54,000 + 26,000 = 250,000 of 300,000;
  #   50,000 / 4 x 250,000 / 300,000 = 10,416.666... -> 10,416.67
  expect payout(mo, 2027-Q1) = 10_416.67
