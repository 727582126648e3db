package compass.cli;

import compass.diag.Code;
import compass.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which format an output is written in, the same rule for every command with {@code --out}: the
 * {@code --format} given; else the format the file's extension names ({@code pay.csv}, {@code
 * pay.json}, {@code data.xlsx}); else the command's default. An extension that names a format other
 * than the {@code --format} given, or one the command cannot write, is a usage error (E0777) found
 * before anything runs. Other extensions ({@code .txt}, none) say nothing.
 */
final class OutputFormats {
  /** The extensions that name a format, and the format each names. */
  private static final List<String> KNOWN = List.of("csv", "json", "xlsx");

  private OutputFormats() {}

  /** The format chosen, or why none can be. */
  record Choice(String format, Diagnostic problem) {}

  /**
   * @param given the {@code --format} given, or null
   * @param out the {@code --out} file, or null (stdout)
   * @param formats the formats the command writes
   * @param fallback the command's default format
   */
  static Choice choose(String given, Path out, List<String> formats, String fallback) {
    String named = extensionFormat(out);
    if (named == null) return new Choice(given != null ? given : fallback, null);
    String file = out.getFileName().toString();
    if (given != null && !given.equals(named)) {
      String stem = file.substring(0, file.length() - named.length() - 1);
      String rename = "name the file " + stem + "." + extensionOf(given);
      String hint =
          formats.contains(named) ? "drop --format to write " + named + ", or " + rename : rename;
      return new Choice(
          null,
          Diagnostic.error(
                  Code.E0777,
                  null,
                  "--format " + given + " does not match --out " + out + " (a ." + named + " file)")
              .withHint(hint));
    }
    if (!formats.contains(named))
      return new Choice(
          null,
          Diagnostic.error(
                  Code.E0777,
                  null,
                  "--out "
                      + out
                      + " names a ."
                      + named
                      + " file, which this command does not write")
              .withHint("it writes " + String.join(", ", formats) + ": name the file accordingly"));
    return new Choice(named, null);
  }

  /** The file's extension for a format: csv, json, xlsx; txt for a table or a text tree. */
  private static String extensionOf(String format) {
    return KNOWN.contains(format) ? format : "txt";
  }

  /** The format a file's extension names, or null (no --out, another extension, none). */
  static String extensionFormat(Path out) {
    if (out == null || out.getFileName() == null) return null;
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) return null;
    String ext = name.substring(dot + 1);
    return KNOWN.contains(ext) ? ext : null;
  }
}
