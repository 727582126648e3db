package compass.data;

import compass.data.BlockReader.BadBytes;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.source.DataLocation;
import compass.source.Location;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
  // The largest .xls read: POI's HSSF parses the whole workbook in memory, and a Java array cannot
  // be larger. CSV (4 MB blocks), JSON Lines (line by line) and .xlsx (a stream of XML events)
  // have no such limit: their memory holds the rows kept, never the file (issue 20: 7 GB of deals).
  static final long MAX_XLS_BYTES = Integer.MAX_VALUE - 8;

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
    InputFormat format = format(schema, diags);
    if (format == null) return null;
    Long size = check(schema, path, format, diags);
    if (size == null) return null;
    LoadOptions opts = options == null ? new LoadOptions(null, null) : options;
    if (format != InputFormat.CSV) return loadRows(format, schema, path, size, opts, diags);
    // --keep-going keeps every row's problem (each rejects its row): it never stops after a
    // fixed number of them, which only shortens the listing of a run that stops (E0516)
    Problems problems = new Problems(schema.file(), opts.keepGoing());
    Table table;
    LoadProgress.start(schema.file(), size);
    try (InputStream in = Files.newInputStream(path)) {
      TableHeader header = new TableHeader(schema, opts);
      table = new ChunkedLoad(header, problems, size).run(new BlockReader(in, size));
      LoadProgress.finish();
    } catch (BadBytes bad) {
      // Only this is reported, as when the whole file was decoded before reading any row.
      problems.clear();
      table = null;
      if (!reportBadBytes(path, bad.offset, problems, diags)) return null;
    } catch (IOException | SecurityException e) {
      diags.error(
          Code.E0501,
          planLocation(schema),
          "cannot read data file " + schema.file() + " (" + path + "): " + e.getMessage());
      return null;
    }
    if (!opts.keepGoing()) {
      problems.finish(diags);
      return withOrigin(table, new Table.Origin(path, null, opts));
    }
    var rowProblems = problems.takeRowProblems();
    problems.finish(diags);
    Table kept =
        table == null || rowProblems.isEmpty() ? table : RowRejects.apply(table, rowProblems);
    return withOrigin(kept, new Table.Origin(path, null, opts));
  }

  /**
   * The file's format by its extension, or null (reported) when it has none Compass reads, or when
   * the plan names a sheet of a file that has no sheets.
   */
  private static InputFormat format(TableSchema schema, Diagnostics diags) {
    InputFormat format = InputFormat.of(schema.file());
    if (format == null) {
      diags.error(
          Code.E0530,
          planLocation(schema),
          "cannot tell the format of "
              + schema.file()
              + ": inputs are read from "
              + InputFormat.NAMES,
          "export the data in one of these formats, or name the file with its extension");
      return null;
    }
    if (schema.sheet() != null && !format.isWorkbook()) {
      diags.error(
          Code.E0532,
          planLocation(schema),
          "`sheet \""
              + schema.sheet()
              + "\"` names a sheet of a workbook, but "
              + schema.file()
              + " is a "
              + (format == InputFormat.CSV ? "CSV" : "JSON Lines")
              + " file, which has none",
          "remove `sheet`, or name the .xlsx or .xls workbook the data is in");
      return null;
    }
    return format;
  }

  /**
   * Loads a workbook or JSON Lines file: its reader hands rows of text cells to {@link RowLoad},
   * which reads them with the CSV path's {@link RowLoader}, so every check and guarantee is shared.
   */
  private static Table loadRows(
      InputFormat format,
      TableSchema schema,
      Path path,
      long size,
      LoadOptions opts,
      Diagnostics diags) {
    Problems problems = new Problems(schema.file(), opts.keepGoing());
    TableHeader header = new TableHeader(schema, opts);
    RowLoad load = new RowLoad(header, problems);
    Table table;
    LoadProgress.start(schema.file(), size);
    try {
      format.read(path, schema.file(), schema.sheet(), load);
      table = load.finish();
      LoadProgress.finish();
    } catch (Unreadable u) {
      LoadProgress.finish();
      if (u.hint == null) diags.error(u.code, planLocation(schema), u.getMessage());
      else diags.error(u.code, planLocation(schema), u.getMessage(), u.hint);
      return null;
    } catch (IOException | SecurityException e) {
      LoadProgress.finish();
      diags.error(
          Code.E0501,
          planLocation(schema),
          "cannot read data file " + schema.file() + " (" + path + "): " + e.getMessage());
      return null;
    }
    // a workbook's sheet and the columns of the fields: where a later check's row is (RowPlace)
    Table.Origin origin =
        new Table.Origin(
            path, null, opts, header.sheet, header.sheet == null ? null : header.cellOf.clone());
    if (!opts.keepGoing()) {
      problems.finish(diags);
      return withOrigin(table, origin);
    }
    var rowProblems = problems.takeRowProblems();
    problems.finish(diags);
    Table kept =
        table == null || rowProblems.isEmpty() ? table : RowRejects.apply(table, rowProblems);
    return withOrigin(kept, origin);
  }

  private static Table withOrigin(Table table, Table.Origin origin) {
    if (table != null) table.setOrigin(origin);
    return table;
  }

  /**
   * Loads a table from CSV text held in memory (the rows a test writes in the plan), with the same
   * parsing and checks as a file; problems name {@code schema.file()} and the line in the text.
   */
  public static Table loadText(
      TableSchema schema, String csv, LoadOptions options, Diagnostics diags) {
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    LoadOptions opts = options == null ? new LoadOptions(null, null) : options;
    Problems problems = new Problems(schema.file());
    Table table;
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      table =
          new ChunkedLoad(new TableHeader(schema, opts), problems, bytes.length)
              .run(new BlockReader(in, bytes.length));
    } catch (BadBytes | IOException e) {
      throw new IllegalStateException("text from a Java string is UTF-8 and in memory", e);
    }
    problems.finish(diags);
    return withOrigin(table, new Table.Origin(null, csv, opts));
  }

  /**
   * The file inside dataDir, or null (reported) when the plan names a path outside it: a plan is
   * shared and run by others, so it must not be able to read arbitrary files on their disk.
   */
  /**
   * Issue 20: the CSV file the schema reads in the data folder, when it is one that exists; null
   * otherwise (then {@link #load} reads it and reports what is wrong).
   */
  public static Path csvFile(TableSchema schema, Path dataDir) {
    if (schema.sheet() != null || InputFormat.of(schema.file()) != InputFormat.CSV) return null;
    Path path = resolve(schema, dataDir, new Diagnostics());
    return path != null && java.nio.file.Files.isRegularFile(path) ? path : null;
  }

  private static Path resolve(TableSchema schema, Path dataDir, Diagnostics diags) {
    Location at = planLocation(schema);
    String file = schema.file();
    Path relative;
    try {
      relative = Path.of(file);
    } catch (InvalidPathException e) {
      diags.error(
          Code.E0408,
          at,
          "input path `" + file + "` is not a valid file name",
          "write the path relative to the data folder, e.g. deals.csv");
      return null;
    }
    if (relative.isAbsolute() || file.startsWith("/") || file.startsWith("\\")) {
      diags.error(
          Code.E0408,
          at,
          "input path `" + file + "` is absolute; data files must be " + "inside the data folder",
          "write the path relative to the data folder, e.g. deals.csv");
      return null;
    }
    Path root = dataDir.toAbsolutePath().normalize();
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      diags.error(
          Code.E0408,
          at,
          "input path `" + file + "` leads outside the data folder " + root,
          "move the file into the data folder and name it relative to it");
      return null;
    }
    return path;
  }

  /** The size of the file, or null (reported) when it is missing, a folder or too large. */
  private static Long check(TableSchema schema, Path path, InputFormat format, Diagnostics diags) {
    Location at = planLocation(schema);
    String file = schema.file();
    if (!Files.exists(path)) {
      diags.error(
          Code.E0501,
          at,
          "cannot find data file " + file + " (looked for " + path + ")",
          "check the file name in the plan and the data folder given to the run");
      return null;
    }
    if (Files.isDirectory(path)) {
      diags.error(Code.E0501, at, "data file " + file + " is a folder (" + path + ")");
      return null;
    }
    try {
      long size = Files.size(path);
      String tooLarge = tooLarge(format, size);
      if (tooLarge != null) {
        diags.error(
            Code.E0501,
            at,
            "data file " + file + " " + tooLarge,
            "save it as .xlsx, or export the sheet as CSV: both are read without a size limit");
        return null;
      }
      return size;
    } catch (IOException | SecurityException e) {
      diags.error(
          Code.E0501, at, "cannot read data file " + file + " (" + path + "): " + e.getMessage());
      return null;
    }
  }

  /**
   * Why a file of this size cannot be read in this format, or null when it can: only an .xls
   * workbook, which is read whole into memory, has a limit.
   */
  static String tooLarge(InputFormat format, long size) {
    if (format != InputFormat.XLS || size <= MAX_XLS_BYTES) return null;
    return "is too large ("
        + size
        + " bytes): an .xls workbook is read whole into memory, up to "
        + MAX_XLS_BYTES
        + " bytes";
  }

  /**
   * Reports the first byte that is not UTF-8 with its line, read again from the file (a rare path,
   * so the loader need not keep lines it has parsed); false when reading failed.
   */
  private static boolean reportBadBytes(
      Path path, long offset, Problems problems, Diagnostics diags) {
    int line = 1;
    long lineStart = 0;
    byte[] head = new byte[3];
    int headLength = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      byte[] buf = new byte[1 << 16];
      long at = 0;
      boolean afterCr = false;
      while (at < offset) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, offset - at));
        if (n < 0) break;
        for (int i = 0; i < n; i++) {
          if (at + i < 3) head[headLength++] = buf[i];
          // LF, CRLF and a lone CR each end a line, as BlockReader reads them
          if (buf[i] == '\r' || buf[i] == '\n') {
            if (buf[i] == '\r' || !afterCr) line++;
            lineStart = at + i + 1;
          }
          afterCr = buf[i] == '\r';
        }
        at += n;
      }
      if (line == 1 && hasBom(head)) lineStart = 3;
    } catch (IOException e) {
      diags.error(
          Code.E0501,
          DataLocation.ofFile(problems.file()),
          "cannot read data file " + problems.file() + " (" + path + "): " + e.getMessage());
      return false;
    }
    ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      in.skipNBytes(lineStart);
      for (int b = in.read(); b >= 0 && b != '\n' && b != '\r'; b = in.read()) lineBytes.write(b);
    } catch (IOException e) {
      diags.error(
          Code.E0501,
          DataLocation.ofFile(problems.file()),
          "cannot read data file " + problems.file() + " (" + path + "): " + e.getMessage());
      return false;
    }
    byte[] bytes = lineBytes.toByteArray();
    int lineEnd = bytes.length;
    int bad = (int) (offset - lineStart);
    if (lineEnd > bad && bytes[lineEnd - 1] == '\r') lineEnd--;
    // Lenient decoding only to show the line, with the bad bytes as replacement characters.
    String lineText = new String(bytes, 0, lineEnd, StandardCharsets.UTF_8);
    int column = new String(bytes, 0, bad, StandardCharsets.UTF_8).length() + 1;
    String file = problems.file();
    problems.report(
        Code.E0510,
        new DataLocation(file, line, column, null, lineText),
        file
            + " is not UTF-8: unexpected byte 0x"
            + String.format(java.util.Locale.ROOT, "%02X", bytes[bad] & 0xff)
            + " on line "
            + line,
        "save the file as UTF-8 (in Excel: Save As > CSV UTF-8)");
    return true;
  }

  static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static Location planLocation(TableSchema schema) {
    return schema.span() != null ? schema.span() : DataLocation.ofFile(schema.file());
  }
}
