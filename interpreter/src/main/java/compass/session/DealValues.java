package compass.session;

import compass.data.FieldSpec;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads a value typed in a what-if into a deal cell of the field's type, as the CSV loader would. */
final class DealValues {
  private DealValues() {}

  /** The typed value (see {@link compass.data.TableEdit}), or null after reporting an error. */
  static Object parse(FieldSpec field, WhatIf.FieldValue v, List<String> stages, Diagnostics diags) {
    String text = v.text();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) text = text.substring(1, text.length() - 1);
    try {
      switch (field.type()) {
        case TEXT: case PERSON: case PERIOD:
          return text;
        case NUMBER: case MONEY:
          return number(text.replaceFirst("\\s+[A-Z]{3}$", ""));
        case PERCENT:
          return text.endsWith("%") ? number(text.substring(0, text.length() - 1)).movePointLeft(2) : number(text);
        case INTEGER:
          return Long.parseLong(text.replace("_", ""));
        case DATE:
          return LocalDate.parse(text);
        case BOOL:
          if (text.equals("true") || text.equals("false")) return Boolean.valueOf(text);
          throw new NumberFormatException();
        case STAGE: {
          int at = stages.indexOf(text);
          if (at >= 0) return at;
          diags.add(Diagnostic.error(Code.E0735, v.span(), "`" + text + "` is not one of the plan's stages")
              .withHint(Suggestions.hint(text, stages) != null ? Suggestions.hint(text, stages)
                  : "the stages are " + String.join(", ", stages)));
          return null;
        }
        default:
          throw new IllegalStateException("unhandled field type " + field.type());
      }
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      diags.add(Diagnostic.error(Code.E0735, v.span(), "`" + text + "` is not a valid " + typeName(field) + " for " + field.name())
          .withHint(example(field)));
      return null;
    }
  }

  private static BigDecimal number(String text) {
    if (!text.matches("-?[0-9][0-9_]*(\\.[0-9]+)?")) throw new NumberFormatException(text);
    return new BigDecimal(text.replace("_", ""));
  }

  private static String typeName(FieldSpec f) { return f.type().name().toLowerCase(java.util.Locale.ROOT); }

  private static String example(FieldSpec f) {
    switch (f.type()) {
      case DATE: return "write dates as 2027-03-20";
      case MONEY: case NUMBER: return "write amounts as 20_000 or 20000.50";
      case PERCENT: return "write percentages as 12%";
      case INTEGER: return "write a whole number, such as 24";
      case BOOL: return "write true or false";
      default: return null;
    }
  }
}
