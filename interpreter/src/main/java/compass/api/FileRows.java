package compass.api;

import compass.check.CheckedPlan;
import compass.stream.DealStream;
import compass.stream.Unstreamable;
import java.nio.file.Path;
import java.util.List;

/** The deals file's rows as the fast scan types them (issue 20). */
final class FileRows implements DealStream.RowSource {
  private final Path file;
  private final CheckedPlan plan;
  private final List<String> people;

  FileRows(Path file, CheckedPlan plan, List<String> people) {
    this.file = file;
    this.plan = plan;
    this.people = people;
  }

  @Override
  public DealStream.Scanned scan(
      boolean[] keep, java.util.function.IntFunction<DealStream.CellRows> sinks)
      throws Unstreamable {
    throw new Unstreamable("no fast scan yet " + file + plan + people);
  }
}
