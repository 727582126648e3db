package compass.data;

import java.util.Locale;

/** The formats an input can be read from, chosen by the file's extension. */
enum InputFormat {
  CSV(".csv"),
  XLSX(".xlsx"),
  XLS(".xls"),
  JSONL(".jsonl");

  /** For messages: the extensions, in the order above. */
  static final String NAMES = ".csv, .xlsx (Excel), .xls (Excel 97-2003) or .jsonl (JSON Lines)";

  final String extension;

  InputFormat(String extension) {
    this.extension = extension;
  }

  /** The format of a file by its extension (any case), or null when it is none of them. */
  static InputFormat of(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) if (lower.endsWith(f.extension)) return f;
    return null;
  }

  /** Reads a workbook or JSON Lines file's rows into sink (CSV is read by {@link ChunkedLoad}). */
  void read(java.nio.file.Path path, String file, String sheet, RowSink sink)
      throws Unreadable, java.io.IOException {
    switch (this) {
      case XLSX -> XlsxRows.read(path, file, sheet, sink);
      case XLS -> XlsRows.read(path, file, sheet, sink);
      case JSONL -> JsonLinesRows.read(path, file, sink);
      case CSV -> throw new IllegalStateException("CSV is read in blocks, not rows");
    }
  }

  boolean isWorkbook() {
    return this == XLSX || this == XLS;
  }
}
