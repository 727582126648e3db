plan "Warnings" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, negotiation, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date
  product: text
  region: text

# a date range of the year before: no deal is credited
credit deals where stage is closed_won and close_date in 2026-Q1 to owner on close_date

component "Commission" for role ae:
  pay 10% of amount per deal

component "Manager bonus" for role manager:
  pay 100
