package compass.web.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code --share FOLDER}: one secret link per participant (their own pages) and per manager (their
 * team's: everyone who reports to them, directly or not), listed in {@code FOLDER/links.csv}. Each
 * link's token is derived from a random key kept in {@code FOLDER/share.key} (written once,
 * readable by its owner only), so the same folder gives the same links after a restart; deleting
 * the key withdraws every link.
 */
final class ShareLinks {
  static final String KEY_FILE = "share.key";
  static final String LINKS_FILE = "links.csv";

  private ShareLinks() {}

  /** A link: who it is for, whether a rep's or a manager's, its token and the ids it opens. */
  record Link(String who, String kind, String token, Set<String> participants) {}

  /** The links for these participants and their managers (participant -> manager). */
  static List<Link> links(
      byte[] key, Collection<String> participants, Map<String, String> managers) {
    List<Link> out = new ArrayList<>();
    for (String id : participants)
      out.add(new Link(id, "rep", token(key, "rep:" + id), Set.of(id)));
    Map<String, Set<String>> teams = new TreeMap<>();
    for (String id : participants) {
      Set<String> seen = new LinkedHashSet<>();
      String boss = managers.get(id);
      while (boss != null && seen.add(boss)) { // a cycle in the data ends here, not in a loop
        teams.computeIfAbsent(boss, k -> new TreeSet<>(Set.of(k))).add(id);
        boss = managers.get(boss);
      }
    }
    teams.forEach(
        (boss, team) ->
            out.add(new Link(boss, "manager", token(key, "manager:" + boss), Set.copyOf(team))));
    return out;
  }

  /** The folder's key: read, or made and written (only its owner may read it) when new. */
  static byte[] key(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(KEY_FILE);
    if (Files.exists(file)) {
      byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
      if (key.length < 32) throw new IOException(file + " is not a key written by compass serve");
      return key;
    }
    byte[] key = Base64.getUrlDecoder().decode(Access.newToken());
    Path temp = Files.createTempFile(folder, ".share", ".tmp");
    try {
      restrict(temp);
      Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n");
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE); // never over a key written meanwhile
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(temp);
      return key(folder);
    } finally {
      Files.deleteIfExists(temp);
    }
    return key;
  }

  /** Writes links.csv whole (a temporary file renamed over it): who, kind, team, url. */
  static void write(Path folder, List<Link> links, String baseUrl) throws IOException {
    StringBuilder csv = new StringBuilder("who,kind,participants,url\n");
    for (Link l : links) {
      csv.append(cell(l.who()))
          .append(',')
          .append(l.kind())
          .append(',')
          .append(l.participants().size())
          .append(',')
          .append(url(baseUrl, l.token()))
          .append('\n');
    }
    Path temp = Files.createTempFile(folder, ".links", ".tmp");
    try {
      restrict(temp);
      Files.writeString(temp, csv);
      Files.move(
          temp,
          folder.resolve(LINKS_FILE),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static String url(String baseUrl, String token) {
    return baseUrl + "/?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private static String token(byte[] key, String what) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] out = mac.doFinal(what.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** A CSV cell, quoted when it must be; a leading = + - @ cannot start a spreadsheet formula. */
  private static String cell(String s) {
    String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return v.matches(".*[,\"\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private static void restrict(Path file) {
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions protect it
    }
  }
}
