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

credit deals where stage is closed_won to owner on close_date

# no deal is in negotiation; `open` is declared and in the data; nobody compares with it
pipeline = sum of full amount where stage is negotiation

component "Commission" for role ae:
  pay 10% of amount per deal

component "Pipeline bonus" for role ae:
  pay 100 if pipeline > 0

component "Manager bonus" for role manager:
  pay 100
