package compass.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.api.StatementCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
  @TempDir Path tmp;

  @Test
  void b1() throws Exception {
    Path dir = LocalSpark.root().resolve("stdlib-plans/plans/b1");
    Path plan = dir.resolve("b1.comp");
    Path out = tmp.resolve("out.csv");
    LocalSpark.Job job =
        LocalSpark.run(plan.toString(), "--data", dir.toString(), "--out", out.toString());
    System.err.println(job.err());
    assertEquals(0, job.exit());
    String local =
        StatementCsv.write(
            Compass.run(new RunRequest(plan, dir, null, false, false, null, true)), false);
    assertEquals(local, Files.readString(out));
  }
}
