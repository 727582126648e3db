plan "Slip layout" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

stages   early,late,won,lost   with win rates early 20% ,late 50%,won 100%,lost 0%
# how far close dates slip in a forecast (issue 18); a negative bound keeps its sign
close   dates  slip 0 to 30 days ,late  -5 to 10   days,early 1_0 to 90 days,   # per stage
      won 0 to 1 days
