package compass.cli.repl;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.session.ComponentEdit;
import compass.session.Expression;
import compass.session.WhatIf;
import compass.source.Span;
import java.util.Set;

/**
 * The what-ifs on one part of a component, named by its title, each read like the line of the plan
 * it changes:
 *
 * <pre>
 *   what if "Commission" band from 100% pays 14%
 *   what if "Commission" band from 100% starts at 110%
 *   what if "Commission" band from 150% is removed
 *   what if "Commission" adds band from 150% pays 16%
 *   what if "Commission" cap = 3 x target_incentive per year
 *   what if "Commission" has no cap
 *   what if "Multi-year SPIF" pays 750
 * </pre>
 *
 * Values are expressions of the plan language, so their mistakes get the language's messages.
 */
final class ComponentPartParser {
  private static final String FORMS =
      "write `band from BOUND pays RATE`, `band from BOUND starts at BOUND`,"
          + " `band from BOUND is removed`, `adds band from BOUND pays RATE`, `cap = AMOUNT`, `has no cap` or `pays AMOUNT`"
          + " after the component's title (help what if)";

  private ComponentPartParser() {}

  /** The what-if of `what if "TITLE" ...`; null after errors. */
  static WhatIf parse(Input in, String command, Diagnostics diags) {
    Input.Word title = in.words.get(2);
    if (title.text().length() < 2 || !title.text().endsWith("\"")) {
      diags.add(
          Diagnostic.error(
              Code.E0731, in.span(title), "the component's title has no closing quote"));
      return null;
    }
    ComponentEdit edit = edit(in, diags);
    return edit == null
        ? null
        : new WhatIf.ChangeComponent(command, Repl.unquote(title.text()), in.span(title), edit);
  }

  private static ComponentEdit edit(Input in, Diagnostics diags) {
    String part = in.word(3);
    if (part == null) return malformed(in, in.endOf(), "say what changes in the component", diags);
    switch (part) {
      case "band":
        return band(in, 4, diags);
      case "adds":
        if (!"band".equals(in.word(4)))
          return malformed(in, at(in, 4), "expected `adds band from BOUND pays RATE`", diags);
        return band(in, 5, diags);
      case "cap":
        {
          int from = "=".equals(in.word(4)) ? 5 : 4;
          Expression limit = expression(in, from, in.words.size(), "the cap", diags);
          return limit == null ? null : ComponentEdit.setCap(limit, in.span(in.words.get(3)));
        }
      case "has":
        if ("no".equals(in.word(4)) && "cap".equals(in.word(5)) && in.words.size() == 6) {
          return ComponentEdit.noCap(in.span(in.words.get(4).start(), in.words.get(5).end()));
        }
        return malformed(in, at(in, 4), "expected `has no cap`", diags);
      case "pays":
      case "pay":
        {
          Expression amount = expression(in, 4, in.words.size(), "the amount", diags);
          return amount == null ? null : ComponentEdit.payAmount(amount, in.span(in.words.get(3)));
        }
      default:
        return malformed(in, in.span(in.words.get(3)), "unexpected `" + part + "`", diags);
    }
  }

  /**
   * `from BOUND pays RATE` (or `starts at BOUND`, `is removed`) from word i on; i > 4 is `adds
   * band`.
   */
  private static ComponentEdit band(Input in, int i, Diagnostics diags) {
    boolean adds = i == 5;
    String kind = in.word(i);
    if (!"from".equals(kind) && !"above".equals(kind)) {
      return malformed(in, at(in, i), "expected `from BOUND` after `band`", diags);
    }
    int end = i + 1;
    Set<String> next = adds ? Set.of("pays", "pay") : Set.of("pays", "pay", "starts", "is");
    while (end < in.words.size() && !next.contains(in.word(end))) end++;
    if (end == i + 1 || end >= in.words.size()) { // no verb: point past the bound's first word
      return malformed(
          in,
          at(in, end == i + 1 ? end : i + 2),
          adds
              ? "expected `from BOUND pays RATE`"
              : "expected `pays RATE`, `starts at BOUND` or `is removed` after the band's bound",
          diags);
    }
    Expression bound = expression(in, i + 1, end, "the band's bound", diags);
    if (bound == null) return null;
    Span boundAt = in.span(in.words.get(i + 1).start(), in.words.get(end - 1).end());
    String verb = in.word(end);
    if (adds) {
      Expression pays = expression(in, end + 1, in.words.size(), "the rate", diags);
      return pays == null
          ? null
          : ComponentEdit.addBand(bound, kind.equals("above"), pays, boundAt);
    }
    switch (verb) {
      case "starts":
        {
          if (!"at".equals(in.word(end + 1)))
            return malformed(in, at(in, end + 1), "expected `starts at BOUND`", diags);
          Expression start = expression(in, end + 2, in.words.size(), "the new bound", diags);
          return start == null ? null : ComponentEdit.bandStart(bound, start, boundAt);
        }
      case "is":
        if ("removed".equals(in.word(end + 1)) && in.words.size() == end + 2)
          return ComponentEdit.removeBand(bound, boundAt);
        return malformed(in, at(in, end + 1), "expected `is removed`", diags);
      default:
        {
          Expression pays = expression(in, end + 1, in.words.size(), "the rate", diags);
          return pays == null ? null : ComponentEdit.bandRate(bound, pays, boundAt);
        }
    }
  }

  /** Words [from, to) as an expression of the language; null after errors (reported). */
  private static Expression expression(Input in, int from, int to, String what, Diagnostics diags) {
    if (from >= to) {
      diags.add(Diagnostic.error(Code.E0731, at(in, from), "expected " + what).withHint(FORMS));
      return null;
    }
    return Expression.parse(
        in.part(in.words.get(from).start(), in.words.get(to - 1).end(), ""), diags);
  }

  /** Word i, or the end of the command when there are fewer words. */
  private static Span at(Input in, int i) {
    return i < in.words.size() ? in.span(in.words.get(i)) : in.endOf();
  }

  private static ComponentEdit malformed(Input in, Span at, String message, Diagnostics diags) {
    diags.add(Diagnostic.error(Code.E0731, at, message).withHint(FORMS));
    return null;
  }
}
