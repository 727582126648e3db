package compass.eval;

import compass.data.Table;
import compass.result.Reconciliation;

/**
 * Issue 20: a deals file read as a stream and already credited, each row of {@code deals} standing
 * for the {@code weights[i]} credited deals of one participant and pay period that the plan cannot
 * tell apart (the same values of every field it reads, other than those it only adds up). A field
 * in {@code totals} holds the sum over those deals (what {@code sum of F} reads); every other field
 * holds their common value. Rows are in order of participant ({@code person}: a row of the people
 * table), then pay period ({@code period}: an index into the plan's periods). The reconciliation
 * counts the deals of the file, as crediting them one by one would.
 */
public record MergedDeals(
    Table deals,
    int[] person,
    int[] period,
    long[] weights,
    boolean[] totals,
    Reconciliation reconciliation) {

  /** Each participant's credits: the merged rows in the order above, with period offsets. */
  Credits[] credits(int people, int periods) {
    Credits[] out = new Credits[people];
    int row = 0;
    int rows = person.length;
    for (int p = 0; p < people; p++) {
      int first = row;
      while (row < rows && person[row] == p) row++;
      int[] mine = new int[row - first];
      for (int i = 0; i < mine.length; i++) mine[i] = first + i;
      int[] start = new int[periods + 1];
      int k = first;
      for (int q = 0; q < periods; q++) {
        start[q] = k - first;
        while (k < row && period[k] <= q) k++;
      }
      start[periods] = row - first;
      out[p] = new Credits(mine, null, null, null, null, start);
    }
    if (row != rows) throw new IllegalStateException("merged rows are not in participant order");
    return out;
  }
}
