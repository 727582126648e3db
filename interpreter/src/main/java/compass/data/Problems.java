package compass.data;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one data file (or of one chunk of it), keeping at most {@link #LIMIT} of
 * them: a file with a systematic mistake (every date in the wrong format) would otherwise bury the
 * reader in identical errors. Nothing reaches the diagnostics before {@link #finish}, so a file
 * found not to be UTF-8 halfway through reports only that.
 *
 * <p>Each problem carries a key that orders it in the file (row, then field), so the problems of
 * chunks parsed in parallel and of the duplicate-id check are merged back into file order.
 */
final class Problems {
  static final int LIMIT = 20;

  /**
   * One kept problem and its place in the file; record is the line where the problem's row starts
   * and recordText that row as written (0 and null for a problem not about one row).
   */
  record Entry(
      long key,
      Code code,
      DataLocation at,
      String message,
      String hint,
      long record,
      String recordText) {}

  private final String file;
  private final int limit;
  private final List<Entry> kept = new ArrayList<>();
  private int suppressed;
  private long key = -1;
  private long record;
  private String recordText;

  Problems(String file) {
    this(file, false);
  }

  /** keepGoing: every problem is kept (each bad row becomes a reject), not only the first LIMIT. */
  Problems(String file, boolean keepGoing) {
    this.file = file;
    this.limit = keepGoing ? Integer.MAX_VALUE : LIMIT;
  }

  String file() {
    return file;
  }

  /** True once the limit is reached; callers may then skip building the message. */
  boolean full() {
    return kept.size() >= limit;
  }

  /** Counts a problem that is not worth describing because the limit is reached. */
  void skip() {
    suppressed++;
  }

  /** Sets the place in the file of the problems reported next. */
  void at(long place) {
    key = place;
    record = 0;
    recordText = null;
  }

  /** Sets the row (its first line and its text) of the problems reported next; after at(). */
  void row(long line, String text) {
    record = line;
    recordText = text;
  }

  void report(Code code, DataLocation at, String message, String hint) {
    if (full()) {
      suppressed++;
      return;
    }
    kept.add(new Entry(key, code, at, message, hint, record, recordText));
  }

  /**
   * Takes out the problems that condemn only their own row (--keep-going skips those rows); what
   * stays (a missing column, an empty file, a quote that swallows the rest of the file) still stops
   * the run.
   */
  List<Entry> takeRowProblems() {
    List<Entry> rows = new ArrayList<>();
    kept.removeIf(
        e -> {
          boolean row = e.record() > 0 && e.code() != Code.E0511;
          if (row) rows.add(e);
          return row;
        });
    return rows;
  }

  /** Any problems at all, reported or not: the table is then incomplete. */
  boolean any() {
    return !kept.isEmpty() || suppressed > 0;
  }

  /** Takes the problems of a and b (each in key order), merged in key order. */
  void merge(Problems a, Problems b) {
    int i = 0;
    int j = 0;
    while (i < a.kept.size() || j < b.kept.size()) {
      boolean fromA =
          j == b.kept.size() || (i < a.kept.size() && a.kept.get(i).key() <= b.kept.get(j).key());
      Entry e = fromA ? a.kept.get(i++) : b.kept.get(j++);
      if (full()) suppressed++;
      else kept.add(e);
    }
    // A source's skipped problems all come after its LIMIT kept ones, so after these.
    suppressed += a.suppressed + b.suppressed;
  }

  /** Forgets everything collected: a later, overriding problem replaces them all. */
  void clear() {
    kept.clear();
    suppressed = 0;
  }

  /** Emits the kept problems and the summary of what was left out; call once, at the end. */
  void finish(Diagnostics diags) {
    for (Entry e : kept) {
      if (e.hint() == null) diags.error(e.code(), e.at(), e.message());
      else diags.error(e.code(), e.at(), e.message(), e.hint());
    }
    if (suppressed == 0) return;
    String noun = suppressed == 1 ? " more problem in " : " more problems in ";
    diags.error(
        Code.E0516,
        DataLocation.ofFile(file),
        "... and " + suppressed + noun + file,
        "fix the problems above first; they often have one cause");
  }
}
