# 30-60-90 onboarding plan, FY2027, paid quarterly. The plan's terms, as signed (day 1 is the
# new hire's start date):
#
#   1. Guarantee. Every new hire is guaranteed 2,500 a month for their first 90 days (days 1
#      to 90), paid with each quarter's statement prorated by the days of the 90 that fall in it.
#   2. Milestone bonuses, each paid once, in the quarter it is reached:
#      - day 30: 500 for completing the three onboarding courses within days 1 to 30;
#      - day 60 (SDRs): 750 for at least 10 held meetings booked in days 31 to 60;
#      - day 90 (account executives): 1,000 for the first won deal closing in days 61 to 90
#        (one bonus however many deals close then; deals of days 1 to 60 do not count for it).
#   3. The standard plan from day 91. Deals and meetings of days 1 to 90 earn no commission:
#      the guarantee and the milestones are paid instead (nothing is netted against them).
#      Account executives earn 5% of their won deals closing from day 91, SDRs 40 per held
#      meeting booked from day 91; managers 1% of all their team's won deals. Marketers are paid
#      under the marketing plan: only the guarantee and the day-30 bonus of this plan apply.
#      Deals in EUR or GBP are converted to USD at the rate in force on the close date.
#
# Day 90 of anyone who started on or before 2026-10-03 is in 2026: only the standard plan applies
# to them. Someone who started later in 2026 is paid what is left of their first 90 days.
plan "30-60-90 onboarding FY2027" version 1
  currency USD
  fiscal year starts January
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages prospecting, qualification, research, demonstration, objections,
    closed_won, nurturing, closed_lost

input people from "people.csv":
  id: text
  role: text
  start_date: date
  manager: person optional

input deals from "deals.csv":
  id: text
  owner: person
  amount: money
  currency: text
  stage: stage
  close_date: date

input meetings from "meetings.csv":
  id: text
  booked_by: person
  meeting_date: date
  status: text

input trainings from "trainings.csv":
  id: text
  trainee: person
  course: text
  completed_on: date

input fx from "fx.csv":
  currency: text
  date: date
  rate: number

# Three credit sources: won deals to their owner (and the owner's manager), meetings to the SDR
# who booked them, completed courses to the trainee.
credit deals where stage is closed_won to owner on close_date roll up one level
credit meetings to booked_by on meeting_date
credit trainings to trainee on completed_on

convert deals with fx using currency on close_date

# What counts for the milestones and the standard plan, by days from the start date.
onboarding_courses = ("product-basics", "discovery-calls", "demo-skills")
courses_in_days_1_to_30 = count of trainings where course is in onboarding_courses and
    completed_on within 30 days of start_date
held_in_days_31_to_60 = count of meetings where status is held and
    meeting_date in days 31..60 of start_date
won_in_days_61_to_90 = count of deals where close_date in days 61..90 of start_date
bookings = sum of amount of deals
bookings_from_day_91 = sum of amount of deals where not close_date within 90 days of start_date

component "Guarantee":
  pay prorate(2_500 per month, start_date, start_date + 89 days)

# Milestones are cumulative over the year: the bonus is earned in the quarter the year to date
# first reaches it, and later quarters pay only the difference, which is nothing.
component "Day 30: onboarding courses" cumulative over year:
  pay 500 if courses_in_days_1_to_30 >= 3

component "Day 60: meetings held" for role sdr cumulative over year:
  pay 750 if held_in_days_31_to_60 >= 10

component "Day 90: first won deal" for role ae cumulative over year:
  pay 1_000 if won_in_days_61_to_90 >= 1

component "Commission" for role ae:
  pay 5% of bookings_from_day_91

component "Held meetings" for role sdr:
  pay 40 per meeting where status is held and not meeting_date within 90 days of start_date

component "Manager override" for role manager:
  pay 1% of bookings

# Tests: `compass test stdlib-plans/plans/onboarding-30-60-90`. Rows in the declared field order
# (people: id role start_date manager; deals: id owner amount currency stage close_date;
# meetings: id booked_by meeting_date status; trainings: id trainee course completed_on;
# fx: currency date rate).

