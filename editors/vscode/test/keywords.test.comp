# SYNTAX TEST "source.compass" "keywords, a comment, a string"
plan "AE FY2027" version 3
# <---- keyword.other.declaration.compass
#    ^^^^^^^^^^^ string.quoted.double.compass
#    ^ punctuation.definition.string.begin.compass
#                ^^^^^^^ keyword.other.compass
#                        ^ constant.numeric.compass
  currency USD  # the plan currency
# ^^^^^^^^ keyword.other.compass
#          ^^^ support.constant.currency.compass
#               ^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.compass
credit deals where stage is closed_won to owner on close_date
# <------ keyword.other.declaration.compass
#      ^^^^^ keyword.other.compass
#            ^^^^^ keyword.control.compass
#                  ^^^^^ - keyword
#                       ^^^^ - constant
#                        ^^ keyword.operator.word.compass
#                           ^^^^^^^^^^ - keyword
#                                      ^^ keyword.other.compass
#                                         ^^^^^ - keyword
#                                               ^^ keyword.other.compass
#                                                  ^^^^^^^^^^ - keyword
draw 1_000 per month non-recoverable
# <---- keyword.other.compass
#    ^^^^^ constant.numeric.compass
#          ^^^ keyword.operator.word.compass
#              ^^^^^ keyword.other.compass
#                    ^^^^^^^^^^^^^^^ keyword.other.compass
component "Kicker" for role ae:
# <--------- keyword.other.declaration.compass
#                  ^^^ keyword.other.compass
#                      ^^^^ keyword.other.compass
#                           ^^ - keyword
#                             ^ punctuation.separator.compass
  pay 2_500 if attainment >= 150% and not team_won
# ^^^ keyword.other.compass
#           ^^ keyword.control.compass
#                         ^^ keyword.operator.compass
#                            ^^^^ constant.numeric.percent.compass
#                                 ^^^ keyword.operator.word.compass
#                                     ^^^ keyword.operator.word.compass
#                                         ^^^^^^^^ - keyword
team_quota = true
# <---------- - keyword
#            ^^^^ constant.language.boolean.compass
