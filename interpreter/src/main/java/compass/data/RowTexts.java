package compass.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of some rows of a data file, read again from the file: a row found bad only while
 * evaluating (an empty cell the plan needs) goes to the rejects file as written, like the rows
 * refused while loading, and with the column of its bad cell. A rare path: one pass over the file.
 */
public final class RowTexts {
  private RowTexts() {}

  /** The header (line 1) and the given lines of the file; lines it cannot read are left out. */
  public static Map<Long, String> read(Path file, Set<Long> lines) {
    Map<Long, String> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long n = 0;
      String line;
      while ((line = in.readLine()) != null && out.size() < lines.size() + 1) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (n == 1 || lines.contains(n)) out.put(n, line);
      }
    } catch (IOException | RuntimeException e) {
      // the file changed or vanished since it was loaded: the rejects file shows the row empty
    }
    return out;
  }

  /** The 1-based column where the cell of {@code column} starts in {@code row}; 1 when not found. */
  public static int cellColumn(String header, String row, String column) {
    if (header == null || row == null) return 1;
    int index = cells(header).indexOf(column);
    if (index < 0) return 1;
    int at = 0, cell = 0;
    boolean quoted = false;
    for (int i = 0; i < row.length() && cell < index; i++) {
      char c = row.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (c == ',' && !quoted) {
        cell++;
        at = i + 1;
      }
    }
    return cell == index ? at + 1 : 1;
  }

  /** The cells of a header line, unquoted and trimmed, as the loader matches column names. */
  private static List<String> cells(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString().strip());
    return out;
  }
}
