package compass.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spacing and indentation rules, one row each: the text as written (`|` stands for a line
 * break) and its canonical layout. Layout needs tokens only, so the rows need not be whole plans.
 */
class LayoutRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      # binary operators: one space around
      quota=250_000  USD   per quarter         ; quota = 250_000 USD per quarter
      x = a+b-c*d/e                            ; x = a + b - c * d / e
      ok = a<=b and c>=d or e!=f and g<>h      ; ok = a <= b and c >= d or e != f and g <> h
      # `x` multiplies and stays a word; numbers stay as written
      cap 2 x    target_incentive per year     ; cap 2 x target_incentive per year
      q = 1_000.50 + 250_000 + 0.10            ; q = 1_000.50 + 250_000 + 0.10
      # commas and colons: none before, one after
      stages a ,b,  c                          ; stages a, b, c
      id :text from "Id"  optional             ; id: text from "Id" optional
      # brackets: none inside; none between a function and its bracket
      m = min( a ,b )                          ; m = min(a, b)
      m = ( a + b ) * ( c )                    ; m = (a + b) * (c)
      m = max(min(a, b), (c))                  ; m = max(min(a, b), (c))
      # every built-in function alike (compass.check.Builtin)
      r = round ( attainment,2 )               ; r = round(attainment, 2)
      r = abs( a-b ) + clamp(x,-5 , 10%)       ; r = abs(a - b) + clamp(x, -5, 10%)
      d = days_between( close_date,2027-03-31) ; d = days_between(close_date, 2027-03-31)
      pay prorate(9_000 per quarter ,s, e)     ; pay prorate(9_000 per quarter, s, e)
      # the dot of a table field
      quota = quotas . amount                  ; quota = quotas.amount
      # lookups: a table called with its keys, then the dot of its field
      r = rate_card( region,line ) . rate      ; r = rate_card(region, line).rate
      ok = certification  valid on close_date  ; ok = certification valid on close_date
      # a minus sign stays on its number; a subtraction gets spaces
      pay - 100 if a > - 5%                    ; pay -100 if a > -5%
      x = a-b                                  ; x = a - b
      x = a - b                                ; x = a - b
      # ...but a minus written as a sign stays one (a row of test data, where a name and a
      # number are two cells)
      D1 ann -5_000 closed_won                 ; D1 ann -5_000 closed_won
      x = a -b                                 ; x = a -b
      x = (-a) - -b                            ; x = (-a) - -b
      x = f(-a, -1)                            ; x = f(-a, -1)
      x = 2027 - 01                            ; x = 2027 - 01
      # arrows of a curve
        0%->25%                                ; 0% -> 25%
      # sets and day windows (issue 14): a set is a bracketed list; `..` joins its two days
      s = ( "LATAM" ,"APAC" )                   ; s = ("LATAM", "APAC")
      pay 5 per deal where r is not in(a,b)     ; pay 5 per deal where r is not in (a, b)
      ok = d within 30   days of start_date     ; ok = d within 30 days of start_date
      ok = d in days 31 .. 60 of s              ; ok = d in days 31..60 of s
      ok = d not in days 1..30 of s             ; ok = d not in days 1..30 of s
      region: text  ignoring   case optional    ; region: text ignoring case optional
      # a tier table applied to another amount (issue 15)
      retroactive  tiers on attainment applied   to base_salary ; retroactive tiers on attainment applied to base_salary
      retroactive tiers on bookings against 200_000 applied to max(bookings-quota,0) ; retroactive tiers on bookings against 200_000 applied to max(bookings - quota, 0)
      # spans (issue 15): words, one space each
      gate bookings  year to   date >= q        ; gate bookings year to date >= q
      y = (sum of amount)year to date           ; y = (sum of amount) year to date
      y = bookings trailing   3  months         ; y = bookings trailing 3 months
      # a soft keyword naming a definition, called in a test: glued as written (issue 15)
      expect spread(ann, 2027-Q1) = 1          ; expect spread(ann, 2027-Q1) = 1
      expect  spread( ann,2027-Q1 ) = 1        ; expect spread(ann, 2027-Q1) = 1
      pay (a + b) * 5%                         ; pay (a + b) * 5%
      # tokens without a rule (a stray character) get one space
      x = a $b                                 ; x = a $ b
      """)
  void spacingOnOneLine(String written, String canonical) {
    assertEquals(canonical + "\n", Formatter.layout(written.replace('|', '\n')));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
      # two spaces per block level, whatever the file used
      a:|    b|        c|    d|e                     ; a:|  b|    c|  d|e
      a:|\tb|\t\tc                                 ; a:|  b|    c
      # continuation lines: four more than their statement
      stages a,|b,|          c|d = 1                 ; stages a,|    b,|    c|d = 1
      x:|  y = a +|b|  z                             ; x:|  y = a +|      b|  z
      y = f(a,|b)                                    ; y = f(a,|    b)
      # at most one blank line, none at the start or the end; no trailing spaces
      ||a   |||||b||                                 ; a||b
      # comments: trailing ones two spaces after the code, lined up in a run of lines
      a # one|bb    # two|c|d  # three               ; a   # one|bb  # two|c|d  # three
      # the second line of a trailing comment stays under it
      a = 1  # one|       # two|b                    ; a = 1  # one|       # two|b
      a = 1  # one|   # not under it|b               ; a = 1  # one|# not under it|b
      a = "€😀" # one|         # two                 ; a = "€😀"  # one|          # two
      # a comment line takes the level of the next line...
      a:|  b|# about c|  c                           ; a:|  b|  # about c|  c
      # ...or of the block it closes, if it was indented like it
      a:|  b|    c|    # end of b|d                  ; a:|  b|    c|    # end of b|d
      a:|  b|    c|  # end of a|d                    ; a:|  b|    c|  # end of a|d
      a:|  b|    c|# about d|d                       ; a:|  b|    c|# about d|d
      a:|  b|  # last                                ; a:|  b|  # last
      # a comment's text is kept, trailing spaces removed
      a|#   x  =  1                                ; a|#   x  =  1
      """)
  void linesAndComments(String written, String canonical) {
    String input = written.replace("\\t", "\t").replace('|', '\n');
    assertEquals(canonical.replace('|', '\n') + "\n", Formatter.layout(input));
  }
}
