plan "Sources and lookups" version 1
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
  amount: money
  stage: stage
  close_date: date
  product: text
  region: text
  sourced_by: person optional

input meetings from "meetings.csv":
  id: text
  booked_by: person
  meeting_date: date
  status: text

input products from "products.csv" key product:
  product: text
  series: text ignoring case

input rate_card from "rates.csv" key region, product:
  region: text
  product: text
  tier: text
  rate: percent

# each comparison is checked against the table it reads: meetings.csv for a meeting's status,
# products.csv for a deal's product.series, rates.csv for a rate card's tier
credit deals where stage is closed_won to owner on close_date
credit deals where stage is closed_won to sourced_by on close_date as sourced
credit meetings where status != "cancelld" to booked_by on meeting_date

meetings_held = count of meetings where status is "hled"
sourced_gtx = sum of amount of sourced where product.series is "GTY"

component "Meetings" for role sdr:
  pay 40 per meeting where status is in (held, "no show")

component "Sourced" for role sdr:
  pay 2% of sourced_gtx
  gate meetings_held >= 1

# series ignores case: "gtx" matches GTX; the rate card writes its tiers in lower case
component "Commission" for role ae:
  pay amount * rate_card(region, product).rate per deal
  multiply by 1.5 where product.series is "gtx"
  multiply by 1.2 where rate_card(region, product).tier is "Gold"

component "Series kicker" for role ae:
  pay 5 per deal where product.series is in ("GTX", "MG Spec")
