# Sales agents of a CRM export paid by product series, and their managers paid an override on
# their teams' won deals. The files are the export as it comes (laid out like the public "CRM
# Sales Opportunities" export: sales_pipeline, sales_teams, products; see README.md here): there is
# no people file and no adapter script. The agents are found in the pipeline's sales_agent column,
# the managers only in the teams file's manager column; a deal's series is looked up in products.
plan "CRM export FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages Prospecting, Engaging, Won, Lost

# Open deals (Prospecting, Engaging) have no close date and no close value yet.
input deals from "sales_pipeline.csv":
  id: text from "opportunity_id"
  sales_agent: person
  product: text
  deal_stage: stage
  close_date: date optional
  close_value: money optional

# One row per agent: who they report to.
input teams from "sales_teams.csv" key sales_agent:
  sales_agent: person
  manager: person

input products from "products.csv" key product:
  product: text
  series: text
  sales_price: money

everyone in deals.sales_agent is role agent
everyone in teams.manager is role manager

credit deals where deal_stage is Won to sales_agent on close_date roll up one level through teams.manager

quota = 100_000 per quarter
bookings = sum of close_value
attainment = bookings / quota

# Each won deal's commission is its share of the tiers on the quarter's running total (SEMANTICS
# 5); the GTK series, the one the company pushes this year, pays half as much again.
component "Commission" for role agent:
  marginal tiers on bookings
    from 0% pay 5%
    from 100% pay 8%
  multiply by 1.5 where product.series is "GTK"

# An MG deal sold at or above its list price earns a flat bonus.
component "MG full-price bonus" for role agent:
  pay 20 per deal where product.series is "MG" and close_value >= product.sales_price

# A manager is credited with the won deals of the agents reporting to them (one level up).
component "Manager override" for role manager:
  pay 1% of bookings

# Tests: `compass test stdlib-plans/plans/crm-export`. Rows in the declared field order
# (deals: id sales_agent product deal_stage close_date close_value; teams: sales_agent manager;
# products: product series sales_price). The columns the plan does not read (account,
# engage_date, regional_office) are not declared, so the rows leave them out.

test "series rates, the MG bonus and the manager's override":
  products:
    "GTX Pro" GTX 4_821
    "MG Special" MG 55
    "GTK 500" GTK 26_768
  teams:
    Anna Mona
    Boris Mona
  deals:
    D1 Anna "GTX Pro" Won 2027-01-20 60_000
    D2 Anna "GTK 500" Won 2027-02-03 30_000
    D3 Anna "MG Special" Won 2027-02-10 55
    D4 Boris "MG Special" Won 2027-03-01 50
    D5 Boris "GTX Pro" Engaging
    D6 Boris "GTX Pro" Lost 2027-03-02 0
  # Anna: D1 60,000 x 5% = 3,000; D2 30,000 x 5% = 1,500, x 1.5 (GTK) = 2,250;
  # D3 55 x 5% = 2.75; commission 5,252.75. D3 sold at its list price 55: bonus 20.
  expect line(Anna, 2027-Q1, "Commission", D2) = 2_250.00
  expect line(Anna, 2027-Q1, "Commission") = 5_252.75
  expect line(Anna, 2027-Q1, "MG full-price bonus") = 20.00
  expect payout(Anna, 2027-Q1) = 5_272.75
  # Boris: D4 50 x 5% = 2.50, under the list price of 55: no bonus; D5 is open, D6 lost
  expect payout(Boris, 2027-Q1) = 2.50
  # Mona: 1% of her agents' won deals, 60,000 + 30,000 + 55 + 50 = 90,105: 901.05
  expect bookings(Mona, 2027-Q1) = 90_105.00
  expect payout(Mona, 2027-Q1) = 901.05

test "the accelerator above quota, with GTK on both sides of it":
  products:
    "GTX Pro" GTX 4_821
    "GTK 500" GTK 26_768
  teams: Anna Mona
  deals:
    D1 Anna "GTX Pro" Won 2027-04-10 80_000
    D2 Anna "GTK 500" Won 2027-05-10 40_000
  # D1 80,000 x 5% = 4,000. D2 runs the total from 80,000 to 120,000: 20,000 x 5% = 1,000 and
  # 20,000 x 8% = 1,600, so 2,600, x 1.5 (GTK) = 3,900. Commission 7,900; attainment 120%.
  expect attainment(Anna, 2027-Q2) = 120%
  expect line(Anna, 2027-Q2, "Commission", D2) = 3_900.00
  expect payout(Anna, 2027-Q2) = 7_900.00
  expect payout(Mona, 2027-Q2) = 1_200.00
