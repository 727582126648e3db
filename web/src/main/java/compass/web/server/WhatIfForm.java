package compass.web.server;

import compass.session.WhatIf;
import compass.source.SourceFile;
import compass.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's what-if form as a what-if of the session, written as the REPL's command would be
 * ({@code what if ann closes 20000 on 2027-03-20}) so its errors point into that text: a new deal,
 * a deal changed, or definitions written anew (a quota: {@code quota = 300_000 per quarter}).
 */
final class WhatIfForm {
  // as the REPL reads `with FIELD = VALUE, ...`: a value runs to the comma that starts the next
  // `FIELD =`, so `amount = 1,000.00` is one value (refused as the loader refuses it)
  private static final Pattern ASSIGN =
      Pattern.compile(
          "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(\"[^\"]*\"|.*?)\\s*(,(?=\\s*[A-Za-z_][A-Za-z0-9_]*\\s*=)|$)");

  private WhatIfForm() {}

  /** A what-if the form cannot express; the message says what to fill in. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /** The what-if of a submitted form (fields by name; null or blank: not given). */
  static WhatIf parse(Function<String, String> field) throws Refused {
    String kind = value(field, "kind");
    if (kind == null) throw new Refused("choose what to change: a new deal, a deal, or the plan");
    switch (kind) {
      case "add" -> {
        String owner = required(field, "owner", "who closes the deal");
        String amount = required(field, "amount", "the deal's amount");
        String date = required(field, "date", "the deal's date");
        Text t = new Text("what if ");
        Span o = t.add(owner);
        t.add(" closes ");
        Span a = t.add(amount);
        t.add(" on ");
        Span d = t.add(date);
        String with = value(field, "with");
        List<Span[]> more = new ArrayList<>();
        if (with != null) {
          if (with.contains("\n")) throw new Refused("the deal's other fields are one line");
          t.add(" with ");
          int from = t.command().length();
          t.add(with);
          Matcher m = ASSIGN.matcher(with);
          int at = 0;
          while (at < with.length()) {
            m.region(at, with.length());
            if (!m.lookingAt() || m.group(2).isEmpty())
              throw new Refused("write the deal's other fields as FIELD = VALUE, FIELD = VALUE");
            more.add(
                new Span[] {
                  new Span(null, from + m.start(1), from + m.end(1)),
                  new Span(null, from + m.start(2), from + m.end(2))
                });
            at = m.end();
          }
        }
        List<WhatIf.FieldValue> values = new ArrayList<>();
        values.add(t.value(WhatIf.OWNER, owner, o));
        values.add(t.value(WhatIf.AMOUNT, amount, a));
        values.add(t.value(WhatIf.DATE, date, d));
        String text = t.command();
        for (Span[] pair : more)
          values.add(
              new WhatIf.FieldValue(
                  text.substring(pair[0].start(), pair[0].end()),
                  text.substring(pair[1].start(), pair[1].end()),
                  t.at(pair[1]),
                  t.at(pair[0])));
        return new WhatIf.AddDeal(text, values);
      }
      case "change" -> {
        String deal = required(field, "deal", "the deal's id");
        String name = required(field, "field", "the field to change, e.g. amount");
        String to = required(field, "value", "the new value");
        Text t = new Text("what if deal ");
        Span id = t.add(deal);
        t.add(" has ");
        Span f = t.add(name);
        t.add(" = ");
        Span v = t.add(to);
        return new WhatIf.ChangeDeal(
            t.command(),
            new WhatIf.FieldValue("id", deal, t.at(id)),
            List.of(new WhatIf.FieldValue(name, to, t.at(v), t.at(f))));
      }
      case "define" -> {
        String text =
            required(field, "text", "the definition, e.g. quota = 300_000 USD per quarter");
        return new WhatIf.Redefine("what if " + text, new SourceFile("what-if", text + "\n"));
      }
      default -> throw new Refused("unknown kind of what-if `" + kind + "`");
    }
  }

  private static String value(Function<String, String> field, String name) {
    String v = field.apply(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String required(Function<String, String> field, String name, String what)
      throws Refused {
    String v = value(field, name);
    if (v == null) throw new Refused("fill in " + what);
    if (!name.equals("text") && v.chars().anyMatch(c -> c == '\n' || c == '\r'))
      throw new Refused(what + " is one line");
    return v;
  }

  /** The command's text, built piece by piece, with where each piece landed. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();
    private SourceFile file;

    Text(String start) {
      text.append(start);
    }

    Span add(String piece) {
      int from = text.length();
      text.append(piece);
      return new Span(null, from, text.length()); // placed in the file by value()
    }

    String command() {
      return text.toString();
    }

    WhatIf.FieldValue value(String name, String v, Span at) {
      return new WhatIf.FieldValue(name, v, at(at));
    }

    /** A piece's place in the finished command (call once every piece is added). */
    Span at(Span piece) {
      if (file == null) file = new SourceFile("what-if", text.toString());
      return new Span(file, piece.start(), piece.end());
    }
  }
}
