# An SDR paid 40 per held meeting and 2% of the deals they sourced that closed; the AE who owns
# the deals 10% of their bookings (issue 14: several credit sources)
plan "SDR FY2027"
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text

input deals from "deals.csv":
  id: text
  owner: person
  sourced_by: person
  amount: money
  stage: stage
  close_date: date

input meetings from "meetings.csv":
  id: text
  booked_by: person
  status: text
  meeting_date: date

credit deals where stage is closed_won to owner on close_date
credit deals where stage is closed_won to sourced_by on close_date as sourced
credit meetings where status is held to booked_by on meeting_date

bookings = sum of amount of deals
sourced_won = sum of amount of sourced

component "AE commission" for role ae:
  pay 10% of bookings

component "Meetings" for role sdr:
  pay 40 per meeting

component "Sourced" for role sdr:
  pay 2% of sourced_won
