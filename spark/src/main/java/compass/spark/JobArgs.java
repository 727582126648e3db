package compass.spark;

import java.util.List;

/**
 * The command line of {@link CompassJob}: {@code PLAN --data URI --out URI [--period P] [--lines]
 * [--keep-going] [--format csv|parquet] [--overwrite] [--partitions N]}.
 */
record JobArgs(
    String plan,
    String data,
    String out,
    String period,
    boolean lines,
    boolean keepGoing,
    String format,
    boolean overwrite,
    int partitions) {

  static final String USAGE =
      "usage: spark-submit --class compass.spark.CompassJob compass-spark.jar PLAN --data URI"
          + " --out URI [--period P] [--lines] [--keep-going] [--format csv|parquet] [--overwrite]"
          + " [--partitions N]";

  /** A command line that cannot be run: the message says why. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  static JobArgs parse(List<String> args) throws Invalid {
    String plan = null, data = null, out = null, period = null, format = null;
    boolean lines = false, keepGoing = false, overwrite = false;
    int partitions = 0;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--data" -> data = value(args, ++i, a);
        case "--out" -> out = value(args, ++i, a);
        case "--period" -> period = value(args, ++i, a);
        case "--format" -> format = value(args, ++i, a);
        case "--partitions" -> partitions = count(value(args, ++i, a));
        case "--lines" -> lines = true;
        case "--keep-going" -> keepGoing = true;
        case "--overwrite" -> overwrite = true;
        default -> {
          if (a.startsWith("-")) throw new Invalid("unknown option " + a);
          if (plan != null) throw new Invalid("one plan only, got " + plan + " and " + a);
          plan = a;
        }
      }
    }
    if (plan == null) throw new Invalid("the plan file is missing");
    if (data == null) throw new Invalid("--data URI is missing: the folder of the plan's data");
    if (out == null) throw new Invalid("--out URI is missing: where the statement goes");
    if (format == null) format = out.endsWith(".parquet") ? "parquet" : "csv";
    if (!format.equals("csv") && !format.equals("parquet"))
      throw new Invalid("--format is csv or parquet, not " + format);
    return new JobArgs(plan, data, out, period, lines, keepGoing, format, overwrite, partitions);
  }

  private static String value(List<String> args, int i, String option) throws Invalid {
    if (i >= args.size()) throw new Invalid(option + " needs a value");
    return args.get(i);
  }

  private static int count(String text) throws Invalid {
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) return n;
    } catch (NumberFormatException e) {
      // below
    }
    throw new Invalid("--partitions is a whole number from 1, not " + text);
  }
}
