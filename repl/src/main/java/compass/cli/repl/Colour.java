package compass.cli.repl;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REPL's colours, by the usual conventions: errors red, warnings yellow, hints faint, a payout
 * going up green and going down red. Only on a real terminal, and never when {@code NO_COLOR} is
 * set (https://no-color.org): scripts, pipes and transcripts are plain text.
 */
public final class Colour {
  /** No colour at all: the text as {@link Render} and the diagnostics renderer write it. */
  public static final Colour NONE = new Colour(false);

  /** ANSI colours. */
  public static final Colour ANSI = new Colour(true);

  private static final String RED = "\033[31m";
  private static final String BOLD_RED = "\033[1;31m";
  private static final String YELLOW = "\033[33m";
  private static final String BOLD_YELLOW = "\033[1;33m";
  private static final String GREEN = "\033[32m";
  private static final String FAINT = "\033[2m";
  private static final String RESET = "\033[0m";

  private static final Pattern HEADER =
      Pattern.compile("(?m)^(error|warning)(\\[[A-Z][0-9]{4}\\]:)(.*)$");
  private static final Pattern HINT = Pattern.compile("(?m)^(\\s*= hint:.*)$");
  private static final Pattern DELTA = Pattern.compile("\\(([+-])([0-9][0-9,.']*)\\)");

  private final boolean on;

  private Colour(boolean on) {
    this.on = on;
  }

  /**
   * Colour for a terminal: none when it is not a real terminal (a dumb one, a pipe) or when the
   * environment sets {@code NO_COLOR} to anything but the empty string.
   */
  public static Colour forTerminal(boolean realTerminal, Map<String, String> env) {
    String noColour = env.get("NO_COLOR");
    return realTerminal && (noColour == null || noColour.isEmpty()) ? ANSI : NONE;
  }

  public boolean on() {
    return on;
  }

  /** Rendered diagnostics: `error[E…]:` red, `warning[W…]:` yellow, hints faint. */
  String diagnostics(String rendered) {
    if (!on) return rendered;
    Matcher m = HEADER.matcher(rendered);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean error = m.group(1).equals("error");
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              (error ? BOLD_RED : BOLD_YELLOW) + m.group(1) + m.group(2) + RESET + m.group(3)));
    }
    m.appendTail(out);
    return HINT.matcher(out)
        .replaceAll(m2 -> Matcher.quoteReplacement(FAINT + m2.group(1) + RESET));
  }

  /** A what-if's impact: `(+400.00)` green, `(-1,200.00)` red, a zero change plain. */
  String deltas(String impact) {
    if (!on) return impact;
    return DELTA
        .matcher(impact)
        .replaceAll(
            m -> {
              String number = m.group(2);
              if (number.replaceAll("[0,.']", "").isEmpty())
                return Matcher.quoteReplacement(m.group());
              String c = m.group(1).equals("+") ? GREEN : RED;
              return Matcher.quoteReplacement("(" + c + m.group(1) + number + RESET + ")");
            });
  }

  /** A line that warns (the plan did not load). */
  String warning(String line) {
    return on ? YELLOW + line.stripTrailing() + RESET + "\n" : line;
  }

  /** A line that reports a failure. */
  String error(String line) {
    return on ? RED + line.stripTrailing() + RESET + "\n" : line;
  }
}
