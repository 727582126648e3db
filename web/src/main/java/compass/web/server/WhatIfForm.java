package compass.web.server;

import compass.session.WhatIf;
import compass.source.SourceFile;
import compass.source.Span;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's what-if form as a what-if of the session, written as the REPL's command would be
 * ({@code what if ann closes 20000 on 2027-03-20}) so its errors point into that text: a new deal,
 * a deal changed, or definitions written anew (a quota: {@code quota = 300_000 per quarter}).
 */
final class WhatIfForm {
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
        return new WhatIf.AddDeal(
            t.command(),
            List.of(
                t.value(WhatIf.OWNER, owner, o),
                t.value(WhatIf.AMOUNT, amount, a),
                t.value(WhatIf.DATE, date, d)));
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
