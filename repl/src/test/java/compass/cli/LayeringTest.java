package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of STYLE.md ("Layout"), checked on every build: the interpreter's packages depend
 * one way, and every front end (the CLI and REPL, the benchmarks, any module added later such as
 * web/) uses the interpreter only through the facade. It lives in the top module so it sees all the
 * others; it reads their sources (see {@link JavaReferences}).
 */
final class LayeringTest {
  private static final Path ROOT = CompassProcess.ROOT;

  /**
   * The interpreter's packages, lowest first: each may refer only to packages before it. The order
   * is the one the code keeps (derived from its imports, not only from STYLE.md's list): the plan's
   * vocabulary (values, calendar, results, data schemas) sits below the checker that uses it, and
   * the facade on top. A new package must be placed here to compile past this test.
   */
  static final List<String> PHASES =
      List.of(
          "compass.source", // plan text, where it is read from, positions in it
          "compass.diag", // diagnostics: code, position, message, hint
          "compass.explain", // the trace the evaluator records: steps with amounts, rates, spans,
          // rows
          "compass.value", // currencies, rounding
          "compass.calendar", // fiscal calendar, periods and their labels
          "compass.result", // what a run produces: statements, lines, reconciliation, explanations
          "compass.ledger", // the paid record: closed periods as written, read back (issue 16)
          "compass.data", // typed tables read from CSV, with positions
          "compass.ast", // the plan as records
          "compass.types", // the types of expressions and the unit rules
          "compass.syntax", // parsing: text to AST (the only user of the ANTLR-generated parser)
          "compass.format", // compass fmt
          "compass.check", // names, types, units, shape: AST to checked plan
          "compass.eval", // the checked plan compiled to nodes and evaluated
          "compass.stream", // issue 20: a deals file credited and merged as it is read
          "compass.session", // what-if sessions over the evaluator
          "compass.forecast", // compass forecast: the pipeline simulated over the evaluator
          "compass.api"); // the facade: composes the phases for every front end

  /**
   * What a front end may use: the facade {@code compass.api}, and the packages of the types it
   * hands out. Java cannot re-export a type, so the facade's vocabulary lives where the layers
   * below need it: results (returned by runs, filled by eval), what-if sessions (opened only by
   * {@code Compass.session}, which hands in the facade's loading), diagnostics and their positions
   * (public by STYLE.md). Everything else (ast, syntax, types, check, value, calendar, data, eval,
   * format) is inside the house.
   */
  static final Set<String> FACADE =
      Set.of(
          "compass.api",
          "compass.result",
          "compass.explain",
          "compass.session",
          "compass.diag",
          "compass.source");

  /** The modules below the front ends; every other module of the build is a front end. */
  private static final Set<String> LIBRARY_MODULES =
      Set.of("grammar", "interpreter", "stdlib-plans");

