package compass.data;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.source.DataLocation;

/**
 * Reports the problems of one data file, at most {@link #LIMIT} of them: a file with a systematic
 * mistake (every date in the wrong format) would otherwise bury the reader in identical errors.
 */
final class Problems {
  static final int LIMIT = 20;

  private final String file;
  private final Diagnostics diags;
  private int reported;
  private int suppressed;

  Problems(String file, Diagnostics diags) {
    this.file = file;
    this.diags = diags;
  }

  String file() { return file; }

  /** True once the limit is reached; callers may then skip building the message. */
  boolean full() { return reported >= LIMIT; }

  /** Counts a problem that is not worth describing because the limit is reached. */
  void skip() { suppressed++; }

  void report(Code code, DataLocation at, String message, String hint) {
    if (full()) {
      suppressed++;
      return;
    }
    reported++;
    if (hint == null) diags.error(code, at, message);
    else diags.error(code, at, message, hint);
  }

  /** Any problems at all, reported or not: the table is then incomplete. */
  boolean any() { return reported + suppressed > 0; }

  /** Adds the summary of what was left out; call once, after the whole file. */
  void finish() {
    if (suppressed == 0) return;
    String noun = suppressed == 1 ? " more problem in " : " more problems in ";
    diags.error(Code.E0516, DataLocation.ofFile(file), "... and " + suppressed + noun + file,
        "fix the problems above first; they often have one cause");
  }
}
