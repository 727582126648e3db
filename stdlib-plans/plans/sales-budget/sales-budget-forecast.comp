# Sales budget, FY2027: four teams of AEs, each with a budget per quarter (budgets.csv). AEs earn
# 6% of the quarter's bookings up to their quota of 150,000 and 10% above it, and a kicker of
# 1,000 at 120% of quota. When a team's earnings in a quarter would exceed its budget, every
# member's earnings are scaled pro rata to fit it exactly; `compass run` shows each team's cost of
# sales (earnings / bookings) after the statement.
plan "Sales budget FY2027, with win rates" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

# The win rates are what `compass forecast` reads (issue 18): a deal in negotiation is won 40%
# of the time; closed_won (100%) is where a won deal goes, closed_lost (0%) stays lost.
stages negotiation, closed_won, closed_lost with win rates negotiation 40%, closed_won 100%,
    closed_lost 0%

input people from "people.csv":
  id: text
  role: text
  team: text

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date

input budgets from "budgets.csv":  # one row per team and quarter
  team: text
  period: period
  amount: money

credit deals where stage is closed_won to owner on close_date

quota = 150_000 USD per quarter
bookings = sum of amount
attainment = bookings / quota

# A team's members' earnings (both components) above its budget are multiplied by budget /
# total, each rounded down to the cent; the cents left over go one each to the largest
# remainders (ties by participant id), so the team's total is exactly its budget.
budget earnings by team from budgets against bookings scaled pro rata, remainder to largest

component "Commission" for role ae:
  marginal tiers on bookings
    from 0% pay 6%
    from 100% pay 10%

component "Kicker" for role ae:
  pay 1_000 if attainment >= 120%

# Tests: `compass test stdlib-plans/plans/sales-budget`. Rows in the declared field order.
test "a team over its budget is scaled pro rata":
  people:
    ann ae east
    bob ae east
    cy ae east
    dee ae west
  deals:
    D1 ann 100_000 closed_won 2027-02-01
    D2 bob 75_000 closed_won 2027-02-02
    D3 cy 25_000 closed_won 2027-02-03
    D4 dee 100_000 closed_won 2027-02-04
  budgets:
    east 2027-Q1 10_000
    west 2027-Q1 10_000
  # east earns 6% x (100,000 + 75,000 + 25,000) = 6,000 + 4,500 + 1,500 = 12,000 > 10,000:
  # x 10,000 / 12,000: ann 5,000, bob 3,750, cy 1,250 (exact, nothing left over)
  expect payout(ann, 2027-Q1) = 5_000.00
  expect payout(bob, 2027-Q1) = 3_750.00
  expect payout(cy, 2027-Q1) = 1_250.00
  expect line(ann, 2027-Q1, "Team budget") = -1_000.00
  # west earns 6,000 <= 10,000: not scaled
  expect payout(dee, 2027-Q1) = 6_000.00

test "the cent left over goes to the largest remainder, ties by id":
  people:
    ann ae east
    bob ae east
    cy ae east
  deals:
    D1 ann 1_000 closed_won 2027-05-01
    D2 bob 1_000 closed_won 2027-05-02
    D3 cy 1_000 closed_won 2027-05-03
  budgets: east 2027-Q2 100
  # each earns 6% x 1,000 = 60; 180 > 100: each 60 x 100 / 180 = 33.333..., rounded down 33.33;
  # 3 x 33.33 = 99.99, and the 0.01 left over goes to ann (equal remainders: the first id)
  expect payout(ann, 2027-Q2) = 33.34
  expect payout(bob, 2027-Q2) = 33.33
  expect payout(cy, 2027-Q2) = 33.33

test "the kicker is scaled with the commission":
  people:
    ann ae east
    bob ae east
  deals:
    D1 ann 200_000 closed_won 2027-08-01
    D2 bob 50_000 closed_won 2027-08-02
  budgets: east 2027-Q3 10_000
  # ann: 6% x 150,000 + 10% x 50,000 = 9,000 + 5,000 = 14,000, and 1,000 at 133% of quota;
  # bob: 6% x 50,000 = 3,000. East earns 18,000 > 10,000: x 10,000 / 18,000 = 5/9:
  # ann 15,000 x 5/9 = 8,333.333..., bob 3,000 x 5/9 = 1,666.666...; rounded down 8,333.33 and
  # 1,666.66 = 9,999.99; bob's remainder (0.00666...) beats ann's (0.00333...): bob 1,666.67
  expect earned(ann, 2027-Q3) = 8_333.33
  expect payout(bob, 2027-Q3) = 1_666.67
