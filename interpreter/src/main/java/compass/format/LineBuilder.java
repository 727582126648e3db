package compass.format;

import compass.syntax.Lexeme;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the token stream into output lines. A statement's first line is indented two spaces per
 * block level (the INDENT and DEDENT tokens say which); its continuation lines four more. A comment
 * on a line of its own goes with the code around it: at the level of the next line, or of an
 * enclosing block up to the previous line's, whichever its own indentation was closest to (so a
 * comment closing a block stays in it); or, written right under the trailing comment of the line
 * above, as that comment's next line. Runs of blank lines become one; none at the start or the end.
 */
final class LineBuilder {
  private final List<Line> lines = new ArrayList<>();

  /** The original indentation of the last statement at each block level. */
  private final List<Integer> indentByDepth = new ArrayList<>();

  /** Comment-only lines waiting for the next code line to decide their indentation. */
  private final List<int[]> pending =
      new ArrayList<>(); // {line index, original column, depth then}

  private int depth;
  private boolean statementOpen;
  private int statementIndent;
  private Lexeme previousToken;
  private Lexeme next;
  private int blanks;
  private int lastCommentColumn = -1;

  // the physical line being read
  private final List<Lexeme> tokens = new ArrayList<>();
  private final List<Boolean> signs = new ArrayList<>();
  private int lineIndent;
  private String comment;
  private int commentColumn;

  static List<Line> build(List<Lexeme> stream) {
    LineBuilder b = new LineBuilder();
    for (int i = 0; i < stream.size(); i++) {
      b.next = i + 1 < stream.size() ? stream.get(i + 1) : null;
      b.accept(stream.get(i));
    }
    b.endLine();
    b.resolvePending(0, 0, false);
    return b.lines;
  }

  private void accept(Lexeme t) {
    switch (t.kind()) {
      case SPACE -> {}
      case INDENT -> depth++;
      case DEDENT -> depth = Math.max(0, depth - 1);
      case END_OF_STATEMENT -> {
        endLine();
        statementOpen = false;
        previousToken = null;
      }
      case LINE_BREAK -> endLine();
      case COMMENT -> {
        comment = t.text().stripTrailing();
        commentColumn = t.column();
      }
      default -> code(t);
    }
  }

  private void code(Lexeme t) {
    if (tokens.isEmpty()) startLine(t);
    tokens.add(t);
    signs.add(Spacing.isSign(previousToken, t, next));
    previousToken = t;
    statementOpen = true;
  }

  private void startLine(Lexeme first) {
    boolean continuation = statementOpen;
    if (continuation) {
      lineIndent = statementIndent + 4;
    } else {
      while (indentByDepth.size() <= depth) indentByDepth.add(first.column());
      indentByDepth.set(depth, first.column());
      lineIndent = statementIndent = 2 * depth;
    }
    resolvePending(depth, lineIndent, continuation);
    if (!continuation)
      while (indentByDepth.size() > depth + 1) indentByDepth.remove(indentByDepth.size() - 1);
  }

  private void endLine() {
    if (!tokens.isEmpty()) {
      emit(new Line(lineIndent, Line.code(tokens, signs), comment, false));
      lastCommentColumn = comment == null ? -1 : commentColumn;
    } else if (comment != null) {
      boolean hanging = blanks == 0 && commentColumn == lastCommentColumn;
      emit(new Line(0, "", comment, hanging));
      if (hanging) lastCommentColumn = commentColumn;
      else {
        pending.add(new int[] {lines.size() - 1, commentColumn, depth});
        lastCommentColumn = -1;
      }
    } else {
      blanks++;
      lastCommentColumn = -1;
    }
    tokens.clear();
    signs.clear();
    comment = null;
  }

  private void emit(Line line) {
    if (blanks > 0 && !lines.isEmpty()) lines.add(Line.BLANK);
    blanks = 0;
    lines.add(line);
  }

  private void resolvePending(int nextDepth, int nextIndent, boolean nextIsContinuation) {
    for (int[] p : pending) {
      int indent =
          nextIsContinuation
              ? nextIndent
              : 2 * levelFor(p[1], Math.min(nextDepth, p[2]), Math.max(nextDepth, p[2]));
      Line placeholder = lines.get(p[0]);
      lines.set(p[0], new Line(indent, "", placeholder.comment(), false));
    }
    pending.clear();
  }

  /** The deepest level in [low, high] whose statements were indented no more than the comment. */
  private int levelFor(int column, int low, int high) {
    for (int d = Math.min(high, indentByDepth.size() - 1); d >= low; d--) {
      if (indentByDepth.get(d) <= column) return d;
    }
    return low;
  }
}
