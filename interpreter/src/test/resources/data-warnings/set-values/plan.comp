plan "Set warnings" version 1
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
  region: text ignoring case

credit deals where stage is closed_won to owner on close_date

# region ignores case: "EMEA" matches the export's emea, "APJ" matches nothing
new_regions = ("EMEA", "APJ")

component "Commission" for role ae:
  pay 10% of amount per deal
  multiply by 1.5 where region is in new_regions

# each value of a set is checked on its own: "GTX Pro" and "Basics" are typos, "GTXPro" is right
component "Product kicker" for role ae:
  pay 50 per deal where product is not in ("GTX Pro", "GTXPro", "Basics")

component "Open deals" for role ae:
  pay 5 per deal where stage is in (open, negotiation)
