package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import compass.check.CheckedPlan;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's built-in plan parses and checks cleanly: a plan with an error would stop the
 * checker early and leave most of its code cold, so the warm-up would do only part of its job.
 */
class WarmUpTest {
  @Test
  void theBuiltInPlanChecksWithoutAnyDiagnostic() {
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = WarmUp.load(diags);
    assertNotNull(plan);
    assertEquals(List.<Diagnostic>of(), diags.all());
    assertEquals("Warm-up", plan.name());
  }

  @Test
  void theWarmUpRunsOnADaemonThreadAndEnds() throws InterruptedException {
    WarmUp.inBackground();
    Thread warmUp = null;
    for (Thread t : Thread.getAllStackTraces().keySet())
      if (t.getName().equals("compass-warm-up")) warmUp = t;
    if (warmUp != null) { // it may already have finished
      assertEquals(true, warmUp.isDaemon());
      warmUp.join(60_000);
      assertEquals(false, warmUp.isAlive());
    }
  }
}
