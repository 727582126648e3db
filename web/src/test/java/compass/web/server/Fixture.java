package compass.web.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stdlib's multi-role plan (a manager, mo, and his reports) copied to a folder of its own, with
 * one more rep whose id is {@code <script>alert(1)</script>}, served on a free loopback port.
 */
final class Fixture implements AutoCloseable {
  static final String EVIL = "<script>alert(1)</script>";
  static final Path EXAMPLE = Path.of("..", "stdlib-plans", "plans", "multi-role");

  final Path folder;
  final Path plan;
  final Path share;
  final Dashboard dashboard;
  final String base;
  final String token;
  final HttpClient http = HttpClient.newHttpClient();

  Fixture(Path temp, boolean withShare) throws Exception {
    folder = temp.resolve("plan");
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      for (Path f : files.toList())
        if (f.getFileName().toString().matches("multi-role\\.comp|people\\.csv|deals\\.csv"))
          Files.copy(f, folder.resolve(f.getFileName()));
    }
    Files.writeString(
        folder.resolve("people.csv"), EVIL + ",ae,mo,30000\n", StandardOpenOption.APPEND);
    plan = folder.resolve("multi-role.comp");
    share = withShare ? temp.resolve("links") : null;
    dashboard = Dashboard.start(new Dashboard.Options(plan, folder, null, 0, false, share));
    String url = dashboard.analystUrl();
    base = url.substring(0, url.indexOf("/?token="));
    token = url.substring(url.indexOf("token=") + "token=".length());
  }

  /** The shared links written: who (and kind) -> URL, from links.csv. */
  Map<String, String> links() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(share.resolve("links.csv"));
    for (String line : lines.subList(1, lines.size())) {
      int url = line.lastIndexOf(",http");
      String[] head = splitHead(line.substring(0, url));
      out.put(head[1] + " " + head[0], line.substring(url + 1));
    }
    return out;
  }

  /** who,kind,participants (who may be quoted). */
  private static String[] splitHead(String s) {
    int last = s.lastIndexOf(','), kind = s.lastIndexOf(',', last - 1);
    String who = s.substring(0, kind);
    if (who.startsWith("\"")) who = who.substring(1, who.length() - 1).replace("\"\"", "\"");
    return new String[] {who, s.substring(kind + 1, last)};
  }

  HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (bearer != null) b.header("Authorization", "Bearer " + bearer);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> getWithCookie(String path, String cookie) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String bearer, String form, String origin)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (bearer != null) b.header("Authorization", "Bearer " + bearer);
    if (origin != null) b.header("Origin", origin);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The plan-year total a run pays on the data as it is and with {@code row} added to deals.csv (a
   * copy under {@code temp}): what a what-if adding that deal must answer, computed apart.
   */
  java.math.BigDecimal[] totalsWithDeal(Path temp, String row) throws IOException {
    Path copy = temp.resolve("copy");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.toList()) Files.copy(p, copy.resolve(p.getFileName()));
    }
    Files.writeString(copy.resolve("deals.csv"), row + "\n", StandardOpenOption.APPEND);
    compass.api.RunResult before =
        compass.api.Compass.run(new compass.api.RunRequest(plan, folder, null, false));
    compass.api.RunResult after =
        compass.api.Compass.run(
            new compass.api.RunRequest(copy.resolve(plan.getFileName()), copy, null, false));
    if (!before.ok() || !after.ok())
      throw new IllegalStateException(before.diagnostics() + " " + after.diagnostics());
    return new java.math.BigDecimal[] {total(before), total(after)};
  }

  static java.math.BigDecimal total(compass.api.RunResult r) {
    java.math.BigDecimal s = java.math.BigDecimal.ZERO;
    for (compass.result.StatementRow row : r.rows()) s = s.add(row.payout());
    return s;
  }

  /** The token of a shared link's URL. */
  static String tokenOf(String url) {
    return url.substring(url.indexOf("token=") + "token=".length());
  }

  @Override
  public void close() {
    dashboard.close();
  }
}
