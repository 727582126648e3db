plan "Syntax" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

quota = 100_000 USD per quarter
bookings = sum of amount where (
