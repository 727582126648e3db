package compass.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.format.Formatter;
import compass.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/language.md, the language reference, is checked like code: every plan example in it is real,
 * and every keyword of the lexer is documented there.
 *
 * <p>Examples are fenced blocks whose info string starts with {@code compass}; the word after it
 * says what the block is:
 *
 * <ul>
 *   <li>{@code compass}: a complete plan; it parses, checks with no error, and is in the layout of
 *       {@code compass fmt} (so formatting it changes nothing);
 *   <li>{@code compass fragment}: declarations added to the reference's base plan (the block marked
 *       {@code compass base}); the whole checks with no error, the fragment alone is in {@code fmt}
 *       layout;
 *   <li>{@code compass steps}: the steps of a component, checked inside {@code component
 *       "Example":} added to the base plan;
 *   <li>{@code compass parse}: a plan that needs files beside it ({@code import}, {@code extends}):
 *       it parses and is in {@code fmt} layout;
 *   <li>{@code compass error CODE}: checking it (added to the base plan) reports CODE.
 * </ul>
 *
 * <p>An example with {@code test} blocks is also run as {@code compass test} runs it, and every
 * expectation must hold: the worked numbers of the reference are computed, not only written.
 */
class LanguageDocTest {
  /** Relative to the interpreter module folder, where Maven runs the tests. */
  private static final Path DOC = Path.of("..", "docs", "language.md");

  private static final Path GRAMMAR =
      Path.of("..", "grammar", "src", "main", "antlr4", "compass", "grammar");

  private static final Path LEXER = GRAMMAR.resolve("CompassLexer.g4");

  private static final Path PARSER = GRAMMAR.resolve("CompassParser.g4");

  private static final Pattern FENCE = Pattern.compile("^```(.*)$");

  /** A keyword rule of the lexer: {@code PLAN: 'plan';}, alternatives included. */
  private static final Pattern KEYWORD_RULE =
      Pattern.compile("^[A-Z_]+\\s*:\\s*('[a-z][a-z-]*'(\\s*\\|\\s*'[a-z][a-z-]*')*)\\s*;");

  private static final Pattern LITERAL = Pattern.compile("'([a-z][a-z-]*)'");

  private record Example(String kind, String text, int line) {
    String where() {
      return "docs/language.md:" + line + " (" + kind + ")";
    }
  }

  private static List<String> lines() throws IOException {
    assertTrue(Files.isRegularFile(DOC), "missing " + DOC.toAbsolutePath().normalize());
    return Files.readAllLines(DOC, StandardCharsets.UTF_8);
  }

