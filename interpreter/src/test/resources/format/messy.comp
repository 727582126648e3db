


# A plan written in a hurry: every layout mistake compass fmt fixes.    
plan "Messy FY2027"   version 2
    currency USD    # the plan currency
    pays   quarterly
    effective 2027-01-01 to 2027-12-31



stages open,closed_won ,
          closed_lost

input people from "people.csv" :
	id : text
	role:text
	target_incentive : money   optional

input deals from "deals.csv":
    id: text
    owner: person
    amount: money    from "Amount"
    stage : stage
    close_date: date optional
    term_months : integer
    # a comment closing the block, indented like it

credit deals where stage is closed_won to owner on close_date

quota=200_000 per quarter
bookings =sum of amount where term_months>=12
attainment = bookings/quota   # money / money is a percent
                              # this line continues the comment above
adjusted = max( attainment - 10% , -5% ) +
     min(attainment,150%)*(1+0.5)
when quota is 0 then attainment=0%

payout_factor = curve on attainment :
      0%->0%
      100% -> 100%     # on target
      150%->200%

component "Commission" for role ae cumulative over year :
  marginal tiers on bookings
          from 0%   pay 5%
          from 100% pay 12%     # the accelerator
          above 150% pay 15%
# commented out:
#   multiply by 1.2 where term_months >= 24
  cap 2 x target_incentive per year

component "Penalty" for role ae:
  pay - 100 if attainment < 50%
  # the end
