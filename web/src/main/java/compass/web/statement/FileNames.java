package compass.web.statement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The file name of a participant's statement: the id itself plus {@code .html} when it is a safe
 * file name everywhere ({@code ann.html}), else the id percent-encoded, reversibly: every byte of
 * its UTF-8 other than the letters A-Z and a-z, the digits, {@code -}, {@code _} and {@code .}
 * becomes {@code %XX} (upper-case hex), so {@code a/b} is {@code a%2Fb.html} and {@code 100%} is
 * {@code 100%25.html}. The first character is encoded too when the name would otherwise start with
 * a dot (a hidden file), be {@code index} (the index page) or a name Windows reserves ({@code con},
 * {@code nul}, {@code com1} ...), and a last dot is encoded (Windows drops it).
 */
public final class FileNames {
  private FileNames() {}

  private static final Set<String> RESERVED =
      Set.of(
          "index", "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6",
          "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
          "lpt9");

  /** The file name of the statement of participant {@code id}. */
  public static String of(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    String stem = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
    boolean encodeFirst = id.startsWith(".") || RESERVED.contains(stem.toLowerCase(Locale.ROOT));
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean last = i == bytes.length - 1;
      if (safe(b) && !(i == 0 && encodeFirst) && !(last && b == '.')) out.append((char) b);
      else out.append('%').append(String.format(Locale.ROOT, "%02X", b));
    }
    return out + ".html";
  }

  /** The participant id a statement file name stands for; null when it is not such a name. */
  public static String id(String fileName) {
    if (!fileName.endsWith(".html")) return null;
    String name = fileName.substring(0, fileName.length() - ".html".length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '%') {
        if (i + 2 >= name.length()) return null;
        int hi = Character.digit(name.charAt(i + 1), 16);
        int lo = Character.digit(name.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return null;
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 128 && safe(c)) {
        bytes.write(c);
      } else {
        return null;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The link to a statement file from the index beside it: a {@code %} is {@code %25} in a URL. */
  public static String href(String id) {
    return of(id).replace("%", "%25");
  }

  private static boolean safe(int b) {
    return b >= 'a' && b <= 'z'
        || b >= 'A' && b <= 'Z'
        || b >= '0' && b <= '9'
        || b == '-'
        || b == '_'
        || b == '.';
  }
}
