package compass.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.RunResult;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan history page and its API: two git revisions of the plan on today's data. */
class PlanHistoryTest {
  @Test
  void theChangeBetweenTwoRevisionsIsWhatTwoRunsGive(@TempDir Path temp) throws Exception {
    try (Fixture f = new Fixture(temp, false)) {
      git(f.folder, "init", "-q");
      git(f.folder, "add", ".");
      git(f.folder, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "v1");
      Path v1 = temp.resolve("v1.comp");
      Files.copy(f.plan, v1);
      String text = Files.readString(f.plan);
      assertTrue(text.contains("quota = 150_000 per quarter"), "the example's quota");
      Files.writeString(
          f.plan, text.replace("quota = 150_000 per quarter", "quota = 120_000 per quarter"));

      HttpResponse<String> r = f.get("/api/history?a=HEAD", f.token);
      assertEquals(200, r.statusCode(), r.body());
      Map<String, List<String>> json = DashboardHttpTest.fields(r.body());
      // computed apart: the committed plan (copied aside, same data) and the plan on disk
      RunResult a = Compass.run(new RunRequest(v1, f.folder, null, false));
      RunResult b = Compass.run(new RunRequest(f.plan, f.folder, null, false));
      BigDecimal ta = Fixture.total(a), tb = Fixture.total(b);
      assertTrue(tb.compareTo(ta) > 0, "a lower quota pays more: " + ta + " " + tb);
      assertEquals(ta.toPlainString(), json.get("total_a").get(0));
      assertEquals(tb.toPlainString(), json.get("total_b").get(0));
      assertEquals(tb.subtract(ta).toPlainString(), json.get("delta").get(0)); // then the rows

      String page = f.get("/history?a=HEAD&b=", f.token).body();
      assertTrue(page.contains("id=\"history\""), page);
      assertTrue(page.contains(Money.signed(tb.subtract(ta), "USD")), page);
      assertTrue(page.contains("data-chart="), "the chart of each participant's change");

      HttpResponse<String> bad = f.get("/api/history?a=no-such-rev", f.token);
      assertEquals(422, bad.statusCode());
      assertTrue(bad.body().contains("E0722"), bad.body());
    }
  }

  private static void git(Path folder, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }
}
