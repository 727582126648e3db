plan "Trojan ⁧source" version 1
  currency USD
  pays quarterly
  effective 2027-01-01 to 2027-12-31

# the classic trick: a comment that ends the line, shown reversed
rate = 10%  # ‮admin only⁦
bonus = 500 USD  # ‏note