  @Test
  void everyInterpreterPackageIsPlacedAndRefersOnlyToPackagesBelowIt() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : javaFiles(ROOT.resolve("interpreter/src/main/java"))) {
      JavaReferences refs = read(file);
      problems.addAll(phaseProblems(ROOT.relativize(file).toString(), refs));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void frontEndsUseOnlyTheFacade() throws IOException {
    List<String> modules = frontEndModules();
    assertTrue(modules.containsAll(List.of("repl", "bench")), "front ends found: " + modules);
    List<String> problems = new ArrayList<>();
    // a front end may use another front end's packages (the CLI's `serve` starts web's server):
    // what is guarded is the inside of the interpreter
    Set<String> own = new java.util.HashSet<>();
    for (String module : modules)
      for (Path file : javaFiles(ROOT.resolve(module).resolve("src/main/java")))
        own.add(read(file).pkg);
    for (String module : modules) {
      List<Path> files = javaFiles(ROOT.resolve(module).resolve("src/main/java"));
      for (Path file : files) own.add(read(file).pkg);
      // the CLI starts the web front end (`compass statements`, `compass serve`): it may use it
      if (module.equals("repl"))
        for (Path file : javaFiles(ROOT.resolve("web/src/main/java"))) own.add(read(file).pkg);
      for (Path file : files) {
        String name = ROOT.relativize(file).toString();
        for (String used : frontEndProblems(read(file), own))
          problems.add(name + " uses " + used + ", which is not part of the facade");
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The test of the test: a back edge, a skipped facade and a stray ANTLR use are each caught. */
  @Test
  void aBadReferenceFailsTheLayering() {
    // eval reaching up into the facade (the cycle this test was written against)
    assertEquals(
        List.of("Evaluator.java: compass.eval refers to compass.api, which is above it"),
        phaseProblems(
            "Evaluator.java",
            new JavaReferences("package compass.eval;\nimport compass.api.Compass;\n")));
    // a fully qualified name in the code counts as much as an import; a Javadoc link does not
    assertEquals(
        List.of("Checker.java: compass.check refers to compass.session, which is above it"),
        phaseProblems(
            "Checker.java",
            new JavaReferences(
                "package compass.check;\n/** {@link compass.api.Compass} */\nclass C { compass.session.Session s; String t = \"compass.eval.X\"; }\n")));
    assertEquals(
        List.of("Web.java: compass.web is not placed in LayeringTest.PHASES"),
        phaseProblems(
            "Web.java", new JavaReferences("package compass.web;\nimport compass.api.Compass;\n")));
    assertEquals(
        List.of(
            "Lexer.java: compass.check uses org.antlr.v4.runtime, which only compass.syntax may use"),
        phaseProblems(
            "Lexer.java",
            new JavaReferences("package compass.check;\nimport org.antlr.v4.runtime.Token;\n")));
    // a front end reaching past the facade, by import or static import
    assertEquals(
        List.of("compass.eval"),
        frontEndProblems(
            new JavaReferences(
                "package compass.web;\nimport compass.api.Compass;\nimport compass.eval.Evaluator;\n"),
            Set.of("compass.web")));
    assertEquals(
        List.of("compass.ast"),
        frontEndProblems(
            new JavaReferences(
                "package compass.web;\nimport static compass.ast.Expr.BinaryOp.ADD;\n"),
            Set.of("compass.web")));
    assertEquals(
        List.of(),
        frontEndProblems(
            new JavaReferences(
                "package compass.web;\nimport compass.api.*;\nimport compass.result.LineItem;\n"),
            Set.of("compass.web")));
  }

  /** The layering problems of one interpreter file, one line each. */
  static List<String> phaseProblems(String name, JavaReferences refs) {
    List<String> out = new ArrayList<>();
    int level = PHASES.indexOf(refs.pkg);
    if (level < 0) {
      out.add(name + ": " + refs.pkg + " is not placed in LayeringTest.PHASES");
      return out;
    }
    for (String used : refs.compass) {
      if (used.equals("compass.grammar")) {
        if (!refs.pkg.equals("compass.syntax"))
          out.add(
              name
                  + ": "
                  + refs.pkg
                  + " uses the generated parser, which only compass.syntax may use");
      } else if (PHASES.indexOf(used) < 0) {
        out.add(
            name
                + ": "
                + refs.pkg
                + " refers to "
                + used
                + ", which is not an interpreter package");
      } else if (PHASES.indexOf(used) > level) {
        out.add(name + ": " + refs.pkg + " refers to " + used + ", which is above it");
      }
    }
    for (String used : refs.foreign) {
      // STYLE: nothing outside syntax touches ANTLR; nothing in the interpreter imports picocli or
      // JLine
      if (used.startsWith("org.antlr") && !refs.pkg.equals("compass.syntax")) {
        out.add(name + ": " + refs.pkg + " uses " + used + ", which only compass.syntax may use");
      } else if (!used.startsWith("org.antlr")) {
        out.add(name + ": " + refs.pkg + " uses " + used + ", a front end's library");
      }
    }
    return out;
  }

  /** The packages a front-end file uses that are neither the facade nor its own module's. */
  static List<String> frontEndProblems(JavaReferences refs, Set<String> own) {
    return refs.compass.stream().filter(p -> !FACADE.contains(p) && !own.contains(p)).toList();
  }

  /** The modules of the root pom that are not the interpreter or below it. */
  private static List<String> frontEndModules() throws IOException {
    Matcher m =
        Pattern.compile("<module>([^<]+)</module>")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    List<String> out = new ArrayList<>();
    while (m.find()) if (!LIBRARY_MODULES.contains(m.group(1).trim())) out.add(m.group(1).trim());
    return out;
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static JavaReferences read(Path file) throws IOException {
    return new JavaReferences(Files.readString(file));
  }
}
