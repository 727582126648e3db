package compass.data;

import java.util.Locale;

/**
 * How much data this process has read so far, for the one message that cannot be worked out
 * afterwards: running out of memory, when the stack that knew it is gone. Updated once per file and
 * once per chunk of rows (not per row), so it costs nothing measurable.
 */
public final class LoadProgress {
  private static volatile String file;
  private static volatile long fileBytes;
  private static volatile long fileRows;
  private static volatile boolean reading;
  private static volatile long totalRows;
  private static volatile long totalBytes;
  private static volatile int files;

  private LoadProgress() {}

  /** A new set of data files starts being read. */
  public static void reset() {
    reading = false;
    files = 0;
    totalRows = 0;
    totalBytes = 0;
  }

  /** A data file starts being read. */
  static void start(String name, long bytes) {
    file = name;
    fileBytes = bytes;
    fileRows = 0;
    reading = true;
  }

  /** Bytes [0, offset) of the current file are read (once per block). */
  static void read(long offset) {
    compass.result.Progress.reading(file, offset, fileBytes);
  }

  /** Rows of the current file read so far. */
  static void rows(long rows) {
    fileRows = rows;
  }

  /** The current file is read whole. */
  static void finish() {
    if (!reading) return;
    reading = false;
    files++;
    totalRows += fileRows;
    totalBytes += fileBytes;
  }

  /**
   * What was read, for a message: "while reading deals.csv (96 MB, 1,200,000 rows read so far)"
   * while a file is being read, "after reading 3 data files (4,000,000 rows, 412 MB)" once they all
   * are, or "before reading any data".
   */
  public static String describe() {
    if (reading) {
      return String.format(
          Locale.ROOT,
          "while reading %s (%s%s)",
          file,
          megabytes(fileBytes),
          fileRows == 0 ? "" : String.format(Locale.ROOT, ", %,d rows read so far", fileRows));
    }
    if (files == 0) return "before reading any data";
    return String.format(
        Locale.ROOT,
        "after reading %d data file%s (%,d rows, %s)",
        files,
        files == 1 ? "" : "s",
        totalRows,
        megabytes(totalBytes));
  }

  static String megabytes(long bytes) {
    return bytes < 1 << 20
        ? String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024)
        : String.format(Locale.ROOT, "%,d MB", (bytes + (1 << 19)) >> 20);
  }
}
