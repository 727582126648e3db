package compass.cli;

import compass.diag.Code;
import compass.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan files a command is given: files as named, each folder replaced by the {@code .comp}
 * files in it at any depth, in path order. A folder with none is a diagnostic (E0783), never
 * silently nothing checked.
 */
final class PlanFolders {
  private PlanFolders() {}

  /** The files found, and a diagnostic for each folder that holds no plan. */
  record Found(List<Path> files, List<Diagnostic> empty) {}

  static Found expand(List<Path> named) {
    List<Path> files = new ArrayList<>();
    List<Diagnostic> empty = new ArrayList<>();
    for (Path p : named) {
      if (!Files.isDirectory(p)) {
        files.add(p); // a missing file is reported by reading it
        continue;
      }
      List<Path> inside;
      try (Stream<Path> walk = Files.walk(p)) {
        inside =
            walk.filter(f -> f.toString().endsWith(".comp") && Files.isRegularFile(f))
                .sorted()
                .toList();
      } catch (IOException | UncheckedIOException e) {
        files.add(p); // reading it then reports why it cannot be read
        continue;
      }
      if (inside.isEmpty())
        empty.add(
            Diagnostic.error(Code.E0783, null, "no plan (.comp file) in the folder " + p)
                .withHint("name a plan file, or a folder that holds plans at any depth"));
      files.addAll(inside);
    }
    return new Found(files, empty);
  }
}
