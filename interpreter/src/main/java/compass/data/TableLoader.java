package compass.data;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.source.DataLocation;
import compass.source.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Loads the CSV file of a declared table into typed columns. Every problem (a missing file, a
 * missing column, a malformed cell) becomes a diagnostic with the file, line, column and field;
 * nothing is thrown for bad data.
 */
public final class TableLoader {
  // A Java array cannot be larger; the JDK's own limit for readAllBytes.
  private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private TableLoader() {}

  /**
   * Loads one declared table from dataDir; returns null when the file could not be read at all.
   * Reports every problem into diags (never throws for bad data); when it reports an error the
   * table may be partial, so callers check {@code diags.hasErrors()}.
   */
  public static Table load(
      TableSchema schema, Path dataDir, LoadOptions options, Diagnostics diags) {
    Path path = resolve(schema, dataDir, diags);
    if (path == null) return null;
    byte[] bytes = read(schema, path, diags);
    if (bytes == null) return null;
    Problems problems = new Problems(schema.file(), diags);
    Table table = null;
    CharBuffer text = decode(bytes, problems);
    if (text != null) {
      LoadOptions opts = options == null ? new LoadOptions(null, null) : options;
      table = new RowLoader(schema, opts, problems).load(text.array(), text.position());
    }
    problems.finish();
    return table;
  }

  /**
   * The file inside dataDir, or null (reported) when the plan names a path outside it: a plan
   * is shared and run by others, so it must not be able to read arbitrary files on their disk.
   */
  private static Path resolve(TableSchema schema, Path dataDir, Diagnostics diags) {
    Location at = planLocation(schema);
    String file = schema.file();
    Path relative;
    try {
      relative = Path.of(file);
    } catch (InvalidPathException e) {
      diags.error(Code.E0408, at, "input path `" + file + "` is not a valid file name",
          "write the path relative to the data folder, e.g. deals.csv");
      return null;
    }
    if (relative.isAbsolute() || file.startsWith("/") || file.startsWith("\\")) {
      diags.error(Code.E0408, at, "input path `" + file + "` is absolute; data files must be "
          + "inside the data folder", "write the path relative to the data folder, e.g. deals.csv");
      return null;
    }
    Path root = dataDir.toAbsolutePath().normalize();
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      diags.error(Code.E0408, at, "input path `" + file + "` leads outside the data folder "
          + root, "move the file into the data folder and name it relative to it");
      return null;
    }
    return path;
  }

  private static byte[] read(TableSchema schema, Path path, Diagnostics diags) {
    Location at = planLocation(schema);
    String file = schema.file();
    if (!Files.exists(path)) {
      diags.error(Code.E0501, at, "cannot find data file " + file + " (looked for " + path + ")",
          "check the file name in the plan and the data folder given to the run");
      return null;
    }
    if (Files.isDirectory(path)) {
      diags.error(Code.E0501, at, "data file " + file + " is a folder (" + path + ")");
      return null;
    }
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        diags.error(Code.E0501, at, "data file " + file + " is too large (" + size
            + " bytes); the limit is " + MAX_BYTES + " bytes", "split the file by period");
        return null;
      }
      return Files.readAllBytes(path);
    } catch (IOException | SecurityException e) {
      diags.error(Code.E0501, at, "cannot read data file " + file + " (" + path + "): "
          + e.getMessage());
      return null;
    }
  }

  /**
   * Decodes strictly: a latin-1 export read leniently would turn `Müller` into mojibake that then
   * fails to match, far from the cause. Returns null (reported) when the bytes are not UTF-8.
   */
  private static CharBuffer decode(byte[] bytes, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more chars than bytes; the margin only spares a reader the proof.
    CharBuffer out = CharBuffer.allocate(bytes.length + 4);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (result.isError()) {
      reportBadBytes(bytes, in.position(), problems);
      return null;
    }
    return out;
  }

  private static void reportBadBytes(byte[] bytes, int offset, Problems problems) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    if (line == 1 && hasBom(bytes)) lineStart = 3;
    int lineEnd = offset;
    while (lineEnd < bytes.length && bytes[lineEnd] != '\n') lineEnd++;
    if (lineEnd > lineStart && bytes[lineEnd - 1] == '\r') lineEnd--;
    // Lenient decoding only to show the line, with the bad bytes as replacement characters.
    String lineText = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
    String file = problems.file();
    problems.report(Code.E0510, new DataLocation(file, line, column, null, lineText),
        file + " is not UTF-8: unexpected byte 0x" + String.format("%02X", bytes[offset] & 0xff)
            + " on line " + line,
        "save the file as UTF-8 (in Excel: Save As > CSV UTF-8)");
  }

  static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static Location planLocation(TableSchema schema) {
    return schema.span() != null ? schema.span() : DataLocation.ofFile(schema.file());
  }
}