  /** Every fenced block whose info string starts with `compass`, with its kind and first line. */
  private static List<Example> examples(List<String> lines) {
    List<Example> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) continue;
      String info = open.group(1).strip();
      StringBuilder body = new StringBuilder();
      int start = i + 1;
      for (i = i + 1; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        body.append(lines.get(i)).append('\n');
      }
      if (info.equals("compass") || info.startsWith("compass ")) {
        String kind = info.equals("compass") ? "plan" : info.substring("compass ".length()).strip();
        found.add(new Example(kind, body.toString(), start + 1));
      }
    }
    return found;
  }

  private static String base(List<Example> examples) {
    List<String> bases =
        examples.stream().filter(e -> e.kind().equals("base")).map(Example::text).toList();
    assertTrue(bases.size() == 1, "docs/language.md needs exactly one ```compass base block");
    return bases.get(0);
  }

  /** The errors of checking text as a plan, one line each. */
  private static List<String> errors(String text) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("language.md", text, diags);
    return diags.all().stream()
        .filter(Diagnostic::isError)
        .map(Diagnostic::oneLine)
        .collect(Collectors.toList());
  }

  private static Set<String> codes(String text) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("language.md", text, diags);
    return diags.all().stream().map(d -> d.code().id()).collect(Collectors.toSet());
  }

  /** Null when text is in `compass fmt` layout, else what is wrong. */
  private static String notCanonical(String text) {
    Diagnostics diags = new Diagnostics();
    String formatted = Formatter.format(new SourceFile("language.md", text), diags);
    if (formatted == null) return "does not parse: " + diags.all();
    if (!formatted.equals(text)) return "is not in fmt layout; fmt writes:\n" + formatted;
    Diagnostics again = new Diagnostics();
    String twice = Formatter.format(new SourceFile("language.md", formatted), again);
    return formatted.equals(twice) ? null : "formatting twice differs from formatting once";
  }

  @TempDir Path dir;

  /** Runs the plan's tests; what failed, one line each. */
  private List<String> failedTests(String plan, int line) throws IOException {
    Path file = dir.resolve("example-" + line + ".comp");
    Files.writeString(file, plan, StandardCharsets.UTF_8);
    TestReport report = PlanTests.run(file, false);
    List<String> failed = new ArrayList<>();
    report.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> failed.add(d.oneLine()));
    if (report.outcomes().isEmpty()) failed.add("no test ran");
    for (TestReport.Outcome o : report.outcomes()) {
      for (TestReport.Failure f : o.failures())
        failed.add(
            o.title()
                + ": expected "
                + f.subject()
                + " = "
                + f.expected()
                + ", actual "
                + f.actual());
      o.errors().forEach(d -> failed.add(o.title() + ": " + d.oneLine()));
    }
    return failed;
  }

  private static boolean hasTests(String text) {
    return text.lines().anyMatch(l -> l.startsWith("test \""));
  }

  private static String component(String steps) {
    String indented =
        steps.lines().map(l -> l.isEmpty() ? l : "  " + l).collect(Collectors.joining("\n"));
    return "\ncomponent \"Example\":\n" + indented + "\n";
  }

  @Test
  void everyExampleParsesChecksAndIsInFmtLayout() throws IOException {
    List<Example> examples = examples(lines());
    String base = base(examples);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    int tested = 0;
    for (Example e : examples) {
      String kind = e.kind();
      String plan;
      String layout;
      if (kind.equals("plan") || kind.equals("base")) {
        plan = e.text();
        layout = e.text();
      } else if (kind.equals("fragment")) {
        plan = base + "\n" + e.text();
        layout = e.text();
      } else if (kind.equals("steps")) {
        plan = base + component(e.text());
        layout = plan;
      } else if (kind.equals("parse")) {
        plan = null;
        layout = e.text();
      } else if (kind.startsWith("error ")) {
        String code = kind.substring("error ".length()).strip();
        Set<String> found = codes(base + "\n" + e.text());
        if (!found.contains(code))
          problems.add(e.where() + ": expected " + code + ", got " + found);
        checked++;
        continue;
      } else {
        problems.add(e.where() + ": unknown kind of example `" + kind + "`");
        continue;
      }
      String fmt = notCanonical(layout);
      if (fmt != null) problems.add(e.where() + " " + fmt);
      if (plan != null) {
        List<String> errors = errors(plan);
        if (!errors.isEmpty()) {
          problems.add(e.where() + " has errors:\n  " + String.join("\n  ", errors));
        } else if (hasTests(e.text())) {
          List<String> failed = failedTests(plan, e.line());
          if (!failed.isEmpty())
            problems.add(e.where() + " tests fail:\n  " + String.join("\n  ", failed));
          tested++;
        }
      }
      checked++;
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertTrue(checked >= 30, "only " + checked + " examples found in docs/language.md");
    assertTrue(tested >= 1, "no example of docs/language.md has tests");
  }

  @Test
  void everyKeywordOfTheLexerIsDocumented() throws IOException {
    Set<String> keywords = new LinkedHashSet<>();
    for (String line : Files.readAllLines(LEXER, StandardCharsets.UTF_8)) {
      Matcher rule = KEYWORD_RULE.matcher(line.strip());
      if (!rule.find()) continue;
      Matcher literal = LITERAL.matcher(rule.group(1));
      while (literal.find()) keywords.add(literal.group(1));
    }
    assertFalse(keywords.isEmpty(), "no keywords read from " + LEXER);
    Set<String> documented = codeWords(lines());
    Set<String> missing = new TreeSet<>(keywords);
    missing.removeAll(documented);
    assertTrue(
        missing.isEmpty(),
        "keywords of CompassLexer.g4 not in the code of docs/language.md (add their reference"
            + " entry): "
            + missing);
  }

  /** Each keyword of the lexer with its token name: {@code plan -> PLAN}. */
  private static java.util.Map<String, String> keywordTokens() throws IOException {
    java.util.Map<String, String> tokens = new java.util.LinkedHashMap<>();
    for (String line : Files.readAllLines(LEXER, StandardCharsets.UTF_8)) {
      Matcher rule = KEYWORD_RULE.matcher(line.strip());
      if (!rule.find()) continue;
      String token = line.strip().substring(0, line.strip().indexOf(':')).strip();
      Matcher literal = LITERAL.matcher(rule.group(1));
      while (literal.find()) tokens.put(literal.group(1), token);
    }
    return tokens;
  }

  /** The tokens the parser's `name` rule accepts: the soft keywords. */
  private static Set<String> softTokens() throws IOException {
    String parser = Files.readString(PARSER, StandardCharsets.UTF_8);
    Matcher rule = Pattern.compile("(?m)^name\\s*\\n?\\s*:([^;]*);").matcher(parser);
    assertTrue(rule.find(), "no `name` rule in " + PARSER);
    Set<String> soft = new TreeSet<>();
    Matcher token = Pattern.compile("[A-Z_]+").matcher(rule.group(1));
    while (token.find()) soft.add(token.group());
    return soft;
  }

  @Test
  void theKeywordIndexSaysWhichKeywordsAreSoft() throws IOException {
    java.util.Map<String, String> tokens = keywordTokens();
    Set<String> soft = softTokens();
    Pattern row = Pattern.compile("^\\| (`[^|]+`) \\| (yes|no) \\|.*");
    List<String> problems = new ArrayList<>();
    Set<String> indexed = new TreeSet<>();
    List<String> lines = lines();
    int index = lines.indexOf("## 16. Keyword index");
    assertTrue(index >= 0, "no `## 16. Keyword index` in docs/language.md");
    for (String line : lines.subList(index, lines.size())) {
      Matcher m = row.matcher(line);
      if (!m.matches()) continue;
      Matcher word = Pattern.compile("`([^`]+)`").matcher(m.group(1));
      while (word.find()) {
        String keyword = word.group(1);
        String token = tokens.get(keyword);
        if (token == null) {
          problems.add("`" + keyword + "` in the keyword index is no keyword of the lexer");
          continue;
        }
        indexed.add(keyword);
        boolean isSoft = soft.contains(token);
        if (isSoft != m.group(2).equals("yes"))
          problems.add(
              "`" + keyword + "` is " + (isSoft ? "soft" : "reserved") + " in the grammar");
      }
    }
    Set<String> missing = new TreeSet<>(tokens.keySet());
    missing.removeAll(indexed);
    if (!missing.isEmpty()) problems.add("not in the keyword index: " + missing);
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyLinkLeadsToAHeading() throws IOException {
    Set<String> own = anchors(lines());
    Set<String> diagnostics =
        anchors(Files.readAllLines(DOC.resolveSibling("diagnostics.md"), StandardCharsets.UTF_8));
    List<String> broken = new ArrayList<>();
    Matcher link =
        Pattern.compile("\\]\\((diagnostics\\.md)?#([^)]+)\\)").matcher(String.join("\n", lines()));
    int links = 0;
    while (link.find()) {
      links++;
      Set<String> in = link.group(1) == null ? own : diagnostics;
      if (!in.contains(link.group(2))) broken.add(link.group());
    }
    assertTrue(links >= 100, "only " + links + " links found in docs/language.md");
    assertTrue(broken.isEmpty(), "links to no heading in docs/language.md: " + broken);
  }

  /** The anchors GitHub gives the headings of a Markdown file. */
  private static Set<String> anchors(List<String> lines) {
    Set<String> anchors = new TreeSet<>();
    boolean fenced = false;
    for (String line : lines) {
      if (line.startsWith("```")) fenced = !fenced;
      if (fenced || !line.startsWith("#")) continue;
      String title = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(java.util.Locale.ROOT);
      anchors.add(title.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
    }
    return anchors;
  }

  /** The words written as code in the reference: in fenced blocks and `inline code`. */
  private static Set<String> codeWords(List<String> lines) {
    StringBuilder code = new StringBuilder();
    boolean fenced = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        code.append(line).append('\n');
        continue;
      }
      Matcher inline = Pattern.compile("`([^`]+)`").matcher(line);
      while (inline.find()) code.append(inline.group(1)).append('\n');
    }
    Set<String> words = new TreeSet<>();
    Matcher word = Pattern.compile("[a-z][a-z-]*").matcher(code);
    while (word.find()) {
      words.add(word.group());
      for (String part : word.group().split("-")) words.add(part);
    }
    return words;
  }
}
