package compass.api;

import compass.check.CheckedPlan;
import compass.data.TableSchema;
import compass.diag.Diagnostics;
import compass.source.PlanFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a run of a plan reads, found before running it: the plan, every plan file it imports or
 * extends (recorded while the plan is loaded), and the data file of each input. A plan that does
 * not load gives what was read before its errors; the run itself then reports them.
 */
public final class InputFiles {
  private InputFiles() {}

  /** The files {@code compass run} with this request reads, the plan first. */
  public static List<InputFile> of(RunRequest request) {
    Recording files = new Recording();
    CheckedPlan plan =
        Compass.load(
            request.plan(), files, new Diagnostics()); // its errors are the run's to report
    List<InputFile> out = new ArrayList<>();
    Path root = request.plan().toAbsolutePath().normalize();
    out.add(new InputFile(root, InputFile.Kind.PLAN, "the plan"));
    for (Path p : files.read) {
      if (!p.equals(root))
        out.add(
            new InputFile(p, InputFile.Kind.PLAN, "a plan file that the plan imports or extends"));
    }
    if (plan != null) out.addAll(data(plan, Compass.dataDir(request)));
    return out;
  }

  /** The data files of a loaded plan in a data folder, one per input, people first. */
  public static List<InputFile> data(CheckedPlan plan, Path dataDir) {
    List<InputFile> out = new ArrayList<>();
    Path folder = dataDir.toAbsolutePath().normalize();
    for (TableSchema t : plan.tables()) {
      try {
        out.add(
            new InputFile(
                folder.resolve(t.file()).normalize(),
                InputFile.Kind.DATA,
                "the data file of input `" + t.name() + "`"));
      } catch (InvalidPathException e) {
        // the run refuses such a name (E0408): nothing is read there
      }
    }
    return out;
  }

  /** Plan files from disk, remembering which were read. */
  private static final class Recording implements PlanFiles {
    final Set<Path> read = new LinkedHashSet<>();

    @Override
    public byte[] read(Path file) throws IOException {
      byte[] bytes = Files.readAllBytes(file);
      read.add(file.toAbsolutePath().normalize());
      return bytes;
    }

    @Override
    public boolean isDirectory(Path file) {
      return Files.isDirectory(file);
    }
  }
}
