package compass.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compass generate} with {@code --activities}, {@code --reference} and {@code --shape
 * crm-export}, in-process: the same seed gives the same bytes, and the invariants a plan relies on
 * hold, each computed here from the files alone. The workbook ({@code --format xlsx}) is in
 * GenerateWorkbookTest; the standard files' bytes are pinned below.
 */
final class GenerateExtrasTest {
  @TempDir Path tmp;

  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Outcome(code, out.toString(), err.toString());
  }

  private Path generate(String name, String... flags) {
    Path dir = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("generate"));
    args.addAll(List.of(flags));
    args.addAll(List.of("--out", dir.toString()));
    Outcome o = run(args.toArray(String[]::new));
    assertEquals(0, o.code(), o.err());
    assertEquals("", o.err());
    return dir;
  }

  /** The data rows of a CSV file, split into fields (no generated field holds a comma). */
  static List<String[]> rows(Path dir, String file) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.US_ASCII);
    List<String[]> rows = new ArrayList<>();
    int width = lines.get(0).split(",", -1).length;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      assertEquals(width, c.length, file + ": " + line);
      rows.add(c);
    }
    return rows;
  }

  static String header(Path dir, String file) throws IOException {
    return Files.readAllLines(dir.resolve(file), StandardCharsets.US_ASCII).get(0);
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    return HexFormat.of().formatHex(hash);
  }

  private static Set<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> all = Files.list(dir)) {
      Set<String> names = new HashSet<>();
      all.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    }
  }

  // --- the standard files stay exactly as they were -------------------------------------------

  /**
   * The hashes of the files written by the generator before activities, reference tables and
   * workbooks were added (100 people, 5,000 deals, seed 42): the benchmarks and golden runs depend
   * on these bytes, so without the new flags nothing may change.
   */
  @Test
  void standardFilesAreByteForByteThoseOfBefore() throws Exception {
    Path dir = generate("std", "--people", "100", "--deals", "5000", "--seed", "42");
    Map<String, String> before =
        Map.of(
            "people.csv", "dc01d10f8ec5286f9209d13e02c7d9648963d4ff88a84840bda81be552744eaa",
            "deals.csv", "9d7dbc1ae6d87bfac09fcd5305dff4d9c8145207431f0c42ac91a2971d49c0ee",
            "splits.csv", "80735e767ea1bf0e0b6dfc76f1764a6760f65dd4c120c9889a7a6b9de0d19815",
            "quotas.csv", "b55591295fb3675dc4fc40cfe5881b8d686fa39aacf3a735627d8fe61a51bb13",
            "fx.csv", "f2a0bccd95257857dd74c39e6bf89543ef4a6ddebca999309245a4a84e6c6cef");
    for (var e : before.entrySet()) assertEquals(e.getValue(), sha256(dir.resolve(e.getKey())));
    assertEquals(before.keySet(), fileNames(dir));
  }

  // --- determinism -------------------------------------------------------------------------------

  @Test
  void sameSeedGivesIdenticalFilesWithEveryFlag() throws IOException {
    String[][] runs = {
      {"--people", "80", "--deals", "1500", "--activities", "--reference", "--seed", "5"},
      {"--shape", "crm-export", "--people", "20", "--deals", "700", "--seed", "5"}
    };
    for (String[] flags : runs) {
      Path a = generate("a" + flags[0] + flags.length, flags);
      Path b = generate("b" + flags[0] + flags.length, flags);
      assertEquals(fileNames(a), fileNames(b));
      for (String f : fileNames(a)) {
        assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
      }
    }
    Path c = generate("c", "--people", "80", "--deals", "1500", "--activities", "--seed", "6");
    Path a = tmp.resolve("a--people8");
    assertTrue(Files.mismatch(a.resolve("meetings.csv"), c.resolve("meetings.csv")) >= 0);
  }

  // --- activities --------------------------------------------------------------------------------

  @Test
  void activitiesAddSdrsMarketersAndTheirTables() throws IOException {
    Path dir = generate("act", "--people", "200", "--deals", "4000", "--activities");
    assertEquals(
        Set.of(
            "people.csv",
            "deals.csv",
            "splits.csv",
            "quotas.csv",
            "fx.csv",
            "meetings.csv",
            "leads.csv",
            "trainings.csv"),
        fileNames(dir));
    Map<String, String> role = new HashMap<>();
    Map<String, LocalDate> start = new HashMap<>();
    for (String[] p : rows(dir, "people.csv")) {
      role.put(p[0], p[2]);
      start.put(p[0], LocalDate.parse(p[6]));
      // everyone but managers has a manager, who is a manager
      assertEquals(p[2].equals("manager"), p[3].isEmpty(), String.join(",", p));
      if (!p[3].isEmpty()) assertEquals("manager", role.get(p[3]), String.join(",", p));
    }
    // 200 people: 20 managers, 4% SDRs = 8, 2% marketers = 4, the other 168 AEs
    Map<String, Integer> byRole = new HashMap<>();
    role.values().forEach(r -> byRole.merge(r, 1, Integer::sum));
    assertEquals(Map.of("manager", 20, "sdr", 8, "marketer", 4, "ae", 168), byRole);
    assertEquals(1 + 168 * 4, Files.readAllLines(dir.resolve("quotas.csv")).size());

    // meetings: one per deal, each booked by an SDR already started, on a day of 2027
    List<String[]> meetings = rows(dir, "meetings.csv");
    assertEquals("id,booked_by,account,meeting_date,status", header(dir, "meetings.csv"));
    assertEquals(4000, meetings.size());
    Map<String, Integer> status = new HashMap<>();
    for (String[] m : meetings) {
      assertEquals("sdr", role.get(m[1]), m[0]);
      LocalDate d = LocalDate.parse(m[3]);
      assertEquals(2027, d.getYear(), m[0]);
      assertFalse(d.isBefore(start.get(m[1])), m[0]);
      assertTrue(m[2].matches("a[0-9]{7}"), m[0]);
      status.merge(m[4], 1, Integer::sum);
    }
    assertEquals(Set.of("held", "no_show", "cancelled"), status.keySet());
    // 72% held, 13% no-show: on 4,000 meetings within a few points
    assertTrue(Math.abs(status.get("held") - 2880) < 160, status.toString());
    assertTrue(Math.abs(status.get("no_show") - 520) < 120, status.toString());

    // leads: an SDR (outbound) or a marketer; a qualified date exactly when qualified
    List<String[]> leads = rows(dir, "leads.csv");
    assertEquals("id,owner,created_date,status,qualified_date,source", header(dir, "leads.csv"));
    assertEquals(4000, leads.size());
    for (String[] l : leads) {
      String r = role.get(l[1]);
      assertTrue(r.equals("sdr") || r.equals("marketer"), l[0]);
      assertEquals(r.equals("sdr"), l[5].equals("outbound"), l[0]);
      assertTrue(Set.of("new", "qualified", "disqualified").contains(l[3]), l[0]);
      assertEquals(l[3].equals("qualified"), !l[4].isEmpty(), l[0]);
      LocalDate created = LocalDate.parse(l[2]);
      assertEquals(2027, created.getYear());
      if (!l[4].isEmpty()) {
        LocalDate qualified = LocalDate.parse(l[4]);
        assertFalse(qualified.isBefore(created), l[0]);
        assertEquals(2027, qualified.getYear());
      }
    }

    // trainings: no manager; a 2027 hire's trainings mostly in the first 30 days of the start
    List<String[]> trainings = rows(dir, "trainings.csv");
    assertEquals("id,trainee,course,completed_on,score", header(dir, "trainings.csv"));
    int ofNewHires = 0;
    int early = 0;
    int newHires = 0;
    for (String p : role.keySet()) {
      if (!role.get(p).equals("manager") && start.get(p).getYear() == 2027) newHires++;
    }
    assertTrue(newHires > 5, "some people start in 2027: " + newHires);
    for (String[] t : trainings) {
      assertFalse(role.get(t[1]).equals("manager"), t[0]);
      LocalDate done = LocalDate.parse(t[3]);
      assertEquals(2027, done.getYear());
      assertFalse(done.isBefore(start.get(t[1])), t[0]);
      int score = Integer.parseInt(t[4]);
      assertTrue(score >= 60 && score <= 100, t[0]);
      if (start.get(t[1]).getYear() == 2027) {
        ofNewHires++;
        if (done.isBefore(start.get(t[1]).plusDays(30))) early++;
      }
    }
    // three courses per 2027 hire, one for each of the others who sell (180 - newHires)
    assertEquals(3 * newHires + (180 - newHires), trainings.size());
    assertEquals(3 * newHires, ofNewHires);
    assertTrue(early * 100 >= ofNewHires * 70, early + " of " + ofNewHires); // 85% expected

    // deals: sourced_by is empty or an SDR started by the close date; owners are AEs
    assertTrue(header(dir, "deals.csv").endsWith(",cancel_date,sourced_by"));
    int sourced = 0;
    for (String[] d : rows(dir, "deals.csv")) {
      assertEquals("ae", role.get(d[1]), d[0]);
      if (d[10].isEmpty()) continue;
      sourced++;
      assertEquals("sdr", role.get(d[10]), d[0]);
      assertFalse(LocalDate.parse(d[5]).isBefore(start.get(d[10])), d[0]);
    }
    assertTrue(
        sourced > 800 && sourced < 1200, "about 30% sourced, less late starters: " + sourced);
  }

  @Test
  void sdrsSetsHowManySdrs() throws IOException {
    Path dir = generate("sdrs", "--people", "40", "--deals", "300", "--activities", "--sdrs", "34");
    Map<String, Integer> byRole = new HashMap<>();
    for (String[] p : rows(dir, "people.csv")) byRole.merge(p[2], 1, Integer::sum);
    assertEquals(Map.of("manager", 4, "sdr", 34, "marketer", 1, "ae", 1), byRole);
    for (String[] d : rows(dir, "deals.csv")) assertEquals("p000039", d[1]); // the one AE
  }

  @Test
  void withoutActivitiesThereIsNoSdr() throws IOException {
    Path dir = generate("plain", "--people", "200", "--deals", "10", "--reference");
    for (String[] p : rows(dir, "people.csv")) assertTrue(Set.of("manager", "ae").contains(p[2]));
    assertFalse(header(dir, "deals.csv").contains("sourced_by"));
  }

  // --- reference tables --------------------------------------------------------------------------

  @Test
  void referenceTablesCoverWhatTheDealsName() throws IOException {
    Path dir = generate("ref", "--people", "100", "--deals", "3000", "--reference");
    assertEquals("product,series,list_price", header(dir, "products.csv"));
    Map<String, String> series = new HashMap<>();
    for (String[] p : rows(dir, "products.csv")) {
      series.put(p[0], p[1]);
      assertTrue(p[2].matches("[1-9][0-9]*\\.00"), p[0]);
    }
    assertEquals("account,region,new_logo,segment", header(dir, "accounts.csv"));
    Set<String> accounts = new HashSet<>();
    int newLogos = 0;
    for (String[] a : rows(dir, "accounts.csv")) {
      accounts.add(a[0]);
      assertTrue(Set.of("true", "false").contains(a[2]), a[0]);
      assertTrue(Set.of("smb", "mid-market", "enterprise").contains(a[3]), a[0]);
      if (a[2].equals("true")) newLogos++;
    }
    assertEquals(3000 / 5 + 1, accounts.size());
    assertTrue(newLogos > 100 && newLogos < 200, "about 25% of 601: " + newLogos);
    for (String[] d : rows(dir, "deals.csv")) {
      assertTrue(series.containsKey(d[6]), d[0] + " product " + d[6]);
      assertTrue(accounts.contains(d[7]), d[0] + " account " + d[7]);
    }

    Set<String> people = new HashSet<>();
    for (String[] p : rows(dir, "people.csv")) people.add(p[0]);
    assertEquals("person,certification,valid_from,valid_to", header(dir, "certifications.csv"));
    int open = 0;
    List<String[]> certifications = rows(dir, "certifications.csv");
    for (String[] c : certifications) {
      assertTrue(people.contains(c[0]), c[0]);
      if (c[3].isEmpty()) {
        open++;
      } else {
        assertEquals(LocalDate.parse(c[2]).plusYears(1).minusDays(1), LocalDate.parse(c[3]));
      }
    }
    assertTrue(open > 0 && open < certifications.size(), open + " open-ended");

    // every region of the accounts by every series of the products, changing on 2027-07-01
    assertEquals("region,series,effective_from,rate", header(dir, "rate_card.csv"));
    Map<String, List<String[]>> byKey = new HashMap<>();
    for (String[] r : rows(dir, "rate_card.csv")) {
      byKey.computeIfAbsent(r[0] + "/" + r[1], k -> new ArrayList<>()).add(r);
    }
    Set<String> regions = new HashSet<>();
    for (String[] a : rows(dir, "accounts.csv")) regions.add(a[1]);
    for (String region : regions) {
      for (String s : new HashSet<>(series.values())) {
        List<String[]> rates = byKey.get(region + "/" + s);
        assertNotNull(rates, region + "/" + s);
        assertEquals(List.of("2027-01-01", "2027-07-01"), rates.stream().map(r -> r[2]).toList());
        BigDecimal before = new BigDecimal(rates.get(0)[3].replace("%", ""));
        BigDecimal after = new BigDecimal(rates.get(1)[3].replace("%", ""));
        assertEquals(new BigDecimal("0.5"), after.subtract(before), region + "/" + s);
      }
    }
  }

  // --- the CRM export ----------------------------------------------------------------------------

  @Test
  void crmExportHasTheOriginalsLayoutAndSizes() throws IOException {
    Path dir = generate("crm", "--shape", "crm-export");
    assertEquals(
        Set.of("sales_pipeline.csv", "sales_teams.csv", "products.csv", "accounts.csv"),
        fileNames(dir));
    assertEquals(
        "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
        header(dir, "sales_pipeline.csv"));
    assertEquals("sales_agent,manager,regional_office", header(dir, "sales_teams.csv"));
    assertEquals("product,series,sales_price", header(dir, "products.csv"));
    assertEquals(
        "account,sector,year_established,revenue,employees,office_location,subsidiary_of",
        header(dir, "accounts.csv"));

    Set<String> agents = new HashSet<>();
    Set<String> managers = new HashSet<>();
    Set<String> offices = new HashSet<>();
    for (String[] t : rows(dir, "sales_teams.csv")) {
      assertTrue(agents.add(t[0]), "agent listed twice: " + t[0]);
      assertTrue(t[0].matches("[A-Z][a-z]+ [A-Z][a-z]+"), t[0]);
      managers.add(t[1]);
      offices.add(t[2]);
    }
    assertEquals(35, agents.size());
    assertEquals(6, managers.size());
    assertEquals(Set.of("Central", "East", "West"), offices);
    for (String m : managers) assertFalse(agents.contains(m), "manager " + m + " is an agent");

    Map<String, Integer> price = new HashMap<>();
    for (String[] p : rows(dir, "products.csv")) price.put(p[0], Integer.parseInt(p[2]));
    assertEquals(
        Set.of(
            "GTX Basic",
            "GTX Pro",
            "MG Special",
            "MG Advanced",
            "GTX Plus Pro",
            "GTX Plus Basic",
            "GTK 500"),
        price.keySet());
    Set<String> accounts = new HashSet<>();
    List<String[]> accountRows = rows(dir, "accounts.csv");
    for (String[] a : accountRows) accounts.add(a[0]);
    assertEquals(85, accounts.size());
    int subsidiaries = 0;
    for (String[] a : accountRows) {
      if (a[6].isEmpty()) continue;
      subsidiaries++;
      assertTrue(accounts.contains(a[6]) && !a[6].equals(a[0]), a[0]);
    }
    assertTrue(subsidiaries > 0 && subsidiaries < 40, "often empty: " + subsidiaries);

    List<String[]> pipeline = rows(dir, "sales_pipeline.csv");
    assertEquals(8800, pipeline.size());
    Set<String> ids = new HashSet<>();
    Map<String, Integer> stages = new HashMap<>();
    for (String[] o : pipeline) {
      String id = o[0];
      assertTrue(id.matches("[0-9A-Z]{8}") && id.matches(".*[A-Z].*"), id);
      assertTrue(ids.add(id), "id twice: " + id);
      assertTrue(agents.contains(o[1]), id + ": agent " + o[1] + " not in sales_teams");
      assertTrue(price.containsKey(o[2]), id);
      assertTrue(accounts.contains(o[3]), id);
      stages.merge(o[4], 1, Integer::sum);
      switch (o[4]) {
        case "Prospecting" -> {
          assertEquals(List.of("", "", ""), List.of(o[5], o[6], o[7]), id);
        }
        case "Engaging" -> {
          assertEquals(2027, LocalDate.parse(o[5]).getYear(), id);
          assertEquals(List.of("", ""), List.of(o[6], o[7]), id);
        }
        case "Won", "Lost" -> {
          LocalDate engage = LocalDate.parse(o[5]);
          LocalDate close = LocalDate.parse(o[6]);
          assertEquals(2027, engage.getYear(), id);
          assertEquals(2027, close.getYear(), id);
          assertTrue(close.isAfter(engage), id);
          int value = Integer.parseInt(o[7]);
          if (o[4].equals("Lost")) assertEquals(0, value, id);
          // won near the list price: 85% to 115% (a skill of at most 1.5 x 20%)
          else assertTrue(value * 100 >= price.get(o[2]) * 85 - 100, id);
        }
        default -> throw new AssertionError(id + ": stage " + o[4]);
      }
    }
    assertEquals(Set.of("Prospecting", "Engaging", "Won", "Lost"), stages.keySet());
    assertTrue(Math.abs(stages.get("Won") - 4224) < 250, stages.toString()); // 48% of 8,800
  }

  /** The example data is what the command in its README writes, byte for byte. */
  @Test
  void crmExportExampleIsWhatItsReadmeCommandWrites() throws IOException {
    Path example = Path.of("..", "stdlib-plans", "plans", "crm-export");
    String readme = Files.readString(example.resolve("README.md"));
    assertTrue(
        readme.contains(
            "compass generate --shape crm-export --seed 42 --out stdlib-plans/plans/crm-export"));
    Path dir = generate("example", "--shape", "crm-export", "--seed", "42");
    for (String f : fileNames(dir)) {
      assertArrayEquals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(example.resolve(f)));
    }
  }

  @Test
  void crmExportSizesFollowTheFlags() throws IOException {
    Path dir = generate("small", "--shape", "crm-export", "--people", "7", "--deals", "50");
    assertEquals(50, rows(dir, "sales_pipeline.csv").size());
    List<String[]> teams = rows(dir, "sales_teams.csv");
    assertEquals(7, teams.size());
    Set<String> managers = new HashSet<>();
    for (String[] t : teams) managers.add(t[1]);
    assertEquals(2, managers.size()); // one manager per six agents, rounded up
  }

  // --- flag errors -------------------------------------------------------------------------------

  private void refused(String code, String message, String... flags) {
    Path out = tmp.resolve("refused");
    List<String> args = new ArrayList<>(List.of("generate"));
    args.addAll(List.of(flags));
    args.addAll(List.of("--out", out.toString()));
    Outcome o = run(args.toArray(String[]::new));
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().startsWith("error[" + code + "]: " + message), o.err());
    // a flag mistake is a usage error (ending with how to see the help), a size one counted
    assertTrue(
        o.err().endsWith("1 error(s)\n") || o.err().endsWith("   = help: compass help generate\n"),
        o.err());
    assertEquals("", o.out());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void flagMistakesAreRefusedWithTheirCodes() {
    refused("E0741", "unknown shape `crm` for --shape", "--shape", "crm");
    refused(
        "E0742",
        "unknown format `ods` for --format",
        "--people",
        "5",
        "--deals",
        "5",
        "--format",
        "ods");
    refused(
        "E0743",
        "the sheet deals would have 1048576 rows, more than the 1048575 data rows",
        "--people",
        "5",
        "--deals",
        "1048576",
        "--format",
        "xlsx");
    refused(
        "E0743",
        "the sheet sales_pipeline would have 2000000 rows",
        "--shape",
        "crm-export",
        "--deals",
        "2000000",
        "--format",
        "xlsx");
    refused(
        "E0744",
        "--shape crm-export cannot be combined with --activities",
        "--shape",
        "crm-export",
        "--activities");
    refused(
        "E0744",
        "--shape crm-export cannot be combined with --reference",
        "--shape",
        "crm-export",
        "--reference");
    refused(
        "E0744",
        "--sdrs is only meaningful with --activities",
        "--people",
        "40",
        "--deals",
        "5",
        "--sdrs",
        "3");
    // 40 people: 4 managers and 1 marketer, so at most 34 SDRs leave an AE
    refused(
        "E0745",
        "--sdrs 35 does not fit 40 people: 5 are managers and marketers",
        "--people",
        "40",
        "--deals",
        "5",
        "--activities",
        "--sdrs",
        "35");
    refused(
        "E0745",
        "--activities needs at least 4 people",
        "--people",
        "3",
        "--deals",
        "5",
        "--activities");
  }

  @Test
  void aWorkbookNameWithCsvConflicts() {
    Path out = tmp.resolve("data.xlsx");
    Outcome o =
        run(
            "generate",
            "--people",
            "5",
            "--deals",
            "5",
            "--format",
            "csv",
            "--out",
            out.toString());
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0744]: --out " + out + " names a workbook"), o.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aWorkbookNameWithoutFormatWritesAWorkbook() throws Exception {
    // issue 19: --out's extension names the format when --format is not given
    Path out = tmp.resolve("data.xlsx");
    Outcome o = run("generate", "--people", "5", "--deals", "5", "--out", out.toString());
    assertEquals(0, o.code(), o.err());
    assertTrue(Files.isRegularFile(out), "one workbook, not a folder of CSV files");
    try (var in = Files.newInputStream(out)) {
      byte[] zip = in.readNBytes(2);
      assertEquals("PK", new String(zip, java.nio.charset.StandardCharsets.US_ASCII));
    }
  }

  @Test
  void standardShapeStillNeedsPeopleAndDeals() {
    Outcome o = run("generate", "--deals", "5", "--out", tmp.resolve("x").toString());
    assertEquals(2, o.code());
    assertTrue(o.err().startsWith("error[E0772]: `compass generate` needs --people N"), o.err());
    o = run("generate", "--shape", "crm-export", "--people", "0", "--out", tmp.toString());
    assertEquals(2, o.code());
    assertTrue(
        o.err().startsWith("error[E0773]: --people must be between 1 and 1000, but was 0"),
        o.err());
  }
}
