package compass.data;

import compass.diag.Printable;
import compass.source.DataLocation;

/**
 * Control characters in a cell: NUL, an escape sequence, a form feed... are invisible in a
 * spreadsheet yet make a value differ from the one it shows (an owner `ann` followed by NUL is not
 * ann), so a cell holding one is an error at the character itself. Tab is a space (values are
 * trimmed of it); a line break is allowed only inside a quoted cell, where RFC 4180 puts it.
 */
final class ControlCharacters {
  static final String HINT =
      "remove it from the file: it is invisible in a spreadsheet but "
          + "makes the value differ; NULs all through a file mean it was saved as UTF-16: save it "
          + "as UTF-8";

  private ControlCharacters() {}

  /** Whether c is refused in a cell; quoted: the cell was quoted, so line breaks are allowed. */
  static boolean refused(char c, boolean quoted) {
    if (!Printable.isControl(c) || c == '\t') return false;
    return !(quoted && (c == '\n' || c == '\r'));
  }

  static boolean any(char[] c, int from, int to, boolean quoted) {
    for (int i = from; i < to; i++) if (refused(c[i], quoted)) return true;
    return false;
  }

  /**
   * Where the first refused character of the cell is. The cell's value may be a copy (a doubled
   * quote), so the raw text is searched from the cell's start: it holds the same characters in the
   * same order, plus quotes only.
   */
  static DataLocation locate(CsvScanner scanner, int cell, char[] text, String file, String field) {
    int[] at = find(scanner, cell, text);
    return new DataLocation(file, at[0], at[2] - at[1] + 1, field, scanner.lineAt(at[1]));
  }

  /** "control character U+0000 (NUL) in owner". */
  static String message(CsvScanner scanner, int cell, char[] text, String where) {
    int[] at = find(scanner, cell, text);
    return message(text[at[2]], where);
  }

  /** "control character U+0000 (NUL) in owner", for the character c. */
  static String message(char c, String where) {
    String name = name(c);
    return "control character U+"
        + String.format(java.util.Locale.ROOT, "%04X", (int) c)
        + (name == null ? "" : " (" + name + ")")
        + " in "
        + where
        + ": a value must hold only printable characters";
  }

  /** {line, offset of its start, offset of the character} of the cell's first refused one. */
  private static int[] find(CsvScanner scanner, int cell, char[] text) {
    boolean quoted = scanner.quoted(cell);
    int line = scanner.cellLine(cell);
    int lineStart = scanner.cellLineStart(cell);
    for (int i = scanner.rawStart(cell); i < text.length; i++) {
      char c = text[i];
      if (refused(c, quoted)) return new int[] {line, lineStart, i};
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    throw new IllegalStateException("the cell holds a control character, so its text does");
  }

  private static String name(char c) {
    switch (c) {
      case 0:
        return "NUL";
      case 7:
        return "BEL";
      case 8:
        return "backspace";
      case 0x0B:
        return "vertical tab";
      case 0x0C:
        return "form feed";
      case 0x1B:
        return "ESC";
      case 0x7F:
        return "DEL";
      case '\n':
        return "line feed";
      case '\r':
        return "carriage return";
      default:
        return null;
    }
  }
}
