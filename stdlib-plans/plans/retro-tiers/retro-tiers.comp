# Retroactive ("cliff") tiers, monthly: the band that contains the month's attainment sets one
# rate for the whole month's bookings. Monthly quotas come from a quotas table; a rep with no
# quota for a month (on leave) is paid nothing on tiers that month, by the zero-quota rule.
plan "Inside sales retroactive FY2027" version 1
  currency EUR
  fiscal year starts January
  pays monthly
  effective 2027-01-01 to 2027-06-30
  rounding half_up

stages open, won, lost

input people from "people.csv":
  id: text
  role: text

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  stage: stage
  won_on: date optional

input quotas from "quotas.csv":
  rep: person
  month: period
  amount: money

credit deals where stage is won to owner on won_on

quota = quotas.amount
bookings = sum of amount
deals_won = count of deals
attainment = bookings / quota
when quota is 0 then attainment = 0%

component "Commission":
  retroactive tiers on bookings
    from 0% pay 3%
    from 80% pay 6%
    from 100% pay 9%
    above 130% pay 11%

component "Activity bonus":
  pay 150 if deals_won >= 3 and attainment >= 100%
