package compass.cli;

import static compass.cli.CompassProcess.ROOT;
import static compass.cli.CompassProcess.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code compass serve} end to end: the real launcher, its refusals and a served summary. */
class ServeIT {
  static final String PLAN = "stdlib-plans/plans/ae-quota/ae-quota.comp";

  @Test
  void noTokenOffLoopbackIsRefused() throws Exception {
    Outcome o = run("serve", PLAN, "--bind", "0.0.0.0", "--no-token", "--port", "0");
    assertEquals(2, o.exit(), o.err());
    assertTrue(
        o.err().startsWith("error[E0766]: --no-token is refused with --bind 0.0.0.0"), o.err());
    assertEquals("", o.out());
  }

  @Test
  void aBindThatIsNoAddressIsRefused() throws Exception {
    Outcome o = run("serve", PLAN, "--bind", "intranet.example.com", "--port", "0");
    assertEquals(2, o.exit(), o.err());
    assertTrue(
        o.err().startsWith("error[E0767]: --bind intranet.example.com is not an IP address"),
        o.err());
  }

  @Test
  void servesThePrintedUrlWithItsToken() throws Exception {
    Process p =
        new ProcessBuilder(ROOT.resolve("compass").toString(), "serve", PLAN, "--port", "0")
            .directory(ROOT.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher m =
          Pattern.compile(
                  "compass serve: open (http://127\\.0\\.0\\.1:\\d+/)\\?token=([A-Za-z0-9_-]{43})")
              .matcher(String.valueOf(first));
      assertTrue(m.matches(), first);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> refused =
          http.send(
              HttpRequest.newBuilder(URI.create(m.group(1) + "api/summary")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(401, refused.statusCode());
      HttpResponse<String> summary =
          http.send(
              HttpRequest.newBuilder(URI.create(m.group(1) + "api/summary"))
                  .header("Authorization", "Bearer " + m.group(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, summary.statusCode());
      // ae-quota's expected statement: ann 41,800.00 + bob 18,050.00 + cai 46,850.02
      assertTrue(summary.body().contains("\"total\" : \"106700.02\""), summary.body());
    } finally {
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
