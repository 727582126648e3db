package compass.data;

import compass.diag.Code;
import compass.diag.Suggestions;

/**
 * Parses one non-empty, trimmed cell by its declared type and appends it to its column; on a bad
 * value it reports why, with what to write instead, and appends nothing.
 */
final class CellReader {
  private CellReader() {}

  /** True when the value was appended; false when it was reported and the caller must fill in. */
  static boolean read(
      CellContext loader, FieldSpec field, Column column, char[] c, int from, int to, int cell) {
    // exhaustive: a new column type does not compile until it is read here
    return switch (field.type()) {
      case TEXT -> {
        loader.addText((TextColumn) column, c, from, to);
        yield true;
      }
      case PERIOD -> period(loader, field, (TextColumn) column, c, from, to, cell);
      case PERSON -> person(loader, field, (TextColumn) column, c, from, to, cell);
      case NUMBER, MONEY ->
          decimal(loader, field, (DecimalColumn) column, c, from, to, cell, false);
      case PERCENT -> decimal(loader, field, (DecimalColumn) column, c, from, to, cell, true);
      case INTEGER -> integer(loader, field, (LongColumn) column, c, from, to, cell);
      case DATE -> date(loader, field, (DateColumn) column, c, from, to, cell);
      case BOOL -> bool(loader, field, (BoolColumn) column, c, from, to, cell);
      case STAGE -> stage(loader, field, (EnumColumn) column, c, from, to, cell);
    };
  }

  private static boolean person(
      CellContext loader,
      FieldSpec field,
      TextColumn column,
      char[] c,
      int from,
      int to,
      int cell) {
    NameTable people = loader.people();
    if (people == null) {
      column.add(loader.text(c, from, to));
      return true;
    }
    int known = people.indexOf(c, from, to);
    if (known < 0) {
      String id = new String(c, from, to - from);
      loader.report(
          Code.E0507, cell, field, UnknownPerson.message(field.name(), id), UnknownPerson.hint(id));
      return false;
    }
    column.add(people.name(known));
    return true;
  }

  /** A period label (`2027-Q1`), one of the plan's calendar when the loader was told it. */
  private static boolean period(
      CellContext loader,
      FieldSpec field,
      TextColumn column,
      char[] c,
      int from,
      int to,
      int cell) {
    java.util.function.Predicate<String> known = loader.periodLabels();
    if (known != null && !known.test(loader.text(c, from, to))) {
      loader.report(
          Code.E0513,
          cell,
          field,
          "`"
              + new String(c, from, to - from)
              + "` in "
              + field.name()
              + " is not a period of the plan's calendar",
          "write periods as 2027-03, 2027-Q1, 2027-H1 or FY2027");
      return false;
    }
    loader.addText(column, c, from, to);
    return true;
  }

  /** NUMBER and MONEY; PERCENT also takes `12.5%`, meaning 0.125 (a plain value is a fraction). */
  private static boolean decimal(
      CellContext loader,
      FieldSpec field,
      DecimalColumn column,
      char[] c,
      int from,
      int to,
      int cell,
      boolean percent) {
    int end = to;
    boolean percentSign = percent && c[to - 1] == '%';
    if (percentSign) end = Cells.trimEnd(c, from, to - 1);
    if (plainDecimal(column, c, from, end, percentSign ? 2 : 0)) return true;
    // not a plain decimal of at most 18 significant digits: the checks below say what it is
    if (!Cells.isPlainDecimal(c, from, end)) {
      String raw = new String(c, from, to - from);
      String advice = Cells.numberAdvice(new String(c, from, end - from));
      if (percent) advice += "; percents are written 12.5% or as a fraction, 0.125";
      loader.report(
          Code.E0504, cell, field, "found `" + raw + "` in " + field.name() + ": " + advice, null);
      return false;
    }
    int digits = Cells.significantDigits(c, from, end);
    if (digits > Cells.MAX_DIGITS) {
      loader.report(
          Code.E0514,
          cell,
          field,
          "found `"
              + new String(c, from, to - from)
              + "` in "
              + field.name()
              + ": "
              + digits
              + " significant digits, at most "
              + Cells.MAX_DIGITS
              + " are supported",
          "round the value in the export; amounts need at most a few decimals");
      return false;
    }
    // At most 18 significant digits, so the unscaled value fits a long (leading zeros add none).
    long unscaled = 0;
    int scale = 0;
    boolean fraction = false;
    for (int i = from; i < end; i++) {
      char ch = c[i];
      if (ch == '.') {
        fraction = true;
      } else if (ch != '-') {
        unscaled = unscaled * 10 + (ch - '0');
        if (fraction) scale++;
      }
    }
    if (c[from] == '-') unscaled = -unscaled;
    // A percent moves the point two places left, as BigDecimal.movePointLeft(2) would.
    column.add(unscaled, percentSign ? scale + 2 : scale);
    return true;
  }

