package compass.cli;

import compass.diag.Printable;
import compass.result.RejectedRow;
import java.nio.file.Path;
import java.util.List;

/**
 * The rejects file of {@code compass run --keep-going}: one CSV row per data row left out, with its
 * file, line, the column and code of its first problem, every problem, and the row as it was
 * written, so it can be corrected and fed back. It sits beside the output ({@code payouts.csv}
 * gives {@code payouts.rejects.csv}), or is {@code rejects.csv} in the current folder when the
 * output goes to stdout.
 */
final class RejectsFile {
  static final String HEADER = compass.api.StatementCsv.REJECTS_HEADER;

  private RejectsFile() {}

  static Path beside(Path outFile) {
    if (outFile == null) return Path.of("rejects.csv");
    String name = outFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return outFile.resolveSibling(stem + ".rejects.csv");
  }

  static String write(List<RejectedRow> rejects) {
    return compass.api.StatementCsv.rejects(rejects); // one writer, shared with the Spark job
  }

  /** For stderr: how many rows of which files were rejected, and where they are listed. */
  static String summary(List<RejectedRow> rejects, Path file) {
    if (rejects.isEmpty()) return "rejected: no rows\n";
    java.util.Map<String, Integer> perFile = new java.util.LinkedHashMap<>();
    for (RejectedRow r : rejects) perFile.merge(r.file(), 1, Integer::sum);
    StringBuilder out = new StringBuilder("rejected: ");
    boolean first = true;
    for (var e : perFile.entrySet()) {
      if (!first) out.append(", ");
      first = false;
      out.append(e.getValue())
          .append(e.getValue() == 1 ? " row of " : " rows of ")
          .append(Printable.escape(e.getKey()));
    }
    out.append(", listed in ").append(file).append('\n');
    int shown = Math.min(rejects.size(), 10);
    for (int i = 0; i < shown; i++) {
      RejectedRow r = rejects.get(i);
      out.append("  ")
          .append(Printable.escape(r.position()))
          .append(" ")
          .append(Printable.escape(r.error()))
          .append('\n');
    }
    if (rejects.size() > shown)
      out.append("  ... and ").append(rejects.size() - shown).append(" more\n");
    return out.toString();
  }
}
