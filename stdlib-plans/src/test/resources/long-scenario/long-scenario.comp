# Long scenario for LongScenarioTest: a rep (rae) who starts on 2027-04-01 on a 30-60-90 ramp
# and a recoverable draw, whose quota rises from 2027-08-16, who shares two deals with a
# colleague (cole) and has one deal clawed back. Monthly pay, FY2027.
plan "Long scenario FY2027" version 1
  currency USD
  fiscal year starts January
  pays monthly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  start_date: date optional

input deals from "deals.csv":
  id: text
  owner: person
  partner: person
  amount: money
  owner_share: percent
  partner_share: percent
  stage: stage
  close_date: date optional
  cancel_date: date optional

credit deals where stage is closed_won to owner share owner_share, partner share partner_share on close_date

ramp new hires 0%, 50%, 100%
draw 3_000 per month recoverable recovery cap 50% forgiven at year end for role ae
clawback cancelled deals within 90 days on cancel_date
override quota for rae from 2027-08-16 = 60_000 per month

quota = 40_000 per month
bookings = sum of amount
attainment = bookings / quota
when quota is 0 then attainment = 0%

component "Commission" for role ae:
  marginal tiers on bookings
    from 0% pay 10%
    from 100% pay 15%

component "Partner commission" for role partner:
  pay bookings * 10%
