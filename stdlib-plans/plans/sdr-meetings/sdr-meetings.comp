# An SDR team and the sellers it feeds, FY2027, paid quarterly, from one Excel workbook (a sheet
# per table, as the CRM's export gives it). Sales development reps (SDRs) earn 50 for every
# meeting they book that is held, and 2% of the won deals they sourced (a deal's `sourced_by`),
# but that part only in a quarter with at least 6 held meetings; marketers earn 25 per lead that
# reaches qualification; account executives earn 5% of their won deals; managers 1% of their
# team's. Deals in EUR or GBP are converted to USD at the rate in force on the close date.
plan "SDR and sellers FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages prospecting, qualification, research, demonstration, objections,
    closed_won, nurturing, closed_lost

input people from "sdr.xlsx" sheet "people":
  id: text
  role: text
  manager: person optional

input deals from "sdr.xlsx" sheet "deals":
  id: text
  owner: person
  amount: money
  currency: text
  stage: stage
  close_date: date
  sourced_by: person optional

input meetings from "sdr.xlsx" sheet "meetings":
  id: text
  booked_by: person
  meeting_date: date
  status: text

input leads from "sdr.xlsx" sheet "leads":
  id: text
  owner: person
  status: text
  qualified_date: date optional

input fx from "sdr.xlsx" sheet "fx":
  currency: text
  date: date
  rate: number

# Each won deal is credited twice: to its owner (and the owner's manager), and, as `sourced`, to
# the SDR who sourced it (a deal nobody sourced is credited to no one that way). A meeting is
# credited to the SDR who booked it whatever became of it; a lead once it is qualified.
credit deals where stage is closed_won to owner on close_date roll up one level
credit deals where stage is closed_won to sourced_by on close_date as sourced
credit meetings to booked_by on meeting_date
credit leads where status is qualified to owner on qualified_date

convert deals with fx using currency on close_date

bookings = sum of amount of deals
sourced_bookings = sum of amount of sourced
held_meetings = count of meetings where status is held

component "Held meetings" for role sdr:
  pay 50 per meeting where status is held

component "Sourced pipeline" for role sdr:
  pay 2% of sourced_bookings
  gate held_meetings >= 6

component "Qualified leads" for role marketer:
  pay 25 per lead

component "Commission" for role ae:
  pay 5% of bookings

component "Manager override" for role manager:
  pay 1% of bookings

# Tests: `compass test stdlib-plans/plans/sdr-meetings`. Rows in the declared field order
# (people: id role manager; deals: id owner amount currency stage close_date sourced_by;
# meetings: id booked_by meeting_date status; leads: id owner status qualified_date;
# fx: currency date rate).

test "held meetings, and sourced pipeline only behind the meetings gate":
  people:
    mia manager
    ann ae mia
    sam sdr mia
  meetings:
    M1 sam 2027-01-05 held
    M2 sam 2027-01-12 held
    M3 sam 2027-01-19 held
    M4 sam 2027-02-02 held
    M5 sam 2027-02-09 held
    M6 sam 2027-03-01 held
    M7 sam 2027-03-08 no_show
    M8 sam 2027-04-06 held
    M9 sam 2027-05-04 held
  deals:
    D1 ann 100_000 USD closed_won 2027-02-01 sam
    D2 ann 50_000 USD closed_won 2027-05-20 sam
    D3 ann 20_000 USD closed_lost 2027-05-21 sam
  # Q1: 6 held meetings x 50 = 300; the gate (6 held) is met: 2% of D1's 100,000 = 2,000
  expect held_meetings(sam, 2027-Q1) = 6
  expect line(sam, 2027-Q1, "Held meetings") = 300.00
  expect payout(sam, 2027-Q1) = 2_300.00
  # Q2: 2 held meetings x 50 = 100; the gate is not met, so D2 earns sam nothing this quarter
  expect sourced_bookings(sam, 2027-Q2) = 50_000.00
  expect payout(sam, 2027-Q2) = 100.00
  # the owner and her manager are paid on the same deals: 5% and 1%; D3 was lost
  expect payout(ann, 2027-Q1) = 5_000.00
  expect payout(ann, 2027-Q2) = 2_500.00
  expect payout(mia, 2027-Q2) = 500.00

test "a EUR deal is converted for its owner and for its SDR; qualified leads":
  people:
    ann ae
    sam sdr
    kim marketer
  fx: EUR 2027-01-01 1.2
  deals: D1 ann 10_000 EUR closed_won 2027-03-15 sam
  meetings:
    M1 sam 2027-01-05 held
    M2 sam 2027-01-06 held
    M3 sam 2027-01-07 held
    M4 sam 2027-01-08 held
    M5 sam 2027-01-09 held
    M6 sam 2027-01-10 held
  leads:
    L1 kim qualified 2027-02-03
    L2 kim disqualified
    L3 kim qualified 2027-04-01
  # D1: 10,000 EUR x 1.2 = 12,000 USD. ann: 5% = 600. sam: 6 x 50 = 300 and 2% x 12,000 = 240
  expect payout(ann, 2027-Q1) = 600.00
  expect payout(sam, 2027-Q1) = 540.00
  # kim: one lead qualified in Q1 (L1), one in Q2 (L3); L2 never qualified
  expect payout(kim, 2027-Q1) = 25.00
  expect payout(kim, 2027-Q2) = 25.00
