package compass.source;

/** A range of characters in a plan file: start inclusive, end exclusive. */
public record Span(SourceFile file, int start, int end) implements Location {

  public int line() {
    return file.lineOf(start);
  }

  public int column() {
    return file.columnOf(start);
  }

  public String text() {
    return file.text().substring(start, Math.min(end, file.text().length()));
  }

  /** The smallest span covering both. */
  public Span to(Span other) {
    return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public String describe() {
    return file.path() + ":" + line() + ":" + column();
  }

  @Override
  public String toString() {
    return describe();
  }
}
