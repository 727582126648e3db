package compass.cli;

import compass.api.RunResult;

/**
 * Writes the statement of a successful run in one format: one row per participant and period, or
 * one row per line item. Independent of picocli, so tests can feed it hand-made results.
 */
final class StatementWriter {
  private StatementWriter() {}

  static String write(RunResult result, Format format, boolean lines) {
    // the table is for reading: it leaves out the ledger columns when they say nothing new
    Sheet sheet = Sheet.of(result, lines, format == Format.TABLE);
    // a switch expression over the enum: the compiler checks that every format is handled
    return switch (format) {
      case CSV -> compass.api.StatementCsv.write(result, lines); // one writer, shared with Spark
      case JSON -> JsonFormat.write(result, sheet);
      case TABLE -> TableFormat.write(sheet) + TeamSheet.table(result); // issue 15: teams
    };
  }
}
