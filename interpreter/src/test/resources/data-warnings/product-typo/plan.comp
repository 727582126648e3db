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

# the export writes GTXPro: this SPIF can never pay
component "Commission" for role ae:
  pay 10% of amount per deal

component "GTX Pro SPIF" for role ae:
  pay 200 per deal where product is "GTX Pro"

component "Manager bonus" for role manager:
  pay 100 if region_count >= 0

region_count = count of deals where region is "emea"
