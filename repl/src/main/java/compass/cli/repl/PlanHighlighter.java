package compass.cli.repl;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours plan code as it is typed: commands and keywords bold, numbers, percentages and dates
 * cyan, strings green, comments faint. JLine drops the colours on a terminal without them.
 */
final class PlanHighlighter implements Highlighter {
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<comment>#[^\\n]*)|(?<string>\"[^\"\\n]*\"?)|(?<number>\\b[0-9][0-9_]*(?:[-.][0-9A-Za-z_]+)*%?)|(?<word>[A-Za-z_][A-Za-z0-9_]*)");
  private static final Set<String> KEYWORDS =
      Set.of(
          "what",
          "if",
          "for",
          "in",
          "let",
          "closes",
          "on",
          "with",
          "deal",
          "has",
          "is",
          "removed",
          "load",
          "reload",
          "payout",
          "explain",
          "whatifs",
          "undo",
          "reset",
          "save",
          "plot",
          "curve",
          "payouts",
          "help",
          "quit",
          "exit",
          "component",
          "role",
          "sum",
          "count",
          "of",
          "where",
          "and",
          "or",
          "not",
          "per",
          "quarter",
          "month",
          "year",
          "tiers",
          "marginal",
          "retroactive",
          "from",
          "pay",
          "cap",
          "floor",
          "multiply",
          "by",
          "x",
          "team",
          "then",
          "else",
          "cumulative",
          "over",
          "deals",
          "to",
          // issue 15's words
          "mixed",
          "interpolated",
          "applied",
          "gate",
          "clawback",
          "served",
          "reverse",
          "leaving",
          "spread",
          "week",
          "advance",
          "pool",
          "budget",
          "first",
          "trailing");

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    AttributedStringBuilder out = new AttributedStringBuilder();
    Matcher m = TOKEN.matcher(buffer);
    int at = 0;
    while (m.find()) {
      out.append(buffer.substring(at, m.start()));
      AttributedStyle style = AttributedStyle.DEFAULT;
      if (m.group("comment") != null) style = style.faint();
      else if (m.group("string") != null) style = style.foreground(AttributedStyle.GREEN);
      else if (m.group("number") != null) style = style.foreground(AttributedStyle.CYAN);
      else if (KEYWORDS.contains(m.group("word"))) style = style.bold();
      out.styled(style, m.group());
      at = m.end();
    }
    out.append(buffer.substring(at));
    return out.toAttributedString();
  }
}
