# Market expansion FY2027: account executives opening new regions and new logos.
#
# - Commission on won deals: 8% in the new regions (APAC, LATAM), 5% elsewhere; the region is
#   the deal's account's, looked up in accounts.csv.
# - A bonus of 1,000 for the first won deal with each new-logo account: the earliest credited
#   deal of that account (by close date, then deal id), whoever sells it.
# - The commission is capped at 15,000 a quarter; the bonus is not.
plan "Market expansion FY2027" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages prospecting, qualification, negotiation, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text

input accounts from "accounts.csv" key account:  # one row per account
  account: text
  region: text
  new_logo: bool  # yes: a logo the company has never sold to

input deals from "deals.csv":
  id: text
  owner: person
  account: text
  amount: money
  stage: stage
  close_date: date

credit deals where stage is closed_won to owner on close_date

new_regions = ("APAC", "LATAM")

component "Commission" for role ae:
  pay amount * (if account.region is in new_regions then 8% else 5%) per deal
  cap 15_000

component "New logo bonus" for role ae:
  pay 1_000 per deal where account.new_logo and first deal of account

test "new regions pay 8%, the others 5%":
  people: ann ae
  accounts:
    acme EMEA false
    kiwi APAC false
  deals:
    D1 ann acme 100_000 closed_won 2027-02-10
    D2 ann kiwi 50_000 closed_won 2027-03-01
  # D1: 100,000 x 5% = 5,000.00 (EMEA); D2: 50,000 x 8% = 4,000.00 (APAC); 9,000.00 in Q1
  # (10,500.00 if the rates were the other way round, 7,500.00 or 12,000.00 with one rate)
  expect line(ann, 2027-Q1, "Commission") = 9_000.00
  expect payout(ann, 2027-Q1) = 9_000.00

test "the commission stops at 15,000 a quarter, the bonus does not":
  people: ann ae
  accounts:
    kiwi APAC true
  deals:
    D1 ann kiwi 150_000 closed_won 2027-02-10
    D2 ann kiwi 100_000 closed_won 2027-05-10
  # Q1: 150,000 x 8% = 12,000.00, under the cap; D1 is kiwi's first deal and kiwi a new logo:
  # + 1,000 = 13,000.00. Q2: 100,000 x 8% = 8,000.00, under the cap; D2 is kiwi's second: 8,000.00
  expect payout(ann, 2027-Q1) = 13_000.00
  expect payout(ann, 2027-Q2) = 8_000.00

test "a quarter above the cap":
  people: ann ae
  accounts:
    kiwi LATAM false
  deals:
    D1 ann kiwi 150_000 closed_won 2027-02-10
    D2 ann kiwi 100_000 closed_won 2027-03-10
  # 250,000 x 8% = 20,000.00, cut to the cap: 15,000.00
  expect payout(ann, 2027-Q1) = 15_000.00

test "the first deal with a new-logo account, whoever sells it":
  people:
    ann ae
    bob ae
  accounts:
    acme NA true
    beta EMEA true
    corp NA false
  deals:
    D1 ann acme 10_000 closed_won 2027-02-10
    D2 bob acme 20_000 closed_won 2027-01-15
    D3 ann beta 10_000 closed_lost 2027-01-05
    D4 ann beta 10_000 closed_won 2027-04-01
    D5 bob beta 10_000 closed_won 2027-04-01
    D6 bob corp 10_000 closed_won 2027-01-20
  # acme: D2 (bob, Jan 15) comes before D1 (ann, Feb 10): bob's bonus, not ann's.
  # beta: D3 was lost, never credited; D4 and D5 close the same day, D4 first by id: ann's, Q2.
  # corp is not a new logo: no bonus for D6.
  # ann Q1: D1 10,000 x 5% = 500.00; ann Q2: D4 500.00 + bonus 1,000 = 1,500.00
  # bob Q1: D2 20,000 x 5% = 1,000.00 + bonus 1,000 + D6 500.00 = 2,500.00; bob Q2: D5 500.00
  expect payout(ann, 2027-Q1) = 500.00
  expect payout(ann, 2027-Q2) = 1_500.00
  expect payout(bob, 2027-Q1) = 2_500.00
  expect line(bob, 2027-Q1, "New logo bonus", D2) = 1_000.00
  expect payout(bob, 2027-Q2) = 500.00
