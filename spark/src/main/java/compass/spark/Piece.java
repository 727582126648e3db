package compass.spark;

import java.io.Serializable;

/**
 * What a partition hands back to the driver: a statement line of one participant (its place in that
 * participant's rows), the header, or a problem (a rendered diagnostic, or a rejected row as a line
 * of the rejects file).
 */
record Piece(Kind kind, String participant, int seq, String file, long line, String text)
    implements Serializable {
  enum Kind {
    HEADER,
    ROW,
    ERROR,
    WARNING,
    REJECT
  }

  static Piece header(String text) {
    return new Piece(Kind.HEADER, null, 0, null, 0, text);
  }

  static Piece row(String participant, int seq, String text) {
    return new Piece(Kind.ROW, participant, seq, null, 0, text);
  }

  static Piece problem(Kind kind, String file, long line, String text) {
    return new Piece(kind, null, 0, file, line, text);
  }
}
