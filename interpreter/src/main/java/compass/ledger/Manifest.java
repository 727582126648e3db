package compass.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a closed period was computed from, as a small text file ({@code manifest.txt}) with one
 * {@code key: value} a line in a fixed order, so that git shows a change as a one-line diff. The
 * last line, {@code checksum}, is the SHA-256 of every line before it: since those lines hold the
 * SHA-256 of each other file of the folder, a hand edit to any file of the folder is detected.
 *
 * @param period the pay period's label, e.g. 2027-Q1
 * @param payDate the date the period is paid (ISO, e.g. 2027-03-31)
 * @param closedOn the date the period was closed (ISO)
 * @param compassVersion the Compass version that computed the figures
 * @param planHash SHA-256 over the plan file and every file it imports or extends
 * @param gitCommit the commit of the plan's clean git tree, or null when not known
 * @param planFiles each plan file (relative to the plan's folder) and its SHA-256, in reading order
 * @param dataFiles each data file (relative to the data folder) and its SHA-256
 * @param files each other file of the folder and its SHA-256
 */
public record Manifest(
    String period,
    String payDate,
    String closedOn,
    String compassVersion,
    String planHash,
    String gitCommit,
    Map<String, String> planFiles,
    Map<String, String> dataFiles,
    Map<String, String> files) {

  public static final String FILE = "manifest.txt";
  private static final String HEADER =
      "# Compass ledger: what was paid for one period. Do not edit: `compass verify` checks it.";

  public Manifest {
    planFiles = new LinkedHashMap<>(planFiles);
    dataFiles = new LinkedHashMap<>(dataFiles);
    files = new LinkedHashMap<>(files);
  }

  /** The plan hash: the SHA-256 of one line per plan file, its hash and its name, in order. */
  public static String planHash(Map<String, String> planFiles) {
    StringBuilder all = new StringBuilder();
    planFiles.forEach((name, hash) -> all.append(hash).append("  ").append(name).append('\n'));
    return Sha256.of(all.toString());
  }

  /** The manifest's text, ending with its checksum line. */
  public String write() {
    String body = body();
    return body + "checksum: " + Sha256.of(body) + "\n";
  }

  private String body() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    out.append("period: ").append(period).append('\n');
    out.append("pay_date: ").append(payDate).append('\n');
    out.append("closed_on: ").append(closedOn).append('\n');
    out.append("compass_version: ").append(compassVersion).append('\n');
    out.append("plan_hash: ").append(planHash).append('\n');
    out.append("git_commit: ").append(gitCommit == null ? "none" : gitCommit).append('\n');
    planFiles.forEach((name, hash) -> entry(out, "plan_file", hash, name));
    dataFiles.forEach((name, hash) -> entry(out, "data_file", hash, name));
    files.forEach((name, hash) -> entry(out, "file", hash, name));
    return out.toString();
  }

  private static void entry(StringBuilder out, String key, String hash, String name) {
    out.append(key).append(": ").append(hash).append("  ").append(name).append('\n');
  }

  /**
   * Reads a manifest back. Refuses one whose checksum line is missing or does not match its other
   * lines (edited by hand), or with a line it does not know.
   */
  public static Manifest parse(String text) throws LedgerException {
    int at = text.lastIndexOf("checksum: ");
    if (at < 0 || (at > 0 && text.charAt(at - 1) != '\n'))
      throw new LedgerException("has no checksum line");
    String body = text.substring(0, at);
    String recorded = text.substring(at + "checksum: ".length()).strip();
    if (!Sha256.of(body).equals(recorded))
      throw new LedgerException("was edited by hand: its checksum no longer matches its lines");
    Map<String, String> single = new LinkedHashMap<>();
    Map<String, String> planFiles = new LinkedHashMap<>();
    Map<String, String> dataFiles = new LinkedHashMap<>();
    Map<String, String> files = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>(List.of(body.split("\n")));
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) continue;
      int colon = line.indexOf(": ");
      if (colon < 0) throw new LedgerException("has a line it cannot read: " + line);
      String key = line.substring(0, colon);
      String value = line.substring(colon + 2);
      switch (key) {
        case "plan_file" -> hashed(value, planFiles);
        case "data_file" -> hashed(value, dataFiles);
        case "file" -> hashed(value, files);
        default -> single.put(key, value);
      }
    }
    for (String key :
        List.of("period", "pay_date", "closed_on", "compass_version", "plan_hash", "git_commit"))
      if (!single.containsKey(key)) throw new LedgerException("has no `" + key + "` line");
    String git = single.get("git_commit");
    return new Manifest(
        single.get("period"),
        single.get("pay_date"),
        single.get("closed_on"),
        single.get("compass_version"),
        single.get("plan_hash"),
        git.equals("none") ? null : git,
        planFiles,
        dataFiles,
        files);
  }

  private static void hashed(String value, Map<String, String> into) throws LedgerException {
    int gap = value.indexOf("  ");
    if (gap != 64) throw new LedgerException("has a file line it cannot read: " + value);
    into.put(value.substring(gap + 2), value.substring(0, gap));
  }
}
