package compass.web.server;

import compass.diag.Code;
import compass.diag.Diagnostic;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code compass serve}: the web server. It reads the plan and data once, keeps the figures in
 * memory ({@link LiveData}), reads them again when a file changes ({@link FileWatch}) and tells the
 * open pages by server-sent events. Every request is checked by {@link Access} first; the pages are
 * in {@link Pages}, the JSON twins in {@link Api}.
 */
public final class Dashboard implements AutoCloseable {
  /** The cookie that keeps a token after the first visit (HttpOnly, SameSite=Strict). */
  static final String COOKIE = "compass_token";

  /** What to serve and how: {@code share} null: no shared links; {@code port} 0: any free one. */
  public record Options(
      Path plan, Path dataDir, String bind, int port, boolean noToken, Path share) {}

  /** A link written for --share: who, rep or manager, and its URL. */
  public record SharedLink(String who, String kind, String url) {}

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);
  private static final Map<String, String[]> ASSETS =
      Map.of(
          "uPlot.iife.min.js",
          new String[] {
            "META-INF/resources/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "text/javascript"
          },
          "uPlot.min.css",
          new String[] {"META-INF/resources/webjars/uplot/1.6.30/dist/uPlot.min.css", "text/css"},
          "dashboard.js",
          new String[] {"compass/web/server/dashboard.js", "text/javascript"},
          "dashboard.css",
          new String[] {"compass/web/server/dashboard.css", "text/css"});

  private final LiveData data;
  private final Access access;
  private final String url;
  private final List<SharedLink> shared;
  private final List<SseClient> listeners = new CopyOnWriteArrayList<>();
  private final Javalin app;
  private final FileWatch watch;
  private final ForecastView forecasts;

  private Dashboard(
      LiveData data, Access access, String host, int port, List<SharedLink> shared, Javalin app) {
    this.data = data;
    this.access = access;
    this.shared = shared;
    this.app = app;
    this.url = "http://" + host + ":" + app.port() + "/";
    this.forecasts = new ForecastView(data);
    Path planFolder = data.plan().toAbsolutePath().getParent();
    this.watch = new FileWatch(this::changed, planFolder, data.dataDir().toAbsolutePath()).start();
  }

  /**
   * Reads the plan and data and starts serving. The plan's errors do not stop it (the pages show
   * them); what does is E0765-E0769.
   */
  public static Dashboard start(Options o) throws ServeProblem {
    InetAddress address = address(o.bind());
    String host =
        address.getHostAddress().contains(":")
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    if (o.noToken() && !address.isLoopbackAddress()) {
      throw new ServeProblem(
          Diagnostic.error(
                  Code.E0766,
                  null,
                  "--no-token is refused with --bind "
                      + o.bind()
                      + ": every machine that reaches it would see every payout")
              .withHint(
                  "drop --no-token (the printed URL carries the token), or bind to 127.0.0.1"));
    }
    LiveData data = new LiveData(o.plan(), o.dataDir());
    LiveData.View view = data.reload();
    List<Access.Share> shares = new ArrayList<>();
    List<ShareLinks.Link> links = List.of();
    byte[] key = null;
    if (o.share() != null) {
      if (view.figures() == null || view.figures().people().isEmpty()) {
        throw new ServeProblem(
            Diagnostic.error(
                    Code.E0769,
                    null,
                    view.figures() == null
                        ? "no share links written: the plan did not load, so there are no participants yet"
                        : "no share links written: the plan has no participants")
                .withHint("fix the errors above and start compass serve again"));
      }
      try {
        key = ShareLinks.key(o.share());
      } catch (IOException | IllegalArgumentException e) {
        throw shareProblem(o.share(), e);
      }
      Map<String, String> managers = data.managers();
      links = ShareLinks.links(key, view.figures().people().keySet(), managers);
      for (ShareLinks.Link l : links)
        shares.add(
            new Access.Share(
                l.token(), new Access.Grant(l.kind() + " " + l.who(), l.participants(), false)));
    }
    Access access = new Access(o.noToken() ? null : Access.newToken(), shares);
    Holder holder = new Holder();
    Javalin app;
    try {
      app =
          Javalin.create(config -> holder.routes(config)).start(address.getHostAddress(), o.port());
    } catch (RuntimeException e) {
      throw new ServeProblem(
          Diagnostic.error(
                  Code.E0765,
                  null,
                  "cannot listen on " + host + ":" + o.port() + ": " + bindReason(e))
              .withHint(
                  "stop the program that uses it, or choose another port with --port (--port 0 picks a free one)"));
    }
    String base = "http://" + host + ":" + app.port();
    List<SharedLink> shared = new ArrayList<>();
    if (o.share() != null) {
      try {
        ShareLinks.write(o.share(), links, base);
      } catch (IOException e) {
        app.stop();
        throw shareProblem(o.share(), e);
      }
      for (ShareLinks.Link l : links)
        shared.add(new SharedLink(l.who(), l.kind(), ShareLinks.url(base, l.token())));
    }
    Dashboard d = new Dashboard(data, access, host, app.port(), List.copyOf(shared), app);
    holder.dashboard = d;
    return d;
  }

  /** Routes are declared before the server exists; they reach it through this. */
  private static final class Holder {
    volatile Dashboard dashboard;

    void routes(io.javalin.config.JavalinConfig config) {
      config.startup.showJavalinBanner = false;
      var r = config.routes;
      r.before(ctx -> dashboard.guard(ctx));
      r.get("/", ctx -> dashboard.pages().home(ctx));
      r.get("/participant", ctx -> dashboard.pages().participant(ctx));
      r.get("/history", ctx -> dashboard.pages().history(ctx));
      r.get("/forecast", ctx -> dashboard.pages().forecast(ctx));
      r.post("/whatif", ctx -> dashboard.pages().whatIf(ctx));
      r.get("/assets/{name}", ctx -> asset(ctx));
      r.get("/api/summary", ctx -> dashboard.api().summary(ctx));
      r.get("/api/participants", ctx -> dashboard.api().participants(ctx));
      r.get("/api/statements/{id}", ctx -> dashboard.api().statement(ctx, ctx.pathParam("id")));
      r.get("/api/statements", ctx -> dashboard.api().statement(ctx, ctx.queryParam("id")));
      r.get("/api/history", ctx -> dashboard.api().history(ctx));
      r.get("/api/forecast", ctx -> dashboard.api().forecast(ctx));
      r.post("/api/whatif", ctx -> dashboard.api().whatIf(ctx));
      r.sse(
          "/events",
          client -> {
            client.keepAlive();
            dashboard.listeners.add(client);
            client.onClose(() -> dashboard.listeners.remove(client));
            client.sendComment("connected");
          });
    }
  }

  private Pages pages() {
    return new Pages(this);
  }

  private Api api() {
    return new Api(this);
  }

  LiveData data() {
    return data;
  }

  ForecastView forecasts() {
    return forecasts;
  }

  static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, params, out);
    return out.toString();
  }

  /**
   * Every request: the token (from {@code ?token=}, then {@code Authorization: Bearer}, then the
   * cookie) must open something, else 401 and nothing else is read. A token in the URL is kept in
   * the cookie, so links inside the pages carry none.
   */
  private void guard(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
    ctx.header("X-Content-Type-Options", "nosniff");
    // a token in the address never leaves in a Referer to another site (a form keeps its Origin)
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
    String fromQuery = ctx.queryParam("token");
    String bearer = ctx.header("Authorization");
    String token =
        fromQuery != null
            ? fromQuery
            : bearer != null && bearer.startsWith("Bearer ")
                ? bearer.substring("Bearer ".length()).strip()
                : ctx.cookie(COOKIE);
    Access.Grant grant = access.grantOf(token);
    if (grant == null) {
      ctx.status(401).contentType("text/plain; charset=utf-8");
      ctx.result(
          "This page needs its link with the token (printed by compass serve, or shared with you).\n");
      ctx.skipRemainingHandlers();
      return;
    }
    if (fromQuery != null && !access.open()) {
      ctx.cookie(new Cookie(COOKIE, fromQuery, "/", -1, false, true, null, SameSite.STRICT));
    }
    boolean changesSomething =
        !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
    if (changesSomething && (!grant.analyst() || crossSite(ctx))) {
      ctx.status(403)
          .contentType("text/plain; charset=utf-8")
          .result("Only the analyst may do this.\n");
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute("grant", grant);
  }

  /**
   * A request sent by another site's page: what the browser says of it (Sec-Fetch-Site), else its
   * Origin when it gives one. Scripts (curl, no browser) send neither and pass with their token.
   */
  private static boolean crossSite(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) return !site.equals("same-origin") && !site.equals("none");
    String origin = ctx.header("Origin");
    return origin != null && !origin.equals("http://" + ctx.host());
  }

  static Access.Grant grant(Context ctx) {
    return ctx.attribute("grant");
  }

  private static void asset(Context ctx) throws IOException {
    String[] asset = ASSETS.get(ctx.pathParam("name"));
    if (asset == null) {
      ctx.status(404).result("no such file\n");
      return;
    }
    try (InputStream in = Dashboard.class.getClassLoader().getResourceAsStream(asset[0])) {
      if (in == null) {
        ctx.status(404).result("no such file\n");
        return;
      }
      ctx.contentType(asset[1] + "; charset=utf-8").result(in.readAllBytes());
    }
  }

  /** A file changed: read everything again and tell every open page. */
  private void changed() {
    LiveData.View view = data.reload();
    for (SseClient c : listeners) {
      if (c.terminated()) listeners.remove(c);
      else c.sendEvent("reload", Long.toString(view.version()));
    }
  }

  /** The analyst's URL: with its token, or without under --no-token. */
  public String analystUrl() {
    return access.open() ? url : url + "?token=" + access.analystToken();
  }

  public int port() {
    return app.port();
  }

  public List<SharedLink> sharedLinks() {
    return shared;
  }

  /** The plan's errors when it did not load (the pages show them), else empty. */
  public List<String> planErrors() {
    return data.view().errors();
  }

  @Override
  public void close() {
    watch.close();
    for (SseClient c : listeners) c.close();
    app.stop();
  }

  private static InetAddress address(String bind) throws ServeProblem {
    String b = bind == null ? "127.0.0.1" : bind.strip();
    try {
      if (b.equals("localhost")) return InetAddress.getByName("127.0.0.1");
      if (!b.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) throw new UnknownHostException(b);
      return InetAddress.getByName(b.replace("[", "").replace("]", "")); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw new ServeProblem(
          Diagnostic.error(Code.E0767, null, "--bind " + b + " is not an IP address")
              .withHint(
                  "give an address of this machine, e.g. --bind 127.0.0.1 or --bind 0.0.0.0"));
    }
  }

  private static String bindReason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException b) {
        String m = String.valueOf(b.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("in use")
            ? "the port is in use"
            : "this machine has no such address (" + b.getMessage() + ")";
      }
    }
    return String.valueOf(e.getMessage());
  }

  private static ServeProblem shareProblem(Path folder, Exception e) {
    String reason =
        e instanceof java.nio.file.AccessDeniedException
            ? "permission denied"
            : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                ? f.getReason()
                : String.valueOf(e.getMessage());
    return new ServeProblem(
        Diagnostic.error(
                Code.E0768, null, "cannot write the share links in " + folder + ": " + reason)
            .withHint("name a folder you can write, e.g. --share links"));
  }
}
