package compass.web.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Who a request is, from the token it carries: the analyst (everything, what-ifs included), a
 * shared link (one participant's pages, or a manager's team's), or no one. Tokens are 32 random
 * bytes; each is compared with every known one in constant time, so how long a refusal takes says
 * nothing about how close a guess was.
 */
final class Access {
  /** What a token opens: everything, or only these participants' pages. */
  record Grant(String label, Set<String> participants, boolean analyst) {
    boolean sees(String participant) {
      return analyst || participants.contains(participant);
    }

    static final Grant ANALYST = new Grant("analyst", Set.of(), true);
  }

  /** A shared link's token and what it opens. */
  record Share(String token, Grant grant) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String analystToken; // null: --no-token, anyone who reaches the port is the analyst
  private final List<Share> shares;

  Access(String analystToken, List<Share> shares) {
    this.analystToken = analystToken;
    this.shares = List.copyOf(shares);
  }

  /** A new random token, URL-safe. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The analyst's token; null under --no-token. */
  String analystToken() {
    return analystToken;
  }

  boolean open() {
    return analystToken == null;
  }

  List<Share> shares() {
    return shares;
  }

  /** The grant of a token (null or empty: none given); null when it opens nothing. */
  Grant grantOf(String token) {
    if (analystToken == null) return Grant.ANALYST;
    if (token == null || token.isEmpty()) return null;
    Grant found = null;
    if (same(token, analystToken)) found = Grant.ANALYST;
    for (Share s : shares) if (same(token, s.token()) && found == null) found = s.grant();
    return found;
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  static List<Share> none() {
    return new ArrayList<>();
  }
}
