# New product launch, FY2027: the Nova series launches on 2027-02-01. During the launch window
# (the first half year) a Nova deal earns 12% instead of the standard 8%, and a 500 SPIF paid
# from a company-wide pool of 5,250 a quarter, shared out by close date until it is spent.
plan "New product launch FY2027" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages negotiation, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text

input products from "products.csv" key product:  # one row per product
  product: text
  series: text

input deals from "deals.csv":
  id: text
  owner: person
  product: text
  amount: money
  stage: stage
  close_date: date

credit deals where stage is closed_won to owner on close_date

component "Commission" for role ae:
  pay amount * (if product.series is "Nova" and close_date in 2027-H1 then 12% else 8%) per deal

# Across all participants, the quarter's qualifying deals are taken by close date (then deal id),
# each paid 500 while the quarter's pool lasts; the deal that spends it gets what is left, the
# deals after it 0 ("pool of 5,250.00 per quarter spent"). A cancelled deal's SPIF would be
# clawed back from its owner but not returned to the pool.
component "Launch SPIF" for role ae:
  pay 500 per deal where product.series is "Nova" and close_date in 2027-H1
  from pool 5_250 per quarter in close_date order

# Tests: `compass test stdlib-plans/plans/new-product`. Rows in the declared field order.
test "the launch rate on Nova in the window, the standard rate elsewhere":
  people:
    ann ae
    bob ae
  products:
    "NV-100" Nova
    "AT-M" Atlas
  deals:
    D1 ann "NV-100" 10_000 closed_won 2027-02-10
    D2 ann "AT-M" 10_000 closed_won 2027-02-11
    D3 bob "NV-100" 10_000 closed_won 2027-08-01
    D4 bob "NV-100" 10_000 closed_lost 2027-02-12
  # D1 Nova in H1: 12% x 10,000 = 1,200 and a SPIF of 500 (the pool has 5,250)
  expect line(ann, 2027-Q1, "Commission", D1) = 1_200.00
  expect line(ann, 2027-Q1, "Launch SPIF", D1) = 500.00
  # D2 Atlas: 8% x 10,000 = 800, no SPIF; ann's Q1: 1,200 + 500 + 800 = 2,500
  expect payout(ann, 2027-Q1) = 2_500.00
  # D3 Nova after the window: 8% = 800 and no SPIF; D4 was lost: nothing
  expect payout(bob, 2027-Q3) = 800.00
  expect payout(bob, 2027-Q1) = 0.00

test "the quarter's pool of 5,250 is shared out by close date until it is spent":
  people:
    ann ae
    bob ae
  products: "NV-200" Nova
  # twelve Nova deals in Q1, written out of order; by close date (then id) they are
  # B1 A1 B2 A2 B3 A3 B4 A4 B5 A5 | A6 (Mar 20) B6 (Mar 20)
  deals:
    A6 ann "NV-200" 1_000 closed_won 2027-03-20
    B6 bob "NV-200" 1_000 closed_won 2027-03-20
    A1 ann "NV-200" 1_000 closed_won 2027-02-02
    A2 ann "NV-200" 1_000 closed_won 2027-02-04
    A3 ann "NV-200" 1_000 closed_won 2027-02-06
    A4 ann "NV-200" 1_000 closed_won 2027-02-08
    A5 ann "NV-200" 1_000 closed_won 2027-02-10
    B1 bob "NV-200" 1_000 closed_won 2027-02-01
    B2 bob "NV-200" 1_000 closed_won 2027-02-03
    B3 bob "NV-200" 1_000 closed_won 2027-02-05
    B4 bob "NV-200" 1_000 closed_won 2027-02-07
    B5 bob "NV-200" 1_000 closed_won 2027-02-09
    C1 ann "NV-200" 1_000 closed_won 2027-04-01
  # the first ten take 500 each: 5,000; A6 (same day as B6, lower id) takes the last 250;
  # B6 finds the pool spent: 0
  expect line(ann, 2027-Q1, "Launch SPIF", A5) = 500.00
  expect line(ann, 2027-Q1, "Launch SPIF", A6) = 250.00
  expect line(bob, 2027-Q1, "Launch SPIF", B6) = 0.00
  # ann: SPIFs 5 x 500 + 250 = 2,750; commission 6 x 12% x 1,000 = 720; total 3,470
  expect payout(ann, 2027-Q1) = 3_470.00
  # bob: 5 x 500 + 0 = 2,500; 6 x 120 = 720; total 3,220
  expect payout(bob, 2027-Q1) = 3_220.00
  # Q2 has a pool of its own: C1 takes 500; with 120 commission, 620
  expect payout(ann, 2027-Q2) = 620.00
