package compass.syntax;

/**
 * One token of a plan as the formatter sees it: its kind, its text as written and where it starts.
 * Comments, line breaks and the layout tokens (end of statement, indent, dedent) are lexemes too,
 * so nothing the author wrote is lost. {@code start} is the character offset; the layout tokens
 * have no text of their own there.
 */
public record Lexeme(Kind kind, String text, int line, int column, int start) {

  /** What a token is for layout purposes; a token type the formatter does not know is OTHER. */
  public enum Kind {
    /** A keyword, hard or soft: {@code plan}, {@code tiers}, {@code x}. */
    KEYWORD,
    /** A name that is not a keyword: {@code bookings}, {@code min}. */
    NAME,
    /** A number, percent, date, period or quoted text, kept exactly as written. */
    LITERAL,
    /** A binary operator: {@code + - * / = < <= > >= != <> ->}. */
    OPERATOR,
    COMMA,
    COLON,
    DOT,
    /** {@code (} or {@code [}. */
    OPEN,
    /** {@code )} or {@code ]}. */
    CLOSE,
    /** {@code # ...} to the end of the line. */
    COMMENT,
    /** A line break that ends a statement. */
    END_OF_STATEMENT,
    INDENT,
    DEDENT,
    /** A line break inside a statement, or one of a blank or comment-only line. */
    LINE_BREAK,
    /** Spaces and tabs between tokens. */
    SPACE,
    /** Any other token (a stray character, or a token added to the grammar later). */
    OTHER
  }
}
