plan "Cycle" version 1
  currency EUR
  pays monthly
  effective 2027-01-01 to 2027-12-31

input people from "people.csv":
  id: text

a = b + 1
b = c * 2
c = a
