plan "Warnings" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, negotiation, closed_won, closed_lost

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
  product: text
  region: text

credit deals where stage is closed_won to owner on close_date

rate = 10%

# roles, teams and people are compared exactly: `AE` is not `ae`
component "Commission" for role AE, ae:
  pay rate * amount per deal

component "Manager bonus" for role mgr:
  pay 100

component "Team bonus" for role manager:
  pay 100

override rate for role manger = 12%
override rate for team emae = 11%
override rate for anne = 9%
draw 1_000 per month non-recoverable for role sdrr
