package compass.cli;

import compass.api.RunResult;

/**
 * Writes the statement of a successful run in one format: one row per participant and period, or
 * one row per line item. Independent of picocli, so tests can feed it hand-made results.
 */
final class StatementWriter {
  private StatementWriter() {}

  static String write(RunResult result, Format format, boolean lines) {
    // a switch expression over the enum: the compiler checks that every format is handled. CSV
    // has a writer of its own, shared with Spark, and needs no sheet (issue 20: making one took
    // about a tenth of a second's run on a million deals, for nothing)
    return switch (format) {
      case CSV -> compass.api.StatementCsv.write(result, lines);
      case JSON -> JsonFormat.write(result, Sheet.of(result, lines, false));
      // the table is for reading: it leaves out the ledger columns when they say nothing new
      case TABLE -> TableFormat.write(Sheet.of(result, lines, true)) + TeamSheet.table(result);
    };
  }
}