  /**
   * The common case in one pass over the characters: {@code -?digits(.digits)?} with at most 18
   * significant digits, added to column as an exact unscaled long (its scale raised by shift, 2 for
   * a percent sign). False, with nothing added, for anything else, which the caller then checks and
   * reports the slow way. Same value as the checks and the parsing below would give.
   */
  private static boolean plainDecimal(DecimalColumn column, char[] c, int from, int to, int shift) {
    int i = from;
    boolean negative = i < to && c[i] == '-';
    if (negative) i++;
    long unscaled = 0;
    int significant = 0;
    int whole = 0;
    int scale = 0;
    boolean fraction = false;
    for (; i < to; i++) {
      char ch = c[i];
      if (ch >= '0' && ch <= '9') {
        if (significant > 0 || ch != '0') significant++;
        if (significant > Cells.MAX_DIGITS) return false;
        unscaled = unscaled * 10 + (ch - '0');
        if (fraction) scale++;
        else whole++;
      } else if (ch == '.' && !fraction) {
        fraction = true;
      } else {
        return false;
      }
    }
    if (whole == 0 || (fraction && scale == 0)) return false;
    column.add(negative ? -unscaled : unscaled, scale + shift);
    return true;
  }

  private static boolean integer(
      CellContext loader,
      FieldSpec field,
      LongColumn column,
      char[] c,
      int from,
      int to,
      int cell) {
    int status = Cells.integerStatus(c, from, to);
    if (status == Cells.INT_OK) {
      column.add(Cells.parseLong(c, from, to));
      return true;
    }
    String raw = new String(c, from, to - from);
    if (status == Cells.INT_TOO_LARGE) {
      loader.report(
          Code.E0514,
          cell,
          field,
          "found `" + raw + "` in " + field.name() + ": too large for a whole number",
          null);
    } else {
      String advice =
          Cells.isPlainDecimal(c, from, to)
              ? "expected a whole number, e.g. 12"
              : Cells.numberAdvice(raw);
      loader.report(
          Code.E0504, cell, field, "found `" + raw + "` in " + field.name() + ": " + advice, null);
    }
    return false;
  }

  private static boolean date(
      CellContext loader,
      FieldSpec field,
      DateColumn column,
      char[] c,
      int from,
      int to,
      int cell) {
    int day = Cells.parseDate(c, from, to);
    if (day != Cells.BAD_DATE && day != Cells.NO_SUCH_DATE) {
      column.add(day);
      return true;
    }
    String raw = new String(c, from, to - from);
    String why = day == Cells.NO_SUCH_DATE ? "no such date" : Cells.dateAdvice(raw);
    loader.report(
        Code.E0505, cell, field, "found `" + raw + "` in " + field.name() + ": " + why, null);
    return false;
  }

  private static boolean bool(
      CellContext loader,
      FieldSpec field,
      BoolColumn column,
      char[] c,
      int from,
      int to,
      int cell) {
    int b = Cells.parseBool(c, from, to);
    if (b >= 0) {
      column.add(b == 1);
      return true;
    }
    loader.report(
        Code.E0513,
        cell,
        field,
        "found `"
            + new String(c, from, to - from)
            + "` in "
            + field.name()
            + ": expected true or false (also yes/no or 1/0)",
        null);
    return false;
  }

  private static boolean stage(
      CellContext loader,
      FieldSpec field,
      EnumColumn column,
      char[] c,
      int from,
      int to,
      int cell) {
    int ordinal = loader.stageNames().indexOf(c, from, to);
    if (ordinal >= 0) {
      column.add(ordinal);
      return true;
    }
    String name = new String(c, from, to - from);
    String known =
        loader.stages().isEmpty()
            ? "the plan declares no stages"
            : "the stages are: " + String.join(", ", loader.stages());
    String suggestion = Suggestions.closest(name, loader.stages(), 2);
    loader.report(
        Code.E0506,
        cell,
        field,
        "unknown stage `" + name + "` in " + field.name() + "; " + known,
        suggestion == null ? null : "did you mean `" + suggestion + "`?");
    return false;
  }
}
