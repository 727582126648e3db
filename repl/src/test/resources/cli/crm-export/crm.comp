# Agents of a CRM export paid 5% of their won deals, their managers 1% of their team's, with no
# people file: the agents come from the pipeline, the managers only from the teams file. Columns
# the plan does not declare (product, account, engage_date, regional_office) are not read.
plan "CRM export" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages Prospecting, Engaging, Won, Lost

input deals from "sales_pipeline.csv":
  id: text from "opportunity_id"
  sales_agent: person
  deal_stage: stage
  close_date: date optional
  close_value: money optional

input teams from "sales_teams.csv" key sales_agent:
  sales_agent: person
  manager: person

everyone in deals.sales_agent is role agent
everyone in teams.manager is role manager

credit deals where deal_stage is Won to sales_agent on close_date roll up one level through teams.manager

bookings = sum of close_value

component "Agent commission" for role agent:
  pay bookings * 5%

component "Manager override" for role manager:
  pay bookings * 1%

test "agents 5%, managers 1% of their team":
  deals:
    T1 Anna Won 2027-01-20 1_000
    T2 Boris Won 2027-02-15 4_000
  teams:
    Anna Mona
    Boris Mona
  # Anna 1,000 x 5% = 50; Boris 4,000 x 5% = 200; Mona (1,000 + 4,000) x 1% = 50
  expect payout(Anna, 2027-Q1) = 50.00
  expect payout(Boris, 2027-Q1) = 200.00
  expect payout(Mona, 2027-Q1) = 50.00
