package compass.syntax;

import compass.grammar.CompassLexer;
import compass.grammar.CompassParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The words a syntax error uses for what the grammar wanted: a rule an analyst knows by a name ("an
 * expression", "a tier band") stands for every token that may start it, and tokens are shown as
 * written (`from`) or by what they are ("end of line"). Listed in the order they are shown.
 */
final class ExpectationNames {
  private ExpectationNames() {}

  private static final Map<Integer, String> RULES = new LinkedHashMap<>();

  static {
    RULES.put(CompassParser.RULE_expr, "an expression");
    RULES.put(CompassParser.RULE_primary, "an expression");
    RULES.put(
        CompassParser.RULE_declaration, "a declaration (a definition, `input`, `component`...)");
    RULES.put(
        CompassParser.RULE_planHeader, "a declaration (a definition, `input`, `component`...)");
    RULES.put(CompassParser.RULE_setting, "a plan setting (`currency`, `pays`, `effective`...)");
    RULES.put(CompassParser.RULE_step, "a component step (`pay`, `cap`, `floor`, tiers...)");
    RULES.put(CompassParser.RULE_band, "a tier band (`from X pay R`)");
    RULES.put(CompassParser.RULE_curvePoint, "a curve point (`x -> y`)");
    RULES.put(CompassParser.RULE_clawbackBand, "a clawback band (`from X to Y months reverse R`)");
    RULES.put(CompassParser.RULE_field, "a field (`name: type`)");
    RULES.put(CompassParser.RULE_testClause, "a test clause (a table or `expect`)");
    RULES.put(CompassParser.RULE_testRow, "a row of values");
    RULES.put(CompassParser.RULE_testCell, "a value");
    RULES.put(
        CompassParser.RULE_tierMode, "a tier mode (`marginal`, `retroactive` or `interpolated`)");
    RULES.put(
        CompassParser.RULE_periodUnit, "a period (`month`, `quarter`, `half`, `year` or `period`)");
    RULES.put(CompassParser.RULE_durationUnit, "a duration (`days`, `months` or `years`)");
    RULES.put(CompassParser.RULE_roleName, "a role");
    RULES.put(CompassParser.RULE_overrideWho, "a role or team");
    RULES.put(CompassParser.RULE_literalText, "a version");
    RULES.put(CompassParser.RULE_name, "a name");
  }

  /**
   * Operators: after a complete value any of them may follow; listed one by one they drown the
   * rest.
   */
  private static final Set<Integer> OPERATORS =
      Set.of(
          CompassLexer.STAR,
          CompassLexer.X,
          CompassLexer.SLASH,
          CompassLexer.OF,
          CompassLexer.PLUS,
          CompassLexer.MINUS,
          CompassLexer.PER,
          CompassLexer.LT,
          CompassLexer.LE,
          CompassLexer.GT,
          CompassLexer.GE,
          CompassLexer.EQ,
          CompassLexer.NE,
          CompassLexer.IS,
          CompassLexer.NOT,
          CompassLexer.IN,
          CompassLexer.WITHIN, // `close_date within 30 days of start_date`
          CompassLexer.YEAR, // `bookings year to date`, after any value (issue 15)
          CompassLexer.TRAILING, // `bookings trailing 3 months`
          CompassLexer.AND,
          CompassLexer.OR);

  /** Whether the rule is recorded by its name instead of by its tokens. */
  static boolean names(int rule) {
    return RULES.containsKey(rule);
  }

  /** What was expected, as an analyst reads it: named rules first, then tokens, layout last. */
  static List<String> describe(Set<Integer> rules, Set<Integer> tokens, boolean afterNumber) {
    List<String> out = new ArrayList<>();
    long operators = tokens.stream().filter(OPERATORS::contains).count();
    boolean groupOperators = operators >= 3;
    if (groupOperators) out.add("an operator");
    for (Map.Entry<Integer, String> rule : RULES.entrySet()) {
      if (rules.contains(rule.getKey()) && !out.contains(rule.getValue())) out.add(rule.getValue());
    }
    List<String> layout = new ArrayList<>();
    tokens.stream()
        .sorted()
        .forEach(
            type -> {
              if (groupOperators && OPERATORS.contains(type)) return;
              // a name right after a number is its currency (`500 EUR`)
              String name =
                  afterNumber && type == CompassLexer.IDENT ? "a currency (`USD`)" : token(type);
              if (type == Token.EOF
                  || type == CompassLexer.NEWLINE
                  || type == CompassLexer.INDENT
                  || type == CompassLexer.DEDENT) {
                if (!layout.contains(name)) layout.add(name);
              } else if (!out.contains(name)) {
                out.add(name);
              }
            });
    // the end of the text is an end of line too: one is enough
    if (layout.contains("end of line")) layout.remove("end of file");
    out.addAll(layout);
    return out;
  }

  /** One token kind: a keyword or symbol as written, a literal or layout by what it is. */
  static String token(int type) {
    return switch (type) {
      case Token.EOF -> "end of file";
      case CompassLexer.NEWLINE -> "end of line";
      case CompassLexer.INDENT -> "an indented block";
      case CompassLexer.DEDENT -> "end of the block";
      case CompassLexer.STRING_LIT -> "a quoted text";
      case CompassLexer.DATE_LIT -> "a date (`2027-01-01`)";
      case CompassLexer.PERIOD_LIT -> "a period (`2027-Q1`)";
      case CompassLexer.NUMBER_LIT -> "a number";
      case CompassLexer.PERCENT_LIT -> "a percentage";
      case CompassLexer.IDENT -> "a name";
      default -> {
        String literal = CompassLexer.VOCABULARY.getLiteralName(type);
        yield literal == null
            ? CompassLexer.VOCABULARY.getDisplayName(type)
            : "`" + literal.replace("'", "") + "`";
      }
    };
  }

  /** "a, b or c". */
  static String either(List<String> items) {
    if (items.size() == 1) return items.get(0);
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }
}
