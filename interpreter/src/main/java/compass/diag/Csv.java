package compass.diag;

/**
 * The one CSV quoting rule (RFC 4180), for every CSV Compass writes: `run --format csv`, the rows
 * of a test's table handed to the loader, a test's people file. Quoting never changes what the
 * loader reads back, so a cell is quoted whenever quoting could matter to any reader.
 */
public final class Csv {
  private Csv() {}

  /**
   * The cell as a CSV field: quoted, with quotes doubled, when it holds a comma, a quote or a line
   * break, or begins with a single quote (a text cell neutralised against spreadsheet formulas,
   * kept as text). Spaces around a value are left as they are: the loader trims them, quoted or not
   * (README "Reading data").
   */
  public static String quote(String cell) {
    boolean needs = cell.startsWith("'");
    for (int i = 0; i < cell.length() && !needs; i++) {
      char c = cell.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
