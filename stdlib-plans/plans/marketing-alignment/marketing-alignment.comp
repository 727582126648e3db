# Marketing and sales alignment plan, FY2027, paid quarterly. The plan's terms, as signed:
#
#   1. Sales development reps (SDRs) earn 40 for every meeting they book that is held, in a
#      quarter where at least 70% of the meetings they booked were held (held / booked >= 70%);
#      in a quarter below that show rate, no meeting is paid.
#   2. SDRs earn 250 for every deal they sourced (the deal's `sourced_by`) that closes won, in the
#      quarter it closes, whatever their show rate.
#   3. Marketers earn 40 for every lead of theirs that reaches qualification, in the quarter it
#      is qualified.
#   4. Account executives earn 5% of their won deals; managers 1% of their team's won deals.
#      Deals in EUR or GBP are converted to USD at the rate in force on the close date.
#
# Deals move through the sales-process stages in the order below; only `closed_won` pays.
plan "Marketing and sales alignment FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages prospecting, qualification, research, demonstration, objections, closing,
    nurturing, closed_won, closed_lost

input people from "people.csv":
  id: text
  role: text
  manager: person optional

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  currency: text
  stage: stage
  close_date: date
  sourced_by: person optional

input meetings from "meetings.csv":
  id: text
  booked_by: person
  meeting_date: date
  status: text

input leads from "leads.csv":
  id: text
  owner: person
  status: text
  qualified_date: date optional

input fx from "fx.csv":
  currency: text
  date: date
  rate: number

# A won deal is credited to its owner (and the owner's manager) and, as `sourced`, to the SDR
# who sourced it. Every meeting is credited to the SDR who booked it, held or not, so that the
# show rate can count both; a lead once it reaches qualification, on the day it does.
credit deals where stage is closed_won to owner on close_date roll up one level
credit deals where stage is closed_won to sourced_by on close_date as sourced
credit meetings to booked_by on meeting_date
credit leads where status is qualified to owner on qualified_date

convert deals with fx using currency on close_date

bookings = sum of amount of deals
booked_meetings = count of meetings
held_meetings = count of meetings where status is held
# The share of the quarter's booked meetings that were held (0% in a quarter with none booked).
show_rate = if booked_meetings = 0 then 0% else held_meetings / booked_meetings * 100%

component "Held meetings" for role sdr:
  pay 40 per meeting where status is held
  gate show_rate >= 70%

component "Sourced deals" for role sdr:
  pay 250 per sourced

component "Qualified leads" for role marketer:
  pay 40 per lead

component "Commission" for role ae:
  pay 5% of bookings

component "Manager override" for role manager:
  pay 1% of bookings

# Tests: `compass test stdlib-plans/plans/marketing-alignment`. Rows in the declared field order
# (people: id role manager; deals: id owner amount currency stage close_date sourced_by;
# meetings: id booked_by meeting_date status; leads: id owner status qualified_date;
# fx: currency date rate).

test "the show-rate gate: 7 of 10 held pays, 2 of 3 does not":
  people:
    mia manager
    ann ae mia
    sam sdr mia
  meetings:
    M01 sam 2027-01-04 held
    M02 sam 2027-01-11 held
    M03 sam 2027-01-18 held
    M04 sam 2027-01-25 held
    M05 sam 2027-02-01 held
    M06 sam 2027-02-08 held
    M07 sam 2027-02-15 held
    M08 sam 2027-02-22 no_show
    M09 sam 2027-03-01 cancelled
    M10 sam 2027-03-08 no_show
    M11 sam 2027-04-05 held
    M12 sam 2027-04-12 held
    M13 sam 2027-05-03 no_show
  # Q1: 10 booked, 7 held: show rate 7 / 10 = 70%, the gate (>= 70%) is met: 7 x 40 = 280
  expect show_rate(sam, 2027-Q1) = 70%
  expect payout(sam, 2027-Q1) = 280.00
  # Q2: 3 booked, 2 held: 2 / 3 = 66.67% < 70%: the two held meetings pay nothing
  expect held_meetings(sam, 2027-Q2) = 2
  expect payout(sam, 2027-Q2) = 0.00
  # Q3: nothing booked: a show rate of 0%, and nothing to pay anyway
  expect show_rate(sam, 2027-Q3) = 0%

test "sourced deals pay the SDR per won deal, whatever the show rate; the owner on the amount":
  people:
    mia manager
    ann ae mia
    sam sdr mia
  fx: EUR 2027-01-01 1.2
  deals:
    D1 ann 100_000 USD closed_won 2027-02-01 sam
    D2 ann 10_000 EUR closed_won 2027-02-20 sam
    D3 ann 40_000 USD closed_lost 2027-03-01 sam
    D4 ann 30_000 USD closing 2027-03-02 sam
    D5 ann 20_000 USD closed_won 2027-03-05
  meetings: M1 sam 2027-01-04 no_show
  # sam: D1 and D2 closed won and were sourced by him: 2 x 250 = 500; D3 was lost, D4 is still
  # in closing, D5 nobody sourced. His one meeting was not held (show rate 0%): no meeting pay.
  expect line(sam, 2027-Q1, "Sourced deals") = 500.00
  expect payout(sam, 2027-Q1) = 500.00
  # ann: 100,000 + 10,000 EUR x 1.2 = 12,000 + 20,000 = 132,000 won; 5% = 6,600
  expect bookings(ann, 2027-Q1) = 132_000.00
  expect payout(ann, 2027-Q1) = 6_600.00
  # mia: 1% of her AE's 132,000 = 1,320 (the SDR's sourced credit is not rolled up)
  expect payout(mia, 2027-Q1) = 1_320.00

test "marketers are paid per lead in the quarter it reaches qualification":
  people:
    kim marketer
  leads:
    L1 kim qualified 2027-03-31
    L2 kim qualified 2027-04-01
    L3 kim qualified 2027-04-20
    L4 kim disqualified
    L5 kim new
  # L1 qualified in Q1: 40; L2 and L3 in Q2: 2 x 40 = 80; L4 and L5 never reached qualification
  expect payout(kim, 2027-Q1) = 40.00
  expect payout(kim, 2027-Q2) = 80.00
  expect payout(kim, FY2027) = 120.00
