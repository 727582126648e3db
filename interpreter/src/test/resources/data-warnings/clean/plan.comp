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

# every value compared is in the data, every component pays, deals are credited
component "Commission" for role ae:
  pay 10% of amount per deal
  multiply by 1.5 where product is "GTXPro" and region != "amer"

component "Manager bonus" for role manager:
  pay 100 if team_won >= 0

team_won = count of deals where region is "emea" or stage = closed_won

