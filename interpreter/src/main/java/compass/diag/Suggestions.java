package compass.diag;

import java.util.Collection;

/** "Did you mean" for unknown names: the closest known name within a small edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /** The closest candidate, or null when none is close enough to be a likely typo. */
  public static String closest(String name, Iterable<String> candidates) {
    return closest(name, candidates, Math.max(1, Math.min(3, name.length() / 3)));
  }

  /** The closest candidate within {@code limit} edits, ignoring case, or null. */
  public static String closest(String name, Iterable<String> candidates, int limit) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d =
          distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= limit ? best : null;
  }

  /**
   * Up to {@code n} candidates nearest to {@code name} (fewest edits, ignoring case; ties in
   * alphabetical order), however far: what is there, for a value that matched nothing.
   */
  public static java.util.List<String> nearest(String name, Collection<String> candidates, int n) {
    String key = name.toLowerCase(java.util.Locale.ROOT);
    java.util.PriorityQueue<java.util.Map.Entry<String, Integer>> worstFirst =
        new java.util.PriorityQueue<>(
            java.util.Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())
                .reversed());
    for (String c : candidates) { // keeps the n best, so a column of a million values needs no sort
      worstFirst.add(java.util.Map.entry(c, distance(key, c.toLowerCase(java.util.Locale.ROOT))));
      if (worstFirst.size() > n) worstFirst.poll();
    }
    java.util.List<java.util.Map.Entry<String, Integer>> best =
        new java.util.ArrayList<>(worstFirst);
    best.sort(
        java.util.Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(java.util.Map.Entry.comparingByKey()));
    return best.stream().map(java.util.Map.Entry::getKey).toList();
  }

  /** A hint sentence, or null. */
  public static String hint(String name, Collection<String> candidates) {
    String c = closest(name, candidates);
    return c == null ? null : "did you mean `" + c + "`?";
  }

  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
