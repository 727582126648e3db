package compass.api;

import compass.ast.Decl;
import compass.ast.Plan;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Label;
import compass.source.SourceFile;
import compass.syntax.PlanAssembler;
import compass.syntax.PlanParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code compass check} on a library: a file of definitions with no plan header (and no {@code
 * extends}), made to be imported ({@code import "lib/measures.comp"}). What can be checked without
 * the importing plan is: its syntax, its own imports, a name defined twice, and declarations an
 * importing plan would silently leave out (an import brings only definitions and {@code when}
 * rules; E0784). The names and fields it uses come from the importing plan, so their types and
 * units are checked where it is imported.
 */
public final class LibraryCheck {
  private LibraryCheck() {}

  /**
   * The library's diagnostics; null when the file is not a library (it has a header or extends a
   * plan), cannot be read or has syntax errors: checked as a plan, it reports those the same way.
   */
  public static CheckResult check(Path file) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (IOException e) { // CharacterCodingException too
      return null;
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    Diagnostics diags = new Diagnostics();
    Plan parsed = PlanParser.parsePlan(new SourceFile(file.toString(), text), diags);
    if (parsed == null || parsed.header() != null || !parsed.all(Decl.Extends.class).isEmpty())
      return null;
    ignoredOnImport(parsed, diags);
    definedTwice(parsed, diags);
    PlanAssembler.assemble(parsed, file, diags); // its own imports: found, readable, no cycle
    return new CheckResult(diags.all());
  }

  /** What an import leaves out: everything but definitions, `when` rules and imports. */
  private static void ignoredOnImport(Plan library, Diagnostics diags) {
    for (Decl d : library.decls()) {
      if (d instanceof Decl.Definition || d instanceof Decl.When || d instanceof Decl.Import)
        continue;
      String first = d.span().text().strip().split("\\s+", 2)[0];
      diags.add(
          Diagnostic.error(
                  Code.E0784,
                  firstLine(d.span()),
                  "a library gives only definitions and `when` rules: a plan that imports this"
                      + " file leaves out this `"
                      + first
                      + "`")
              .withHint(
                  "move it into the plans that need it, or start the file with a plan header"
                      + " (`plan \"Name\"` and its settings) to check it as a plan"));
    }
  }

  /** The first line of a declaration: where a multi-line block is shown. */
  private static compass.source.Span firstLine(compass.source.Span span) {
    int newline = span.file().text().indexOf('\n', span.start());
    int end = newline < 0 || newline > span.end() ? span.end() : newline;
    return new compass.source.Span(span.file(), span.start(), end);
  }

  private static void definedTwice(Plan library, Diagnostics diags) {
    Map<String, Decl.Definition> seen = new LinkedHashMap<>();
    for (Decl.Definition def : library.all(Decl.Definition.class)) {
      Decl.Definition first = seen.putIfAbsent(def.name().text(), def);
      if (first == null) continue;
      diags.add(
          Diagnostic.error(
                  Code.E0303, def.name().span(), "`" + def.name().text() + "` is defined twice")
              .withLabel(new Label(first.name().span(), "first defined here")));
    }
  }
}
