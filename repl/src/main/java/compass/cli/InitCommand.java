package compass.cli;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compass init [FOLDER]}: a new plan to start from, in a new or empty folder: the plan with
 * its tests, sample people and deals, and a {@code .gitignore}. {@code compass test} passes on it
 * and {@code compass run} pays on it at once. The files are the resources under {@code init/}; the
 * plan is named after the folder.
 */
@Command(
    name = "init",
    description =
        "Start a new plan in FOLDER (default: the current folder, which must be empty): a plan"
            + " with tests, sample data and a .gitignore.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the plan was written",
      "2:usage error; the folder is not empty (E0781) or cannot be written (E0782)",
      "70:internal error (please report it)"
    })
final class InitCommand implements Callable<Integer> {
  /** The files written, by their name in the new folder, from the resource of the same name. */
  static final Map<String, String> FILES =
      Map.of(
          "plan.comp", "plan.comp",
          "people.csv", "people.csv",
          "deals.csv", "deals.csv",
          ".gitignore", "gitignore");

  private static final List<String> ORDER =
      List.of("plan.comp", "people.csv", "deals.csv", ".gitignore");

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Parameters(
      paramLabel = "FOLDER",
      arity = "0..1",
      description = "Where to put the plan: a new folder, or an empty one (default: .).")
  private Path folder;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path target = folder == null ? Path.of(".") : folder;
    Diagnostic refused = refusal(target);
    if (refused != null) return fail(err, refused);
    boolean created = !Files.exists(target);
    Map<Path, String> files = new LinkedHashMap<>();
    String name = planName(target);
    for (String file : ORDER) {
      String text = resource(FILES.get(file));
      files.put(target.resolve(file), text.replace("NAME", name));
    }
    try {
      Files.createDirectories(target);
      AtomicFile.writeAll(files); // all four files or none
    } catch (IOException e) {
      if (created) deleteIfEmpty(target);
      String reason = e instanceof AtomicFile.Failed f ? f.reason() : AtomicFile.reason(e);
      return fail(
          err,
          Diagnostic.error(
                  Code.E0782, null, "cannot write the new plan in " + target + ": " + reason)
              .withHint("choose a folder you can write to"));
    }
    String shown = folder == null ? "" : folder + "/";
    out.print("new plan: " + shown + "plan.comp, with people.csv, deals.csv and .gitignore\n");
    out.print(
        "next: compass test " + shown + "plan.comp   (then: compass run " + shown + "plan.comp)\n");
    out.flush();
    return 0;
  }

  /** A file, or a folder with anything in it (even hidden files): never written into. */
  private static Diagnostic refusal(Path target) {
    if (Files.exists(target) && !Files.isDirectory(target))
      return Diagnostic.error(Code.E0781, null, target + " is a file, not a folder")
          .withHint("name a new folder, e.g. `compass init my-plan`");
    if (!Files.isDirectory(target)) return null;
    try (Stream<Path> inside = Files.list(target)) {
      if (inside.findAny().isEmpty()) return null;
    } catch (IOException | UncheckedIOException e) {
      return Diagnostic.error(
          Code.E0782, null, "cannot read the folder " + target + ": " + e.getMessage());
    }
    return Diagnostic.error(Code.E0781, null, "the folder " + target + " is not empty")
        .withHint(
            "compass init never writes over files: name a new folder, e.g. `compass init my-plan`");
  }

  /** The plan's name: its folder's, as the analyst chose it (quotes and backslashes left out). */
  static String planName(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
    name = name.replaceAll("[\"\\\\\\p{Cntrl}]", "");
    return name.isBlank() ? "My plan" : name;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream("init/" + name)) {
      if (in == null) throw new IllegalStateException("missing resource init/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void deleteIfEmpty(Path folder) {
    try {
      Files.deleteIfExists(folder); // fails, harmlessly, when not empty
    } catch (IOException ignored) {
      // left as it is
    }
  }

  private static int fail(PrintWriter err, Diagnostic d) {
    err.print(DiagnosticRenderer.render(d));
    err.flush();
    return Main.USAGE;
  }
}
