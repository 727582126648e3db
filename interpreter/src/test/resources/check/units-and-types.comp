plan "Units" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won

input people from "people.csv":
  id: text
  start_date: date

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date

credit deals where stage is closed_won to owner on close_date

quota = 100_000 USD per quarter
bookings = sum of amount
late = start_date > quota
attainment = bookings / quota

component "Rate only":
  pay attainment

component "Deal field outside a measure":
  pay amount
