# Account Executive plan, FY2027: quarterly quota, marginal tiers with an accelerator above
# quota, a multi-year kicker, a cap of twice the target incentive, and a Q1 SPIF.
# The deals file is a CRM export used as it is: its column names have spaces and capitals.
plan "AE FY2027" version 3
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages prospecting, qualification, demonstration, negotiation, closed_won, closed_lost

input people from "people.csv":
  id: text
  # people.csv has a `name` column too; the plan does not read it, so it does not declare it
  role: text
  target_incentive: money

input deals from "deals.csv":
  id: text from "Opportunity ID"
  owner: person from "Opportunity Owner"
  amount: money from "Amount"
  stage: stage from "Stage"
  close_date: date from "Close Date" optional
  term_months: integer from "Term (months)"

credit deals where stage is closed_won to owner on close_date

quota = 250_000 USD per quarter
bookings = sum of amount
attainment = bookings / quota

# Cumulative over the year: each quarter pays what the year to date earned, minus what was
# already paid, so a slow quarter followed by a strong one trues up.
component "Commission" for role ae cumulative over year:
  marginal tiers on bookings
    from 0% pay 5%
    from 50% pay 8%
    from 100% pay 12%  # the accelerator
  multiply by 1.2 where term_months >= 24
  cap 2 x target_incentive per year

component "Multi-year SPIF" for role ae:
  pay 500 per deal where term_months >= 24 and close_date in 2027-Q1

component "President's club kicker" for role ae:
  pay 2_500 if attainment >= 150%
