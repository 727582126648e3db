# SYNTAX TEST "source.compass" "numbers, percents, dates, periods, operators"
quota = 250_000 USD per quarter
#     ^ keyword.operator.compass
#       ^^^^^^^ constant.numeric.compass
#                   ^^^ keyword.operator.word.compass
#                       ^^^^^^^ keyword.other.compass
    from 100% pay 12.5%  # the accelerator
#        ^^^^ constant.numeric.percent.compass
#                 ^^^^^ constant.numeric.percent.compass
#                        ^^^^^^^^^^^^^^^^^ comment.line.number-sign.compass
  effective 2027-01-01 to 2027-12-31
#           ^^^^^^^^^^ constant.other.date.compass
#                         ^^^^^^^^^^ constant.other.date.compass
  expect payout(ann, 2027-Q1) = 22_250.00
# ^^^^^^ keyword.other.declaration.compass
#              ^ punctuation.brackets.compass
#                  ^ punctuation.separator.compass
#                    ^^^^^^^ constant.other.period.compass
#                               ^^^^^^^^^ constant.numeric.compass
  expect bookings(ann, FY2027) = 1.5 x 2
#                      ^^^^^^ constant.other.period.compass
#                                ^^^ constant.numeric.compass
#                                    ^ keyword.operator.word.compass
  days 31..60 after close_date
# ^^^^ keyword.other.compass
#      ^^ constant.numeric.compass
#        ^^ keyword.operator.compass
#          ^^ constant.numeric.compass
name = "say \"hi\" # not a comment"
#      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.compass
#           ^^ constant.character.escape.compass
#                  ^^^^^^^^^^^^^^^ - comment
