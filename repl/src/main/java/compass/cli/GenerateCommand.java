package compass.cli;

import compass.cli.generate.CrmExportGenerator;
import compass.cli.generate.DataGenerator;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compass generate}: writes synthetic people, deals, splits, quotas and FX rates into a
 * folder (with activity and reference tables when asked, or CRM-export-shaped data), as CSV files
 * or one workbook, the same for the same seed on every machine.
 */
@Command(
    name = "generate",
    description =
        "Write synthetic comp data (people, deals, splits, quotas, fx; activities, reference"
            + " tables, or a CRM export) into a folder, as CSV files or one workbook.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "2:errors on the command line, or the files could not be written",
      "4:out of memory: the input is too large for the memory given (COMPASS_JAVA_OPTS=-Xmx4g)",
      "70:internal error (please report it)"
    })
final class GenerateCommand implements Callable<Integer> {
  static final String STANDARD = "standard";
  static final String CRM_EXPORT = "crm-export";
  static final String CSV = "csv";
  static final String XLSX = "xlsx";

  /** The workbook's name when --out is a folder. */
  static final String WORKBOOK = "data.xlsx";

  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Option(
      names = "--people",
      paramLabel = "N",
      description =
          "How many people (a tenth of them managers, the rest AEs); with --shape crm-export,"
              + " how many sales agents (default 35).")
  private Integer people;

