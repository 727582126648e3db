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
  static final String HEADER = "file,line,column,code,error,row\n";

  private RejectsFile() {}

  static Path beside(Path outFile) {
    if (outFile == null) return Path.of("rejects.csv");
    String name = outFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return outFile.resolveSibling(stem + ".rejects.csv");
  }

  static String write(List<RejectedRow> rejects) {
    StringBuilder out = new StringBuilder(HEADER);
    for (RejectedRow r : rejects) {
      // the row as written comes from the data: neutralised like every text cell of data
      // a workbook's row: the file column says where, as Excel names a cell (deals.xlsx!Q1!C14)
      out.append(CsvFormat.textCell(r.cell() != null ? r.position() : r.file()))
          .append(',')
          .append(r.line())
          .append(',')
          .append(r.column())
          .append(',')
          .append(r.code().id())
          .append(',')
          .append(CsvFormat.textCell(r.error()))
          .append(',')
          .append(CsvFormat.textCell(r.text()))
          .append('\n');
    }
    return out.toString();
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
