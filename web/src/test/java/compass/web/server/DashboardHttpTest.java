package compass.web.server;

import static compass.web.server.Fixture.EVIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import compass.result.StatementRow;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compass serve over HTTP, without a browser: tokens, cookies, shared links, escaping, events. */
class DashboardHttpTest {
  @TempDir static Path temp;

  /** The new deal's other fields: ann alone, no SDR. */
  static final String WITH =
      URLEncoder.encode("sdr = sid, owner_share = 100%, sdr_share = 0%", StandardCharsets.UTF_8);

  static Fixture f;

  /** Every page and API route, with what the analyst gets. */
  static final List<String> ROUTES =
      List.of(
          "/",
          "/participant?id=ann",
          "/history",
          "/forecast",
          "/api/summary",
          "/api/participants",
          "/api/statements/ann",
          "/api/statements?id=ann",
          "/assets/dashboard.js",
          "/assets/uPlot.iife.min.js");

  @BeforeAll
  static void start() throws Exception {
    f = new Fixture(temp, true);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void everyRouteNeedsTheToken() throws Exception {
    for (String route : ROUTES) {
      assertEquals(401, f.get(route, null).statusCode(), route + " without a token");
      assertEquals(401, f.get(route, "not-the-token").statusCode(), route + " with a wrong one");
      assertEquals(
          401, f.get(route, f.token.substring(1)).statusCode(), route + " with part of it");
      assertEquals(200, f.get(route, f.token).statusCode(), route + " with the token");
    }
    assertEquals(401, f.get("/events", null).statusCode());
    assertEquals(401, f.post("/whatif", null, "kind=add", null).statusCode());
    assertEquals(401, f.post("/api/whatif", "nope", "kind=add", null).statusCode());
  }

  @Test
  void theTokenInTheAddressIsKeptInAStrictHttpOnlyCookie() throws Exception {
    HttpResponse<String> first = f.get("/?token=" + f.token, null);
    assertEquals(200, first.statusCode());
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith(Dashboard.COOKIE + "=" + f.token + ";"), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertTrue(cookie.contains("Path=/"), cookie);
    // then the cookie alone opens every page, and the wrong cookie none
    for (String route : ROUTES) {
      assertEquals(200, f.getWithCookie(route, Dashboard.COOKIE + "=" + f.token).statusCode());
      assertEquals(401, f.getWithCookie(route, Dashboard.COOKIE + "=x").statusCode());
    }
    // the token never leaves in a Referer to another site, and pages are not cached
    assertEquals("same-origin", first.headers().firstValue("Referrer-Policy").orElseThrow());
    assertEquals("no-store", first.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void noTokenOnlyOnLoopback(@TempDir Path t) throws Exception {
    ServeProblem p =
        assertThrows(
            ServeProblem.class,
            () ->
                Dashboard.start(new Dashboard.Options(f.plan, f.folder, "0.0.0.0", 0, true, null)));
    assertEquals("E0766", p.diagnostic().code().id());
    ServeProblem name =
        assertThrows(
            ServeProblem.class,
            () ->
                Dashboard.start(
                    new Dashboard.Options(
                        f.plan, f.folder, "intranet.example.com", 0, true, null)));
    assertEquals("E0767", name.diagnostic().code().id());
    try (Dashboard open =
        Dashboard.start(new Dashboard.Options(f.plan, f.folder, "127.0.0.1", 0, true, null))) {
      assertFalse(open.analystUrl().contains("token"), open.analystUrl());
      HttpResponse<String> r =
          f.http.send(
              HttpRequest.newBuilder(URI.create(open.analystUrl() + "api/summary")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
    }
  }

  @Test
  void aPortInUseIsE0765() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      ServeProblem p =
          assertThrows(
              ServeProblem.class,
              () ->
                  Dashboard.start(
                      new Dashboard.Options(
                          f.plan, f.folder, "127.0.0.1", taken.getLocalPort(), false, null)));
      assertEquals("E0765", p.diagnostic().code().id());
      assertTrue(p.diagnostic().message().contains("in use"), p.diagnostic().message());
    }
  }

  @Test
  void aRepsLinkOpensTheirPagesOnly() throws Exception {
    Map<String, String> links = f.links();
    // one per participant (5) and one for the manager, mo
    assertEquals(6, links.size(), links.toString());
    String ann = Fixture.tokenOf(links.get("rep ann"));
    HttpResponse<String> home = f.get("/", ann);
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<h1 id=\"participant-name\">ann</h1>"), home.body());
    assertEquals(200, f.get("/participant?id=ann", ann).statusCode());
    assertEquals(200, f.get("/api/statements/ann", ann).statusCode());
    for (String other : List.of("bob", "mo", "sid", "nobody")) {
      assertEquals(404, f.get("/participant?id=" + other, ann).statusCode(), other);
      assertEquals(404, f.get("/api/statements/" + other, ann).statusCode(), other);
    }
    assertEquals(403, f.get("/history", ann).statusCode());
    assertEquals(403, f.get("/api/summary", ann).statusCode());
    assertEquals(403, f.get("/api/history?a=HEAD", ann).statusCode());
    assertEquals(403, f.post("/whatif", ann, "kind=add", null).statusCode());
    assertEquals(403, f.post("/api/whatif", ann, "kind=add", null).statusCode());
    String list = f.get("/api/participants", ann).body();
    assertTrue(list.contains("\"id\" : \"ann\""), list);
    assertFalse(list.contains("\"bob\""), list);
  }

  @Test
  void theSameShareFolderGivesTheSameLinksAfterARestart() throws Exception {
    Map<String, String> before = f.links();
    try (Dashboard again =
        Dashboard.start(new Dashboard.Options(f.plan, f.folder, null, 0, false, f.share))) {
      Map<String, String> after = f.links();
      assertEquals(before.keySet(), after.keySet());
      for (String who : before.keySet())
        assertEquals(Fixture.tokenOf(before.get(who)), Fixture.tokenOf(after.get(who)), who);
      assertTrue(again.sharedLinks().size() == before.size());
    }
  }

  @Test
  void aShareFolderThatCannotBeWrittenIsE0768(@TempDir Path t) throws Exception {
    Path file = Files.writeString(t.resolve("a-file"), "not a folder");
    ServeProblem p =
        assertThrows(
            ServeProblem.class,
            () ->
                Dashboard.start(
                    new Dashboard.Options(
                        f.plan, f.folder, null, 0, false, file.resolve("links"))));
    assertEquals("E0768", p.diagnostic().code().id());
  }

  @Test
  void sharingAPlanThatDoesNotLoadIsE0769(@TempDir Path t) throws Exception {
    Path plan = Files.writeString(t.resolve("broken.comp"), "this is not compass\n");
    ServeProblem p =
        assertThrows(
            ServeProblem.class,
            () ->
                Dashboard.start(
                    new Dashboard.Options(plan, t, null, 0, false, t.resolve("links"))));
    assertEquals("E0769", p.diagnostic().code().id());
    // without --share it starts, and its pages show the plan's errors
    try (Dashboard d = Dashboard.start(new Dashboard.Options(plan, t, null, 0, false, null))) {
      assertTrue(!d.planErrors().isEmpty());
      HttpResponse<String> page =
          f.http.send(
              HttpRequest.newBuilder(URI.create(d.analystUrl())).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("id=\"plan-errors\""), page.body());
      assertTrue(page.body().contains("The plan did not load"), page.body());
    }
  }

  @Test
  void aManagersLinkOpensTheTeam() throws Exception {
    String mo = Fixture.tokenOf(f.links().get("manager mo"));
    String home = f.get("/", mo).body();
    for (String id : List.of("ann", "bob", "sid", "mo"))
      assertTrue(home.contains("/participant?id=" + id + "\""), id + " in " + home);
    for (String id : List.of("ann", "bob", "sid", "mo"))
      assertEquals(200, f.get("/participant?id=" + id, mo).statusCode(), id);
    assertEquals(403, f.get("/api/summary", mo).statusCode());
  }

  @Test
  void whatIfNeedsTheAnalystAndNoOtherSite() throws Exception {
    String form = "kind=add&owner=ann&amount=50000&date=2027-03-20&with=" + WITH;
    assertEquals(403, f.post("/api/whatif", f.token, form, "http://evil.example").statusCode());
    HttpResponse<String> ok = f.post("/api/whatif", f.token, form, f.base);
    assertEquals(200, ok.statusCode(), ok.body());
  }

  @Test
  void statementsAreThoseOfCompassRun() throws Exception {
    RunResult run = Compass.run(new RunRequest(f.plan, f.folder, null, true));
    assertTrue(run.ok());
    for (String id : List.of("ann", "bob", "mo", "sid")) {
      List<String> expected = new ArrayList<>();
      for (StatementRow r : run.rows())
        if (r.participant().equals(id)) expected.add(r.period() + " " + r.payout().toPlainString());
      List<String> served = new ArrayList<>();
      Map<String, List<String>> fields = fields(f.get("/api/statements/" + id, f.token).body());
      for (int i = 0; i < fields.get("ytd").size(); i++) // the rows, before the lines
      served.add(fields.get("period").get(i) + " " + fields.get("payout").get(i + 1));
      assertEquals(expected, served, id);
    }
    // and the golden statement of the example, written by hand-checked runs: ann's year
    String ann = f.get("/api/statements/ann", f.token).body();
    for (String payout : List.of("\"14400.00\"", "\"3200.00\"", "\"12960.00\"", "\"3840.00\""))
      assertTrue(ann.contains("\"payout\" : " + payout), payout);
    assertTrue(ann.contains("\"payout\" : \"34400.00\""), "year: 14,400 + 3,200 + 12,960 + 3,840");
  }

  @Test
  void aWhatIfAnswersWhatARunOnChangedDataWouldPay(@TempDir Path t) throws Exception {
    HttpResponse<String> r =
        f.post(
            "/api/whatif",
            f.token,
            "kind=add&owner=ann&amount=50000&date=2027-03-20&with=" + WITH,
            null);
    assertEquals(200, r.statusCode(), r.body());
    // the same deal written into a copy of the data, run as compass run would
    Path copy = t.resolve("copy");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(f.folder)) {
      for (Path p : files.toList()) Files.copy(p, copy.resolve(p.getFileName()));
    }
    String header = Files.readAllLines(copy.resolve("deals.csv")).get(0);
    assertEquals("id,owner,sdr,amount,owner_share,sdr_share,stage,close_date", header);
    Files.writeString(
        copy.resolve("deals.csv"),
        "W1,ann,sid,50000,100%,0%,closed_won,2027-03-20\n",
        StandardOpenOption.APPEND);
    RunResult before = Compass.run(new RunRequest(f.plan, f.folder, null, false));
    RunResult after =
        Compass.run(new RunRequest(copy.resolve("multi-role.comp"), copy, null, false));
    assertTrue(after.ok(), after.diagnostics().toString());
    java.math.BigDecimal b = sum(before), a = sum(after);
    Map<String, List<String>> fields = fields(r.body());
    assertEquals(b.toPlainString(), fields.get("total_before").get(0));
    assertEquals(a.toPlainString(), fields.get("total_after").get(0));
    assertEquals(a.subtract(b).toPlainString(), fields.get("delta").get(0));
    // never stored: the summary is as before
    assertEquals(
        b.toPlainString(), fields(f.get("/api/summary", f.token).body()).get("total").get(0));
  }

