package compass.source;

/**
 * A position in a data file (a CSV export): the 1-based line and column, the field the plan reads
 * there (may be null), and the raw line text for the caret (may be null).
 */
public record DataLocation(String file, long line, int column, String field, String lineText)
    implements Location {

  public static DataLocation ofFile(String file) {
    return new DataLocation(file, 0, 0, null, null);
  }

  @Override
  public String describe() {
    if (line <= 0) return file;
    return file + ":" + line + ":" + Math.max(column, 1);
  }

  @Override
  public String toString() {
    return describe();
  }
}
