package compass.cli.repl;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.session.WhatIf;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the forms of `what if`: a deal closed, a deal changed or removed, a part of a component
 * changed ({@link ComponentPartParser}), or plan code written anew (parsed later by the language's
 * own parser, so its mistakes get the language's messages).
 */
final class WhatIfParser {
  // a value runs to the comma that starts the next `FIELD =`, so `amount = 1,000.00` is one value
  // (refused as the loader refuses it) rather than `1` and a stray `000.00`
  private static final Pattern ASSIGN =
      Pattern.compile(
          "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(\"[^\"]*\"|.*?)\\s*(,(?=\\s*[A-Za-z_][A-Za-z0-9_]*\\s*=)|$)");

  private WhatIfParser() {}

  /** The what-if of a command that starts with `what if`; null after errors. */
  static WhatIf parse(Input in, Diagnostics diags) {
    String command = in.text.strip();
    if (in.words.size() < 3) {
      diags.add(
          Diagnostic.error(Code.E0731, in.endOf(), "`what if` needs a change")
              .withHint(Commands.usage("what if")));
      return null;
    }
    if (in.word(2).equals("deal")) {
      if (in.words.size() < 5) {
        diags.add(
            Diagnostic.error(Code.E0731, in.endOf(), "say what happens to the deal")
                .withHint(Commands.usage("what if")));
        return null;
      }
      Input.Word id = in.words.get(3);
      WhatIf.FieldValue deal = new WhatIf.FieldValue("id", Repl.unquote(id.text()), in.span(id));
      if (in.word(4).equals("is") && "removed".equals(in.word(5)) && in.words.size() == 6
          || in.word(4).equals("removed")) {
        return new WhatIf.RemoveDeal(command, deal);
      }
      if (in.word(4).equals("has")) {
        List<WhatIf.FieldValue> values = assignments(in, in.words.get(4).end(), diags);
        return values == null ? null : new WhatIf.ChangeDeal(command, deal, values);
      }
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  in.span(in.words.get(4)),
                  "expected `has` or `is removed` after the deal id")
              .withHint(Commands.usage("what if")));
      return null;
    }
    if ("closes".equals(in.word(3))) {
      List<WhatIf.FieldValue> values = new ArrayList<>();
      Input.Word owner = in.words.get(2);
      values.add(new WhatIf.FieldValue(WhatIf.OWNER, owner.text(), in.span(owner)));
      if (in.words.size() < 7 || !in.word(5).equals("on")) {
        diags.add(
            Diagnostic.error(
                    Code.E0731,
                    in.words.size() < 6 ? in.endOf() : in.span(in.words.get(5)),
                    "expected `PARTICIPANT closes AMOUNT on DATE`")
                .withHint(Commands.usage("what if")));
        return null;
      }
      Input.Word amount = in.words.get(4), date = in.words.get(6);
      values.add(new WhatIf.FieldValue(WhatIf.AMOUNT, amount.text(), in.span(amount)));
      values.add(new WhatIf.FieldValue(WhatIf.DATE, date.text(), in.span(date)));
      if (in.words.size() > 7) {
        if (!in.word(7).equals("with")) {
          diags.add(
              Diagnostic.error(
                      Code.E0731, in.span(in.words.get(7)), "expected `with FIELD = VALUE, ...`")
                  .withHint(Commands.usage("what if")));
          return null;
        }
        List<WhatIf.FieldValue> more = assignments(in, in.words.get(7).end(), diags);
        if (more == null) return null;
        values.addAll(more);
      }
      return new WhatIf.AddDeal(command, values);
    }
    if (in.word(2).startsWith("\"")) return ComponentPartParser.parse(in, command, diags);
    return new WhatIf.Redefine(command, in.rest(2, "\n"));
  }

  /** `field = value, field = value` from a position on. */
  private static List<WhatIf.FieldValue> assignments(Input in, int from, Diagnostics diags) {
    List<WhatIf.FieldValue> out = new ArrayList<>();
    String text = in.text;
    Matcher m = ASSIGN.matcher(text);
    int at = from;
    while (at < text.length() && !text.substring(at).isBlank()) {
      m.region(at, text.length());
      if (!m.lookingAt() || m.group(2).isEmpty()) {
        int start = at;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        diags.add(
            Diagnostic.error(Code.E0731, in.span(start, text.length()), "expected `FIELD = VALUE`")
                .withHint("separate several with commas: amount = 90_000, term_months = 24"));
        return null;
      }
      out.add(
          new WhatIf.FieldValue(
              m.group(1),
              m.group(2),
              in.span(m.start(2), m.end(2)),
              in.span(m.start(1), m.end(1))));
      at = m.end();
    }
    if (out.isEmpty()) {
      diags.add(Diagnostic.error(Code.E0731, in.endOf(), "expected `FIELD = VALUE`"));
      return null;
    }
    return out;
  }
}
