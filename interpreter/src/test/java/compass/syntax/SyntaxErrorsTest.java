package compass.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.diag.Diagnostics;
import compass.source.SourceFile;
import compass.testing.DiagnosticSummary;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every syntax diagnostic, one row each: the text read, and exactly what is reported (line:column,
 * code, message, hint, labels). The messages come from the parser's state (ExpectedInput), so a row
 * is the place to see what a change to the grammar does to them. Positions counted by hand: columns
 * from 1, a caret at the end of a line is one past its last character.
 */
class SyntaxErrorsTest {
  private static final String BLOCK =
      "close it with `)`; until it is closed, the lines that follow are read as part of the brackets";

  static Stream<Arguments> rows() {
    return Stream.of(
        // E0101: what was expected, by name, after what
        plan(
            "component \"Quota\"\n  pay 5",
            "1:18 E0101 expected `for`, `cumulative` or `:` after the component title, found end of line"
                + " (hint: a block starts with `:` at the end of the line)"),
        plan(
            "component \"Quota\":\n  marginal tiers on bookings\n    pay 5%",
            "3:5 E0101 expected a tier band (`from X pay R`), found `pay`"),
        plan(
            "component \"Quota\":\n  pay",
            "2:6 E0101 expected an expression or `out` after `pay`, found end of line"),
        plan(
            "component \"Quota\":\n  pay 5%\n  bonus 1",
            "3:3 E0101 expected a component step (`pay`, `cap`, `floor`, tiers...) or end of the block, found `bonus`"),
        plan(
            "plan \"P\" version 1\n  bogus USD",
            "2:3 E0101 expected a plan setting (`currency`, `pays`, `effective`...), found `bogus`"),
        plan(
            "plan \"P\" version 1\n  pays",
            "2:7 E0101 expected a name after `pays`, found end of line"),
        plan(
            "plan \"P\" version 1\n  effective 2027-01-01 to",
            "2:26 E0101 expected a date (`2027-01-01`) after `to`, found end of line"),
        plan(
            "q = 1 USD per fortnight",
            "1:15 E0101 expected a period (`month`, `quarter`, `half`, `year` or `period`) after `per`, found `fortnight`"),
        plan(
            "q = if a then b",
            "1:16 E0101 expected an operator, `else`, `valid`, `(` or `.` after `b`, found end of line"),
        plan("q = = 1", "1:5 E0101 expected an expression or `curve` after `=`, found `=`"),
        plan(
            "input deals from \"d.csv\":\n  id text",
            "2:6 E0101 expected `:` after `id`, found `text`"),
        plan("stages a b", "1:10 E0101 expected `with`, `,` or end of line after `a`, found `b`"),
        plan(
            "q = 1\n  r = 2",
            "2:3 E0101 expected a declaration (a definition, `input`, `component`...) or end of file, found an indented line"
                + " (hint: this line is indented more than the one before; indent only the clauses of a block)"),
        expr(
            "1 2",
            "1:3 E0101 expected an operator, a duration (`days`, `months` or `years`), a currency (`USD`) or end of line"
                + " after `1`, found `2`"),
        // E0101: brackets. Unclosed: at the bracket, with where the closing one was due
        expr("min(a, b", "1:4 E0101 unclosed `(` (hint: " + BLOCK + ") [1:9 expected `)` here]"),
        expr("(1 + 2", "1:1 E0101 unclosed `(` (hint: " + BLOCK + ") [1:7 expected `)` here]"),
        // the line breaks after an open bracket are read as inside it: the bracket is the error,
        // due at the end of its own line, and nothing after it is reported
        plan(
            "q = min(1, 2\nr = 3\ns = = 4",
            "1:8 E0101 unclosed `(` (hint: " + BLOCK + ") [1:13 expected `)` here]"),
        plan(
            "q = (bookings +",
            "1:16 E0101 expected an expression after `+`, found end of line [1:5 `(` not closed]"),
        plan(
            "q = (a + b))", "1:12 E0101 unmatched `)` (hint: remove it, or add the `(` it closes)"),
        // every mistake is reported: the parser finds its place again at the next statement (the
        // next step of the block, the next field, the next declaration)
        plan(
            "component \"C\":\n  pay\n  cap\nt = = 1",
            "2:6 E0101 expected an expression or `out` after `pay`, found end of line",
            "3:6 E0101 expected an expression after `cap`, found end of line",
            "4:5 E0101 expected an expression or `curve` after `=`, found `=`"),
        plan(
            "input deals from \"d.csv\":\n  id text\n  amount: money\n  owner person\n",
            "2:6 E0101 expected `:` after `id`, found `text`",
            "4:9 E0101 expected `:` after `owner`, found `person`"),
        // ...but the lines under a header that went wrong are its own, not new mistakes
        plan(
            "component \"C\" for role ae\n  pay 5\n  cap 3\nt = = 1",
            "1:26 E0101 expected `for`, `cumulative`, `,` or `:` after `ae`, found end of line"
                + " (hint: a block starts with `:` at the end of the line)",
            "4:5 E0101 expected an expression or `curve` after `=`, found `=`"),
        // at most 10 syntax errors, the count a reader can act on before checking again; then
        // one E0108 at the first error not shown
        plan(
            "q = = 1\n".repeat(12),
            Stream.concat(
                    java.util.stream.IntStream.rangeClosed(1, 10)
                        .mapToObj(
                            l ->
                                l
                                    + ":5 E0101 expected an expression or `curve` after `=`, found `=`"),
                    Stream.of(
                        "11:1 E0108 more syntax errors from this line on are not shown: only the"
                            + " first 10 of a file are (hint: fix these and check again)"))
                .toArray(String[]::new)),
        // E0106: a tab in the indentation, counted as up to 4 columns
        plan(
            "component \"C\" for role ae:\n  pay 5\n\tcap 3",
            "3:1 E0106 tab in the indentation: counted as up to 4 columns, it makes this line indented"
                + " more than the block allows (hint: indent with spaces only, two per level (a tab shows"
                + " differently in every editor))"),
        plan(
            "component \"C\" for role ae:\n\tpay 5\n        cap 3",
            "3:1 E0106 tab in the indentation of line 2: counted as up to 4 columns, it does not line up"
                + " with this line (hint: indent with spaces only, two per level (a tab shows differently"
                + " in every editor))"),
        // E0107: a reserved word where a name belongs
        plan(
            "x = 1",
            "1:1 E0107 `x` is a reserved word of the language: it cannot be a name (hint: choose another"
                + " name, e.g. `x_value`)"),
        plan(
            "input deals from \"d.csv\":\n  id: text\n  from: date",
            "3:3 E0107 `from` is a reserved word of the language: it cannot be a name (hint: choose"
                + " another name, e.g. `from_value`; a data column called `from` is read with `my_field:"
                + " text from \"from\"`)"),
        // a soft keyword is a fine name: no error at all
        plan("input deals from \"d.csv\":\n  id: text\n  stage: stage"),
        // E0102: a character the language does not have
        plan(
            "q = 1 ;",
            "1:7 E0102 unexpected character `;` (hint: remove it, or put text in double quotes)"),
        plan(
            "q = \"abc",
            "1:5 E0102 unexpected character `\"` (hint: remove it, or put text in double quotes)"),
        plan(
            "q = `a`",
            "1:5 E0102 unexpected character `U+0060` (hint: remove it, or put text in double quotes)"),
        // E0103: a literal that cannot be a value
        plan(
            "plan \"P\" version 1\n  effective 2027-01-01 to 2027-12-32",
            "2:27 E0103 no such date `2027-12-32` (hint: dates are written year-month-day, e.g. 2027-02-28)"),
        plan(
            "q = 1234567890123456789012345678901 USD per quarter",
            "1:5 E0103 number `1234567890123456789012345678901` is too long (more than 30 digits)"),
        // E0104: nesting refused before parsing, at the 201st bracket
        plan(
            "q = " + "(".repeat(201) + "1" + ")".repeat(201),
            "1:205 E0104 expression nested more than 200 levels deep (hint: split the expression into named definitions)"),
        // E0105: a bidi control, even in a comment
        plan(
            "q = sum of amount # \u202E hidden",
            "1:21 E0105 Unicode bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) in the plan (hint: it can make"
                + " the plan display in another order than Compass reads it (\"Trojan Source\"); delete it (in an"
                + " editor that shows invisible characters))"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void reportsExactlyThis(String input, boolean expression, String expected) {
    Diagnostics diags = new Diagnostics();
    SourceFile file = new SourceFile("p.comp", input);
    if (expression) PlanParser.parseExpression(file, diags);
    else PlanParser.parsePlan(file, diags);
    assertEquals(
        expected,
        diags.all().stream().map(DiagnosticSummary::of).collect(Collectors.joining("\n")));
  }

  /**
   * The walk over the grammar is bounded: on a line of 5,000 terms it gives up re-reading the line
   * and answers from the error's own state, with the same message.
   */
  @org.junit.jupiter.api.Test
  void aLineOfThousandsOfTermsStillSaysWhatWasExpected() {
    StringBuilder line = new StringBuilder("q = (a * 0)");
    for (int i = 1; i < 5_000; i++) line.append(" + (a * ").append(i).append(')');
    line.append(" +");
    Diagnostics diags = new Diagnostics();
    PlanParser.parsePlan(new SourceFile("p.comp", line + "\n"), diags);
    // the caret is one past the last character of the line
    assertEquals(
        "1:" + (line.length() + 1) + " E0101 expected an expression after `+`, found end of line",
        diags.all().stream().map(DiagnosticSummary::of).collect(Collectors.joining("\n")));
  }

  private static Arguments plan(String input, String... expected) {
    return Arguments.of(input, false, String.join("\n", expected));
  }

  private static Arguments expr(String input, String... expected) {
    return Arguments.of(input, true, String.join("\n", expected));
  }
}
