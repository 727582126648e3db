# The sales team plan for EMEA: the same plan (`extends`), with a lower AE quota and a higher
# SDR rate. Everything not written here comes from multi-role.comp.
extends "multi-role.comp"

plan "Sales team FY2027, EMEA" version 1

quota = 120_000 per quarter

component "SDR commission" for role sdr:
  pay bookings * 6%

# Hand check against multi-role.comp:
# ann Q1: 170,000 against 120,000: 120,000 x 8% + 50,000 x 12% = 9,600 + 6,000 = 15,600.00
# sid Q1: 26,000 x 6% = 1,560.00
