package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.cli.CompassProcess.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./compass generate} with each new flag: the files it announces are there, and a
 * machine in another time zone and language writes the same bytes (the workbook included).
 */
final class GenerateIT {
  /** A far time zone and a language whose case rules and digits differ from English. */
  private static final Map<String, String> ELSEWHERE =
      Map.of(
          "COMPASS_JAVA_OPTS",
          "-Duser.timezone=Pacific/Kiritimati -Duser.language=tr -Duser.country=TR",
          "TZ",
          "Pacific/Kiritimati",
          "LANG",
          "tr_TR.UTF-8");

  @TempDir Path tmp;

  private Outcome generate(Map<String, String> env, Path out, String... flags) throws Exception {
    List<String> args = new ArrayList<>(List.of("generate"));
    args.addAll(List.of(flags));
    args.addAll(List.of("--out", out.toString()));
    Outcome o = CompassProcess.run(CompassProcess.ROOT, env, args.toArray(String[]::new));
    assertEquals(0, o.exit(), o.err());
    assertEquals("", o.err());
    return o;
  }

  private void sameEverywhere(List<String> files, String... flags) throws Exception {
    Path here = tmp.resolve("here");
    Path there = tmp.resolve("there");
    Outcome o = generate(Map.of(), here, flags);
    assertTrue(o.out().startsWith("wrote "), o.out());
    generate(ELSEWHERE, there, flags);
    for (String f : files) {
      assertTrue(Files.size(here.resolve(f)) > 0, f);
      assertArrayEquals(
          Files.readAllBytes(here.resolve(f)), Files.readAllBytes(there.resolve(f)), f);
    }
  }

  @Test
  void activities() throws Exception {
    sameEverywhere(
        List.of("people.csv", "deals.csv", "meetings.csv", "leads.csv", "trainings.csv"),
        "--people",
        "50",
        "--deals",
        "500",
        "--activities");
  }

  @Test
  void reference() throws Exception {
    sameEverywhere(
        List.of("products.csv", "accounts.csv", "certifications.csv", "rate_card.csv"),
        "--people",
        "50",
        "--deals",
        "500",
        "--reference");
  }

  @Test
  void crmExport() throws Exception {
    sameEverywhere(
        List.of("sales_pipeline.csv", "sales_teams.csv", "products.csv", "accounts.csv"),
        "--shape",
        "crm-export");
  }

  @Test
  void workbook() throws Exception {
    sameEverywhere(
        List.of("data.xlsx"),
        "--people",
        "50",
        "--deals",
        "500",
        "--activities",
        "--reference",
        "--format",
        "xlsx");
  }

  @Test
  void flagMistakeExitsTwo() throws Exception {
    Outcome o =
        CompassProcess.run(
            "generate", "--shape", "crm-export", "--activities", "--out", tmp.toString());
    assertEquals(2, o.exit());
    assertTrue(o.err().startsWith("error[E0744]: "), o.err());
  }
}
