package compass.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.grammar.CompassLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The editors' TextMate grammar (editors/vscode) colours exactly the lexer's keywords: a keyword
 * added to CompassLexer.g4 fails this test until the grammar knows it, and the grammar names no
 * word the lexer does not have.
 */
class EditorGrammarTest {
  /** Relative to the interpreter module folder, where Maven runs the tests. */
  private static final Path EDITORS = Path.of("..", "editors", "vscode");

  private static final Pattern KEYWORDS =
      Pattern.compile("\"match\": \"\\\\\\\\b\\(\\?:([a-z|-]+)\\)");

  @Test
  void theGrammarsKeywordsAreTheLexersWords() throws IOException {
    String grammar =
        Files.readString(
            EDITORS.resolve("syntaxes/compass.tmLanguage.json"), StandardCharsets.UTF_8);
    List<String> listed = new ArrayList<>();
    Matcher m = KEYWORDS.matcher(grammar);
    while (m.find()) listed.addAll(List.of(m.group(1).split("\\|")));
    TreeSet<String> inGrammar = new TreeSet<>(listed);
    assertEquals(listed.size(), inGrammar.size(), "a keyword listed twice: " + listed);
    assertEquals(lexerWords(), inGrammar);
  }

  @Test
  void theExtensionNamesTheLanguageAndItsFiles() throws IOException {
    String manifest = Files.readString(EDITORS.resolve("package.json"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("\"id\": \"compass\""), manifest);
    assertTrue(manifest.contains("\".comp\""), manifest);
    assertTrue(manifest.contains("\"scopeName\": \"source.compass\""), manifest);
    String config =
        Files.readString(EDITORS.resolve("language-configuration.json"), StandardCharsets.UTF_8);
    assertTrue(config.contains("\"lineComment\": \"#\""), config);
  }

  /** Every token of the lexer written as letters: {@code 'plan'}, {@code 'non-recoverable'}. */
  private static TreeSet<String> lexerWords() {
    TreeSet<String> words = new TreeSet<>();
    // a rule with alternatives (`'non-recoverable' | 'nonrecoverable'`) has no literal name in
    // the vocabulary: its words are read from the rule itself, in the grammar file
    for (int t = 1; t <= CompassLexer.VOCABULARY.getMaxTokenType(); t++) {
      String literal = CompassLexer.VOCABULARY.getLiteralName(t);
      if (literal != null && literal.matches("'[a-z][a-z-]*'"))
        words.add(literal.substring(1, literal.length() - 1));
    }
    words.add("non-recoverable");
    words.add("nonrecoverable");
    return words;
  }
}