  @Option(
      names = "--deals",
      paramLabel = "M",
      description = "How many deals (with --shape crm-export, opportunities: default 8800).")
  private Integer deals;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "The seed: the same seed gives the same files (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description =
          "The folder to write into (created if missing; files there are replaced); with"
              + " --format xlsx, a folder or the workbook's file name ending in .xlsx.")
  private Path out;

  @Option(
      names = "--activities",
      description =
          "Add SDRs and marketers to the people, a sourced_by column to the deals, and"
              + " meetings.csv, leads.csv and trainings.csv.")
  private boolean activities;

  @Option(
      names = "--sdrs",
      paramLabel = "K",
      description = "With --activities: how many of the people are SDRs (default: 4%%).")
  private Integer sdrs;

  @Option(
      names = "--reference",
      description =
          "Add products.csv, accounts.csv, certifications.csv and rate_card.csv, for lookups.")
  private boolean reference;

  @Option(
      names = "--shape",
      paramLabel = "SHAPE",
      defaultValue = STANDARD,
      description =
          "standard (default), or crm-export: files laid out like the public CRM Sales"
              + " Opportunities export (sales_pipeline, sales_teams, products, accounts).")
  private String shape;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = CSV,
      description = "csv (default): a file per table; xlsx: one workbook, a sheet per table.")
  private String format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Diagnostic refused = refusal();
    if (refused != null) {
      err.print(DiagnosticRenderer.renderAll(List.of(refused)) + "1 error(s)\n");
      err.flush();
      return Main.USAGE;
    }
    boolean crm = shape.equals(CRM_EXPORT);
    if (!crm && (people == null || deals == null)) {
      return usage(
          err, "Missing required option: '" + (people == null ? "--people=N" : "--deals=M") + "'");
    }
    int maxPeople = crm ? CrmExportGenerator.MAX_AGENTS : DataGenerator.MAX_PEOPLE;
    int n = people != null ? people : CrmExportGenerator.DEFAULT_AGENTS;
    int m = deals != null ? deals : CrmExportGenerator.DEFAULT_OPPORTUNITIES;
    if (n < 1 || n > maxPeople) {
      return usage(err, "--people must be between 1 and " + maxPeople + ", but was " + n);
    }
    if (m < 0 || m > DataGenerator.MAX_DEALS) {
      return usage(
          err, "--deals must be between 0 and " + DataGenerator.MAX_DEALS + ", but was " + m);
    }
    Diagnostic tooBig = sizeRefusal(crm, n, m);
    if (tooBig != null) {
      err.print(DiagnosticRenderer.renderAll(List.of(tooBig)) + "1 error(s)\n");
      err.flush();
      return Main.USAGE;
    }
    boolean xlsx = format.equals(XLSX);
    Path workbook = xlsx ? workbookFile() : null;
    Path folder = xlsx ? workbook.toAbsolutePath().getParent() : out;
    if (!xlsx && Files.exists(out) && !Files.isDirectory(out)) {
      return fail(err, "cannot write to " + out + ": it is a file, not a folder");
    }
    if (xlsx && Files.isDirectory(workbook)) {
      return fail(err, "cannot write to " + workbook + ": it is a folder, not a file");
    }
    String summary;
    try {
      Files.createDirectories(folder);
      if (crm) {
        CrmExportGenerator g = new CrmExportGenerator(n, m, seed);
        summary = crmSummary(xlsx ? g.generateWorkbook(workbook) : g.generate(out));
      } else {
        DataGenerator g = new DataGenerator(n, m, seed, extras());
        summary = summary(xlsx ? g.generateWorkbook(workbook) : g.generate(out));
      }
    } catch (IOException e) {
      String where =
          e instanceof FileSystemException fs && fs.getFile() != null
              ? fs.getFile()
              : (xlsx ? workbook : out).toString();
      return fail(err, "cannot write " + where + ": " + AtomicFile.reason(e));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(summary + " to " + (xlsx ? workbook : out) + "\n");
    stdout.flush();
    return 0;
  }

  private DataGenerator.Extras extras() {
    return new DataGenerator.Extras(activities, reference, sdrs == null ? 0 : sdrs);
  }

  /** An unknown shape or format, or flags that do not go together; null when none. */
  private Diagnostic refusal() {
    if (!shape.equals(STANDARD) && !shape.equals(CRM_EXPORT)) {
      return Diagnostic.error(Code.E0741, null, "unknown shape `" + shape + "` for --shape")
          .withHint("the shapes are standard (the default) and crm-export");
    }
    if (!format.equals(CSV) && !format.equals(XLSX)) {
      return Diagnostic.error(Code.E0742, null, "unknown format `" + format + "` for --format")
          .withHint("the formats are csv (the default) and xlsx");
    }
    if (shape.equals(CRM_EXPORT) && (activities || reference)) {
      return Diagnostic.error(
              Code.E0744,
              null,
              "--shape crm-export cannot be combined with "
                  + (activities ? "--activities" : "--reference"))
          .withHint(
              "a CRM export has its own tables (sales_pipeline, sales_teams, products, accounts);"
                  + " drop --shape for the standard tables with activities or reference tables");
    }
    if (sdrs != null && !activities) {
      return Diagnostic.error(Code.E0744, null, "--sdrs is only meaningful with --activities")
          .withHint("add --activities, which makes some of the people SDRs");
    }
    if (format.equals(CSV) && out.getFileName() != null && out.toString().endsWith(".xlsx")) {
      return Diagnostic.error(
              Code.E0744, null, "--out " + out + " names a workbook, but the format is csv")
          .withHint("add --format xlsx to write one workbook, or name a folder for the CSV files");
    }
    return null;
  }

  /** Too few people for activities, or more rows than a sheet holds; null when neither. */
  private Diagnostic sizeRefusal(boolean crm, int n, int m) {
    if (!crm && activities && n < DataGenerator.MIN_PEOPLE_WITH_ACTIVITIES) {
      return Diagnostic.error(
              Code.E0745,
              null,
              "--activities needs at least "
                  + DataGenerator.MIN_PEOPLE_WITH_ACTIVITIES
                  + " people (a manager, an SDR, a marketer and an AE), but --people was "
                  + n)
          .withHint("pass --people " + DataGenerator.MIN_PEOPLE_WITH_ACTIVITIES + " or more");
    }
    if (!crm && activities && sdrs != null) {
      int others = DataGenerator.managersAndMarketers(n);
      if (sdrs < 1 || others + sdrs >= n) {
        return Diagnostic.error(
                Code.E0745,
                null,
                "--sdrs "
                    + sdrs
                    + " does not fit "
                    + n
                    + " people: "
                    + others
                    + " are managers and marketers, and at least one must be an AE")
            .withHint(
                "pass --sdrs between 1 and " + Math.max(1, n - others - 1) + ", or more --people");
      }
    }
    if (!format.equals(XLSX)) return null;
    DataGenerator.Largest largest =
        crm
            ? new DataGenerator.Largest("sales_pipeline", m)
            : new DataGenerator(n, m, seed, extras()).largestTable();
    if (largest.rows() <= DataGenerator.MAX_SHEET_ROWS) return null;
    return Diagnostic.error(
            Code.E0743,
            null,
            "the sheet "
                + largest.table()
                + " would have "
                + largest.rows()
                + " rows, more than the "
                + DataGenerator.MAX_SHEET_ROWS
                + " data rows an Excel sheet holds")
        .withHint("generate fewer deals, or write CSV files (--format csv)");
  }

  /** The workbook: --out itself when it ends in .xlsx and is not a folder, else data.xlsx in it. */
  private Path workbookFile() {
    if (out.toString().endsWith(".xlsx") && !Files.isDirectory(out)) return out;
    return out.resolve(WORKBOOK);
  }

  private static String summary(DataGenerator.Counts c) {
    StringBuilder s = new StringBuilder();
    s.append("wrote ")
        .append(c.people())
        .append(" people (")
        .append(c.managers())
        .append(" managers");
    if (c.activities() != null) {
      s.append(", ").append(c.activities().sdrs()).append(" SDRs, ");
      s.append(c.activities().marketers()).append(" marketers");
    }
    s.append("), ")
        .append(c.deals())
        .append(" deals (")
        .append(c.cancelled())
        .append(" cancelled), ");
    s.append(c.splits()).append(" splits, ").append(c.quotas()).append(" quotas, ");
    s.append(c.fxRates()).append(" fx rates");
    if (c.activities() != null) {
      s.append(", ").append(c.activities().meetings()).append(" meetings (");
      s.append(c.activities().held()).append(" held), ").append(c.activities().leads());
      s.append(" leads, ").append(c.activities().trainings()).append(" trainings");
    }
    if (c.reference() != null) {
      s.append(", ").append(c.reference().products()).append(" products, ");
      s.append(c.reference().accounts()).append(" accounts, ");
      s.append(c.reference().certifications()).append(" certifications, ");
      s.append(c.reference().rates()).append(" rates");
    }
    return s.toString();
  }

  private static String crmSummary(CrmExportGenerator.Counts c) {
    return "wrote "
        + c.opportunities()
        + " opportunities ("
        + c.won()
        + " won, "
        + c.lost()
        + " lost, "
        + c.open()
        + " open) of "
        + c.agents()
        + " sales agents and "
        + c.managers()
        + " managers, 7 products, "
        + c.accounts()
        + " accounts";
  }

  private int usage(PrintWriter err, String message) {
    err.print(message + "\n");
    spec.commandLine().usage(err);
    err.flush();
    return Main.USAGE;
  }

  private static int fail(PrintWriter err, String message) {
    err.print("error: " + message + "\n");
    err.flush();
    return Main.USAGE;
  }
}
