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
  region: text optional

credit deals where stage is closed_won to owner on close_date

# every deal leaves region empty
component "Commission" for role ae:
  pay 10% of amount per deal where region is "emea"

component "Manager bonus" for role manager:
  pay 100
