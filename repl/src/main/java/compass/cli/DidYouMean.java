package compass.cli;

import java.util.Locale;

/**
 * The likely intended word for a mistyped command or flag: the closest candidate by edits (a
 * swapped pair of letters counts as one edit: {@code rnu} is {@code run}), or the one candidate the
 * word begins (an abbreviation: {@code --keep} is {@code --keep-going}); null when nothing is
 * close.
 */
final class DidYouMean {
  private DidYouMean() {}

  static String closest(String typed, Iterable<String> candidates) {
    String word = bare(typed);
    if (word.isEmpty()) return null;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String prefixed = null;
    int prefixes = 0;
    for (String c : candidates) {
      String bare = bare(c);
      int d = distance(word, bare);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
      if (word.length() >= 3 && bare.startsWith(word)) {
        prefixed = c;
        prefixes++;
      }
    }
    if (best != null && bestDistance <= limit(word)) return best;
    return prefixes == 1 ? prefixed : null;
  }

  /** How many edits still count as a typo: one for a short word, up to three for a long one. */
  private static int limit(String word) {
    return word.length() <= 4 ? 1 : word.length() <= 8 ? 2 : 3;
  }

  /** Lower case, without the leading dashes and any {@code =value}. */
  private static String bare(String s) {
    String t = s.toLowerCase(Locale.ROOT);
    int eq = t.indexOf('=');
    if (eq > 0) t = t.substring(0, eq);
    int i = 0;
    while (i < t.length() && t.charAt(i) == '-') i++;
    return t.substring(i);
  }

  /** Edits between a and b: insertions, deletions, substitutions and swaps of adjacent letters. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length()][b.length()];
  }
}