test "an AE hired on 2027-02-15: guarantee across two quarters, milestones, then commission":
  people:
    mia role manager start_date 2020-01-01
    ann ae 2027-02-15 mia
  trainings:
    T1 ann "product-basics" 2027-02-15
    T2 ann "discovery-calls" 2027-03-01
    T3 ann "demo-skills" 2027-03-16
  deals:
    D1 ann 40_000 USD closed_won 2027-03-20
    D2 ann 60_000 USD closed_won 2027-04-20
    D3 ann 10_000 USD closed_won 2027-05-15
    D4 ann 80_000 USD closed_won 2027-05-16
  # Days 1 to 90 are 2027-02-15 to 2027-05-15. Guarantee: 2,500 a month is 7,500 a quarter;
  # Q1 (90 days) holds 45 of them (02-15 to 03-31): 7,500 x 45 / 90 = 3,750.00;
  # Q2 (91 days) the other 45 (04-01 to 05-15): 7,500 x 45 / 91 = 3,708.791... = 3,708.79.
  expect line(ann, 2027-Q1, "Guarantee") = 3_750.00
  expect line(ann, 2027-Q2, "Guarantee") = 3_708.79
  # Day 30 is 2027-03-16: T3 on that day is still inside; three courses: 500 in Q1.
  expect line(ann, 2027-Q1, "Day 30: onboarding courses") = 500.00
  expect line(ann, 2027-Q2, "Day 30: onboarding courses") = 0.00
  # Days 61 to 90 are 2027-04-16 to 2027-05-15: D2 and D3 are in them; 1,000 once, in Q2.
  expect won_in_days_61_to_90(ann, 2027-Q2) = 2
  expect line(ann, 2027-Q2, "Day 90: first won deal") = 1_000.00
  # Commission from day 91 (2027-05-16): only D4, 5% x 80,000 = 4,000. D1 (day 34), D2 (day
  # 65) and D3 (day 90) earn none.
  expect line(ann, 2027-Q1, "Commission") = 0.00
  expect line(ann, 2027-Q2, "Commission") = 4_000.00
  expect payout(ann, 2027-Q1) = 4_250.00
  # Q2: 3,708.79 + 1,000 + 4,000 = 8,708.79; Q3: past day 90, nothing more
  expect payout(ann, 2027-Q2) = 8_708.79
  expect payout(ann, 2027-Q3) = 0.00
  # mia: 1% of every won deal of her team, 190,000: 400 in Q1, 1,500 in Q2
  expect payout(mia, 2027-Q1) = 400.00
  expect payout(mia, 2027-Q2) = 1_500.00

test "an SDR hired on 2027-06-01: courses late, meetings on days 31 to 60 and from day 91":
  people:
    sam sdr 2027-06-01
  trainings:
    T1 sam "product-basics" 2027-06-10
    T2 sam "discovery-calls" 2027-06-20
    T3 sam "demo-skills" 2027-07-01
  meetings:
    M01 sam 2027-07-01 held
    M02 sam 2027-07-02 held
    M03 sam 2027-07-05 held
    M04 sam 2027-07-06 held
    M05 sam 2027-07-07 held
    M06 sam 2027-07-08 held
    M07 sam 2027-07-09 held
    M08 sam 2027-07-12 held
    M09 sam 2027-07-13 held
    M10 sam 2027-07-14 held
    M11 sam 2027-07-15 no_show
    M12 sam 2027-08-30 held
    M13 sam 2027-08-31 held
    M14 sam 2027-09-01 cancelled
  # Day 30 is 2027-06-30: T3 on 07-01 (day 31) is too late, two courses: no day-30 bonus.
  expect courses_in_days_1_to_30(sam, 2027-Q2) = 2
  expect line(sam, 2027-Q2, "Day 30: onboarding courses") = 0.00
  expect line(sam, 2027-Q3, "Day 30: onboarding courses") = 0.00
  # Days 31 to 60 are 2027-07-01 to 2027-07-30: M01 to M10 held, 10 meetings: 750 in Q3.
  expect held_in_days_31_to_60(sam, 2027-Q3) = 10
  expect line(sam, 2027-Q3, "Day 60: meetings held") = 750.00
  # Day 91 is 2027-08-30: M12 and M13 held from then on, 2 x 40 = 80; M01-M10 earn no pay.
  expect line(sam, 2027-Q3, "Held meetings") = 80.00
  # Guarantee: days 1 to 90 are 2027-06-01 to 2027-08-29; 7,500 a quarter;
  # Q2: 30 of 91 days (06-01 to 06-30): 7,500 x 30 / 91 = 2,472.527... = 2,472.53;
  # Q3: 60 of 92 days (07-01 to 08-29): 7,500 x 60 / 92 = 4,891.304... = 4,891.30.
  expect payout(sam, 2027-Q2) = 2_472.53
  # Q3: 4,891.30 + 750 + 80 = 5,721.30
  expect payout(sam, 2027-Q3) = 5_721.30

test "a hire of 2026-11-16 is in their first 90 days in January and February 2027":
  people: bob ae 2026-11-16
  fx: EUR 2027-01-01 1.1
  deals:
    D1 bob 10_000 EUR closed_won 2027-02-13
    D2 bob 10_000 EUR closed_won 2027-02-14
  # Days 1 to 90: 2026-11-16 to 2027-02-13. The plan pays from 2027-01-01: Q1 holds 44 days of
  # them (01-01 to 02-13): 7,500 x 44 / 90 = 3,666.67 (3,666.666...).
  # D1 closes on day 90, in the days 61 to 90 (2027-01-15 to 02-13): the day-90 bonus, 1,000.
  # D2 is day 91: 10,000 EUR x 1.1 = 11,000 USD, 5% = 550.
  expect bookings_from_day_91(bob, 2027-Q1) = 11_000.00
  expect payout(bob, 2027-Q1) = 5_216.67