  private static java.math.BigDecimal sum(RunResult r) {
    java.math.BigDecimal s = java.math.BigDecimal.ZERO;
    for (StatementRow row : r.rows()) s = s.add(row.payout());
    return s;
  }

  @Test
  void aHostileIdIsTextInHtmlAndJson() throws Exception {
    String page = f.get("/", f.token).body();
    assertFalse(page.contains(EVIL), "raw in the dashboard");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    String statement =
        f.get("/participant?id=" + URLEncoder.encode(EVIL, StandardCharsets.UTF_8), f.token).body();
    assertFalse(statement.contains(EVIL));
    assertTrue(statement.contains(">&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), statement);
    String json = f.get("/api/participants", f.token).body();
    assertFalse(json.contains("<"), json);
    assertTrue(json.contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"), json);
    assertTrue(fields(json).get("id").contains(EVIL), "a JSON reader gets the id back");
    HttpResponse<String> api =
        f.get("/api/statements?id=" + URLEncoder.encode(EVIL, StandardCharsets.UTF_8), f.token);
    assertEquals(200, api.statusCode());
    assertEquals(
        "application/json;charset=utf-8",
        api.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }

  @Test
  void aChangedDataFileIsPushedToOpenPages(@TempDir Path own) throws Exception {
    try (Fixture f = new Fixture(own, false)) {
      pushed(f);
    }
  }

  /** An open page is told when a data file changes, then when the plan gets an error. */
  private static void pushed(Fixture f) throws Exception {
    HttpRequest events =
        HttpRequest.newBuilder(URI.create(f.base + "/events"))
            .header("Accept", "text/event-stream") // as a browser's EventSource asks
            .header("Authorization", "Bearer " + f.token)
            .build();
    HttpResponse<Stream<String>> stream = f.http.send(events, HttpResponse.BodyHandlers.ofLines());
    assertEquals(200, stream.statusCode());
    Iterator<String> lines = stream.body().iterator();
    CompletableFuture<String> reload =
        CompletableFuture.supplyAsync(
            () -> {
              while (lines.hasNext()) {
                String line = lines.next();
                if (line.equals("event: reload")) return line;
              }
              return null;
            });
    Thread.sleep(500); // the watcher has seen the files as they are
    String before = fields(f.get("/api/summary", f.token).body()).get("total").get(0);
    Files.writeString(
        f.folder.resolve("deals.csv"),
        "E1,bob,sid,10000,100%,0%,closed_won,2027-05-02\n",
        StandardOpenOption.APPEND);
    try {
      assertEquals("event: reload", reload.get(20, TimeUnit.SECONDS));
      String after = fields(f.get("/api/summary", f.token).body()).get("total").get(0);
      assertFalse(before.equals(after), "the figures were read again: " + before);
      // a plan with an error: the page shows it above the last good figures, never blank
      Files.writeString(f.plan, "\nthis is not compass\n", StandardOpenOption.APPEND);
      String page = "";
      for (int i = 0; i < 100 && !page.contains("plan-errors"); i++) {
        Thread.sleep(100);
        page = f.get("/", f.token).body();
      }
      assertTrue(page.contains("id=\"plan-errors\""), page);
      assertTrue(page.contains("error["), page);
      assertTrue(page.contains("id=\"total\""), "the last good figures stay: " + page);
    } finally {
      stream.body().close();
    }
  }

  /** Every string (and number) value of a JSON document, by field name, in document order. */
  static Map<String, List<String>> fields(String json) throws IOException {
    Map<String, List<String>> out = new java.util.HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      String name = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) name = p.currentName();
        else if (t.isScalarValue() && name != null)
          out.computeIfAbsent(name, k -> new ArrayList<>()).add(p.getText());
      }
    }
    return out;
  }

  static {
    assertNotNull(Duration.ZERO);
  }
}
