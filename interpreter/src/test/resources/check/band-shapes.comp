plan "Bands" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won

input people from "people.csv":
  id: text

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  close_date: date

credit deals where stage is closed_won to owner on close_date

quota = 100_000 USD per quarter
bookings = sum of amount

component "Out of order":
  marginal tiers on bookings
    from 0% pay 5%
    from 100% pay 12%
    from 50% pay 8%

component "Overlap":
  marginal tiers on bookings
    from 0% to 60% pay 5%
    from 50% pay 8%

component "Mixed units":
  retroactive tiers on bookings
    from 0% pay 5%
    from 50_000 USD pay 8%
