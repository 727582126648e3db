# No warnings: every definition, input and column is read, some of them only by the engine
# (quota by percent bands and the ramp, start_date by the ramp, manager by `team`, the fx table
# by `convert`, the quotas table's keys by `quotas.amount`)
plan "Lint: used" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages open, closed_won

input people from "people.csv":
  id: text
  role: text
  manager: person optional
  start_date: date optional
  team: text optional

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  currency: text
  stage: stage
  close_date: date
  cancel_date: date optional

input fx from "fx.csv":
  currency: text
  date: date
  rate: number

input targets from "targets.csv":
  rep: person
  month: period
  amount: money

credit deals where stage is closed_won to owner on close_date
convert deals with fx using currency on close_date
clawback cancelled deals within 90 days on cancel_date
ramp new hires 0%, 50%, 100%
override rate for team emea = 9%

quota = 100_000 USD per quarter
bookings = sum of amount
attainment = bookings / quota
rate = 5%
team_total = team bookings
target = targets.amount
when quota is 0 then attainment = 0%

component "Commission" for role ae:
  marginal tiers on bookings
    from 0% pay 5%
    from 100% pay 8%

component "Manager" for role manager:
  pay team_total * rate + target * 1%

# read only by a test: still in use
average_deal = bookings / count of deals

test "a test pins a definition":
  people: ann ae
  deals: D1 ann 10_000 USD closed_won 2027-02-01
  expect average_deal(ann, 2027-Q1) = 10_000.00
