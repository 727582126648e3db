package compass.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.check.CheckedPlan;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.eval.LoadedData;
import compass.source.DataLocation;
import compass.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 point 3: participants, roles and managers from the data. A CRM export has no people
 * file: the pipeline names the agent of each deal, the teams file each agent's manager. Without a
 * people file the participants are everyone a person column names; `everyone in T.F is role R`
 * gives roles; `roll up ... through teams.manager` follows the teams file.
 */
class PeopleFromDataTest {
  private static final String HEADER =
      """
      plan "CRM" version 1
        currency USD
        pays quarterly
        effective 2027-01-01 to 2027-12-31

      stages Prospecting, Engaging, Won, Lost

      PEOPLE
      input deals from "sales_pipeline.csv":
        id: text from "opportunity_id"
        sales_agent: person
        deal_stage: stage
        close_date: date optional
        close_value: money optional

      input teams from "sales_teams.csv" key sales_agent:
        sales_agent: person
        manager: person
        regional_office: text

      bookings = sum of close_value
      """;

  /** Won: Anna 1,000 (Q1) and 3,000 (Q2), Boris 4,000, Carla 2,500, Dmitri 6,000 (all Q1). */
  private static final String PIPELINE =
      """
      opportunity_id,sales_agent,deal_stage,close_date,close_value
      O1,Anna,Won,2027-01-20,1000
      O2, Anna ,Lost,2027-02-01,0
      O3,Boris,Won,2027-02-15,4000
      O4,Boris,Engaging,,
      O5,Carla,Won,2027-03-05,2500
      O6,Dmitri,Won,2027-03-30,6000
      O7,Carla,Prospecting,,
      O8,Anna,Won,2027-04-20,3000
      """;

  private static final String TEAMS =
      """
      sales_agent,manager,regional_office
      Anna,Mona,East
      Boris,Mona,East
      Carla,Nils,West
      Dmitri,Nils,West
      """;

  /** Mona and Nils report to Zoe: a second level. */
  private static final String TEAMS_WITH_DIRECTOR = TEAMS + "Mona,Zoe,East\nNils,Zoe,West\n";

  private static final String AGENTS_AND_MANAGERS =
      """
      everyone in deals.sales_agent is role agent
      everyone in teams.manager is role manager

      component "Agent commission" for role agent:
        pay bookings * 5%

      component "Manager override" for role manager:
        pay bookings * 1%
      """;

  @TempDir Path dir;

  static Stream<Arguments> runs() {
    return Stream.of(
        // No people file, no roles: every name of a person column is a participant (the padded
        // " Anna " is Anna), ordered by id; the managers are found only in teams.manager. Each is
        // paid 5% of their own bookings: Anna 1,000 x 5% = 50 (Q1), 3,000 x 5% = 150 (Q2), Boris
        // 200, Carla 125, Dmitri 300; Mona and Nils are credited nothing.
        Arguments.of(
            "participants from every person column",
            "",
            """
            credit deals where deal_stage is Won to sales_agent on close_date

            component "Commission":
              pay bookings * 5%
            """,
            TEAMS,
            "Anna:, Boris:, Carla:, Dmitri:, Mona:, Nils:",
            "Anna 2027-Q1 50.00, Anna 2027-Q2 150.00, Boris 2027-Q1 200.00, "
                + "Carla 2027-Q1 125.00, Dmitri 2027-Q1 300.00"),
        // Roles from two columns; one level up through the teams file: Mona 1% of Anna and Boris,
        // Q1 (1,000 + 4,000) x 1% = 50, Q2 3,000 x 1% = 30; Nils (2,500 + 6,000) x 1% = 85.
        Arguments.of(
            "roles from the data, roll up one level through teams.manager",
            "",
            "credit deals where deal_stage is Won to sales_agent on close_date "
                + "roll up one level through teams.manager\n"
                + AGENTS_AND_MANAGERS,
            TEAMS,
            "Anna:agent, Boris:agent, Carla:agent, Dmitri:agent, Mona:manager, Nils:manager",
            "Anna 2027-Q1 50.00, Anna 2027-Q2 150.00, Boris 2027-Q1 200.00, "
                + "Carla 2027-Q1 125.00, Dmitri 2027-Q1 300.00, Mona 2027-Q1 50.00, "
                + "Mona 2027-Q2 30.00, Nils 2027-Q1 85.00"),
        // All levels: Zoe, above Mona and Nils, gets 1% of every won deal: Q1 13,500 x 1% = 135,
        // Q2 3,000 x 1% = 30; Mona and Nils as above (one level below her, they are not agents).
        Arguments.of(
            "roll up all levels through teams.manager",
            "",
            "credit deals where deal_stage is Won to sales_agent on close_date "
                + "roll up all levels through teams.manager\n"
                + AGENTS_AND_MANAGERS,
            TEAMS_WITH_DIRECTOR,
            "Anna:agent, Boris:agent, Carla:agent, Dmitri:agent, Mona:manager, Nils:manager, "
                + "Zoe:manager",
            "Anna 2027-Q1 50.00, Anna 2027-Q2 150.00, Boris 2027-Q1 200.00, "
                + "Carla 2027-Q1 125.00, Dmitri 2027-Q1 300.00, Mona 2027-Q1 50.00, "
                + "Mona 2027-Q2 30.00, Nils 2027-Q1 85.00, Zoe 2027-Q1 135.00, "
                + "Zoe 2027-Q2 30.00"),
        // `team bookings` adds up the direct reports of the teams file: Mona's are Anna and
        // Boris, Q1 (1,000 + 4,000) x 2% = 100, Q2 3,000 x 2% = 60; Nils's Carla and Dmitri,
        // (2,500 + 6,000) x 2% = 170; Zoe's are Mona and Nils, whose bookings are what rolled up
        // one level to them: Q1 (5,000 + 8,500) x 2% = 270, Q2 3,000 x 2% = 60.
        Arguments.of(
            "team bookings follows teams.manager",
            "",
            """
            credit deals where deal_stage is Won to sales_agent on close_date roll up one level through teams.manager
            everyone in teams.manager is role manager

            component "Team override" for role manager:
              pay team bookings * 2%
            """,
            TEAMS_WITH_DIRECTOR,
            "Anna:, Boris:, Carla:, Dmitri:, Mona:manager, Nils:manager, Zoe:manager",
            "Mona 2027-Q1 100.00, Mona 2027-Q2 60.00, Nils 2027-Q1 170.00, "
                + "Zoe 2027-Q1 270.00, Zoe 2027-Q2 60.00"),
        // A people file with an empty role cell for Mona: the rule gives her `manager`; the rest
        // as in the second case.
        Arguments.of(
            "a people file's empty role takes the rule's role",
            """
            input people from "people.csv":
              id: text
              role: text optional

            """,
            "credit deals where deal_stage is Won to sales_agent on close_date "
                + "roll up one level through teams.manager\n"
                + AGENTS_AND_MANAGERS.replace("everyone in deals.sales_agent is role agent\n", ""),
            TEAMS,
            "Anna:agent, Boris:agent, Carla:agent, Dmitri:agent, Mona:manager, Nils:manager",
            "Anna 2027-Q1 50.00, Anna 2027-Q2 150.00, Boris 2027-Q1 200.00, "
                + "Carla 2027-Q1 125.00, Dmitri 2027-Q1 300.00, Mona 2027-Q1 50.00, "
                + "Mona 2027-Q2 30.00, Nils 2027-Q1 85.00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void participantsRolesAndPayouts(
      String name, String people, String rules, String teams, String roles, String payouts)
      throws IOException {
    write(people, rules, teams);
    Files.writeString(
        dir.resolve("people.csv"),
        "id,role\nAnna,agent\nBoris,agent\nCarla,agent\nDmitri,agent\nMona,\nNils,manager\n");
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(dir.resolve("plan.comp"), diags);
    assertNotNull(plan, diags.all()::toString);
    LoadedData data = Compass.loadData(plan, dir, diags);
    assertNotNull(data, diags.all()::toString);
    assertEquals(roles, roles(data.people()));

    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    assertTrue(r.ok(), r.diagnostics()::toString);
    assertEquals(
        payouts,
        r.rows().stream()
            .filter(s -> s.payout().signum() != 0)
            .map(s -> s.participant() + " " + s.period() + " " + s.payout().toPlainString())
            .collect(Collectors.joining(", ")));
    assertEquals(8, r.reconciliation().read());
  }

  /** W0103 reads the roles given from the data: no one found in the data is a director. */
  @Test
  void aRoleNoOneFoundInTheDataHasIsReported() throws IOException {
    write(
        "",
        "credit deals where deal_stage is Won to sales_agent on close_date "
            + "roll up one level through teams.manager\n"
            + AGENTS_AND_MANAGERS.replace("for role manager", "for role director"),
        TEAMS);
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(dir.resolve("plan.comp"), diags);
    assertNotNull(plan, diags.all()::toString);
    LoadedData data = Compass.loadData(plan, dir, diags);
    assertNotNull(data, diags.all()::toString);
    assertEquals(
        "W0103 no one in the participants found in the data has role `director`, so \"Manager"
            + " override\" pays no one (hint: the values of role there: `agent`, `manager`)",
        Compass.dataWarnings(plan, data).stream()
            .map(d -> d.code().id() + " " + d.message() + " (hint: " + d.hint() + ")")
            .collect(Collectors.joining("\n")));
  }

  private static String roles(Table people) {
    TextColumn ids = (TextColumn) people.column("id");
    TextColumn roles = (TextColumn) people.column("role");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < people.rowCount(); i++)
      out.add(ids.get(i) + ":" + (roles.isPresent(i) ? roles.get(i) : ""));
    return String.join(", ", out);
  }

  // ---- misuse, found before any data is read -------------------------------------------------

  private static final String CREDIT =
      "credit deals where deal_stage is Won to sales_agent on close_date\n";

  private static final String ROLL_UP_ONE =
      "credit deals where deal_stage is Won to sales_agent on close_date roll up one level ";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "everyone in a text column|everyone in teams.regional_office is role manager"
            + "|1:19 E0425 `everyone in` needs a person field, but `teams.regional_office` is"
            + " declared as text (hint: name a column of people (declared `person`), such as a"
            + " manager or an owner)",
        "unknown table|everyone in team.manager is role manager"
            + "|1:13 E0301 no input named `team` (hint: did you mean `teams`?)",
        "unknown field|everyone in teams.manger is \"Sales Manager\""
            + "|1:19 E0302 `teams` has no field `manger` (hint: did you mean `manager`?)",
        "through a text column|THROUGH teams.regional_office"
            + "|1:99 E0425 `through` needs a person field, but `teams.regional_office` is declared"
            + " as text (hint: name a column of people (declared `person`), such as a manager or"
            + " an owner)",
        "through an unkeyed table|THROUGH deals.sales_agent"
            + "|1:93 E0427 `deals` is not keyed, so the roll-up cannot tell whose manager a row"
            + " names (hint: declare the input `input deals from \"sales_pipeline.csv\" key"
            + " sales_agent:`)",
        "through the key itself|THROUGH teams.sales_agent"
            + "|1:93 E0427 `teams` must be keyed by one person field, the person who reports to"
            + " `sales_agent` (hint: declare the input `input teams from \"sales_teams.csv\" key"
            + " manager:`)",
        "roll up with no managers|ROLL_UP"
            + "|1:1 E0302 rolling credit up needs a `manager: person` field in the people input"
            + " (hint: or read the managers from a table keyed by the person who reports: `roll"
            + " up all levels through teams.manager`)",
        "target incentive without a people file|ti = target_incentive"
            + "|1:6 E0301 unknown name `target_incentive` (hint: the participants come from the"
            + " data and have only an id and a role: for `target_incentive`, add a people file,"
            + " `input people from \"people.csv\":` with `id: text` and `target_incentive`)",
      })
  void misuseIsReported(String name, String line, String expected) {
    String text =
        line.startsWith("THROUGH ")
            ? ROLL_UP_ONE + "through " + line.substring("THROUGH ".length())
            : line.equals("ROLL_UP") ? ROLL_UP_ONE.strip() : CREDIT + line;
    assertEquals(expected, check(HEADER.replace("PEOPLE\n", "") + text + "\n"));
  }

  @Test
  void rolesNeedTheRoleFieldOfAPeopleFile() {
    String plan =
        HEADER.replace("PEOPLE\n", "input people from \"people.csv\":\n  id: text\n\n")
            + CREDIT
            + "everyone in teams.manager is role manager\n";
    assertEquals(
        "1:1 E0426 `everyone in` gives a role, but the people input has no `role` field (hint:"
            + " add `role: text optional` to the people input; the rule gives its role to the"
            + " people whose cell is empty)",
        check(plan));
  }

  @Test
  void aPlanWithNoPeopleFileAndNoPersonFieldHasNoParticipants() {
    String plan =
        HEADER
            .replace("PEOPLE\n", "")
            .replace("sales_agent: person", "sales_agent: text")
            .replace("manager: person", "manager: text");
    String out = check(plan);
    assertTrue(
        out.startsWith(
            "header E0405 the plan has no participants: it declares no `people` input and no"
                + " `person` field"),
        out);
  }

  /**
   * The errors of a plan: "line:column CODE message (hint: ...)", the line counted in its last line
   * (1), or "header" for an error in the lines above it.
   */
  private static String check(String plan) {
    Diagnostics diags = new Diagnostics();
    Compass.checkText("plan.comp", plan, diags);
    long above = plan.strip().lines().count() - 1;
    return diags.all().stream()
        .filter(Diagnostic::isError)
        .map(
            d -> {
              Span at = (Span) d.location();
              String where = at.line() > above ? (at.line() - above) + ":" + at.column() : "header";
              String s = where + " " + d.code().id() + " " + d.message();
              return d.hint() == null ? s : s + " (hint: " + d.hint() + ")";
            })
        .collect(Collectors.joining("\n"));
  }

  // ---- the data's mistakes -------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Mona -> Nils -> Mona: no one at the top
        "a cycle in the teams file|deals|Mona,Nils,East\\nNils,Mona,West"
            + "|E0515 sales_teams.csv: the manager chain has a cycle: Mona -> Nils -> Mona",
        // the teams file is keyed by sales_agent, so a second row for Anna is a repeated key
        // whatever manager it names
        "two managers for one agent|deals|Anna,Nils,East"
            + "|E0540 sales_teams.csv:6 sales_agent: a second row for sales_agent `Anna`"
            + " (first on line 2)",
        // Mona is in teams.sales_agent (role agent by the rule below) and teams.manager
        "two roles for one person|teams|Mona,Zoe,East"
            + "|E0545 sales_teams.csv:2 manager: Mona is given two roles: `agent` (everyone in"
            + " teams.sales_agent) and `manager` (everyone in teams.manager)",
      })
  void dataMistakesAreReported(String name, String agentsIn, String moreTeams, String expected)
      throws IOException {
    write(
        "",
        "credit deals where deal_stage is Won to sales_agent on close_date "
            + "roll up all levels through teams.manager\n"
            + AGENTS_AND_MANAGERS.replace("deals.sales_agent", agentsIn + ".sales_agent"),
        TEAMS + moreTeams.replace("\\n", "\n") + "\n");
    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    assertEquals(expected, errors(r.diagnostics()));
  }

  /**
   * A plan that extends another and writes its own credit rule rolls up through its own column: the
   * base's `through` goes with the base's rule (else two columns, E0427).
   */
  @Test
  void anExtendingPlansCreditRuleBringsItsOwnReportingLine() throws IOException {
    write(
        "",
        "credit deals where deal_stage is Won to sales_agent on close_date "
            + "roll up one level through teams.manager\n"
            + AGENTS_AND_MANAGERS,
        TEAMS);
    Files.writeString(
        dir.resolve("plan.comp"),
        Files.readString(dir.resolve("plan.comp"))
            .replace("  manager: person\n", "  manager: person\n  coach: person optional\n"));
    Files.writeString(
        dir.resolve("child.comp"),
        "extends \"plan.comp\"\n\n"
            + "credit deals where deal_stage is Won to sales_agent on close_date "
            + "roll up one level through teams.coach\n");
    Diagnostics diags = new Diagnostics();
    CheckedPlan plan = Compass.load(dir.resolve("child.comp"), diags);
    assertNotNull(plan, diags.all()::toString);
    assertEquals(
        "teams.coach",
        compass.check.ParticipantSources.reportingLine(plan.ast()).table().text()
            + "."
            + compass.check.ParticipantSources.reportingLine(plan.ast()).field().text());
  }

  /** W0601: someone found only in columns with no `everyone` rule has no role. */
  @Test
  void someoneWithNoRoleWhenEveryComponentIsForARoleIsReported() throws IOException {
    write(
        "",
        "credit deals where deal_stage is Won to sales_agent on close_date "
            + "roll up one level through teams.manager\n"
            + AGENTS_AND_MANAGERS.replace("everyone in deals.sales_agent is role agent\n", ""),
        TEAMS);
    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    assertTrue(r.ok(), r.diagnostics()::toString);
    assertEquals(
        "W0601 Anna has no role, and every component is for a role: every payout is 0.00",
        r.diagnostics().stream()
            .filter(d -> d.code().id().equals("W0601"))
            .map(d -> d.code().id() + " " + d.message())
            .findFirst()
            .orElse(""));
    // only the managers are paid: Mona 50 and 30, Nils 85 (as with agents)
    assertEquals(
        "Mona 2027-Q1 50.00, Mona 2027-Q2 30.00, Nils 2027-Q1 85.00",
        r.rows().stream()
            .filter(s -> s.payout().signum() != 0)
            .map(s -> s.participant() + " " + s.period() + " " + s.payout().toPlainString())
            .collect(Collectors.joining(", ")));
  }

  /** A rule may read the people file's own person column: its managers are role manager. */
  @Test
  void aRuleOnThePeopleFilesManagerColumn() throws IOException {
    write(
        "input people from \"people.csv\":\n  id: text\n  role: text optional\n"
            + "  manager: person optional\n\n",
        "credit deals where deal_stage is Won to sales_agent on close_date roll up one level\n"
            + "everyone in people.manager is role manager\n\n"
            + "component \"Override\" for role manager:\n  pay bookings * 1%\n",
        TEAMS);
    Files.writeString(
        dir.resolve("people.csv"),
        "id,role,manager\nAnna,agent,Mona\nBoris,agent,Mona\nCarla,agent,Mona\n"
            + "Dmitri,agent,Mona\nMona,,\nNils,,\n");
    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    // Mona manages everyone: Q1 (1,000 + 4,000 + 2,500 + 6,000) x 1% = 135, Q2 3,000 x 1% = 30;
    // Nils is named by no one's manager cell: no role (W0601), paid nothing
    assertEquals(
        "Mona 2027-Q1 135.00, Mona 2027-Q2 30.00",
        r.rows().stream()
            .filter(s -> s.payout().signum() != 0)
            .map(s -> s.participant() + " " + s.period() + " " + s.payout().toPlainString())
            .collect(Collectors.joining(", ")),
        r.diagnostics()::toString);
  }

  /** E0529 as for the people file's manager: a chain of 102 levels in the teams file. */
  @Test
  void aChainTooDeepInTheTeamsFileIsAnError() throws IOException {
    StringBuilder teams = new StringBuilder("sales_agent,manager,regional_office\n");
    teams.append("Anna,p1,East\n");
    for (int i = 1; i <= 100; i++) teams.append("p" + i + ",p" + (i + 1) + ",East\n");
    write(
        "",
        "credit deals where deal_stage is Won to sales_agent on close_date "
            + "roll up all levels through teams.manager\n"
            + "component \"Commission\":\n  pay bookings * 5%\n",
        teams.toString());
    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    // Anna -> p1 -> ... -> p101: 102 levels from Anna to the top; her row is line 2
    String errors = errors(r.diagnostics());
    assertTrue(
        errors.startsWith(
            "E0529 sales_teams.csv:2 manager: the manager chain from Anna up to p101 is 102 levels"
                + " deep"),
        errors);
  }

  @Test
  void aPeopleFileRoleThatContradictsTheRuleIsAnError() throws IOException {
    write(
        "input people from \"people.csv\":\n  id: text\n  role: text optional\n\n",
        "credit deals where deal_stage is Won to sales_agent on close_date\n"
            + "everyone in teams.manager is role manager\n",
        TEAMS);
    Files.writeString(
        dir.resolve("people.csv"),
        "id,role\nAnna,agent\nBoris,agent\nCarla,agent\nDmitri,agent\nMona,agent\nNils,\n");
    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    assertEquals(
        "E0545 people.csv:6 role: Mona has role `agent` in the people file, but everyone in"
            + " teams.manager is role `manager`",
        errors(r.diagnostics()));
  }

  /** Point 1: with a people file, every person column of every table names a participant. */
  @Test
  void withAPeopleFileAManagerOfTheTeamsFileMustBeAParticipant() throws IOException {
    write(
        "input people from \"people.csv\":\n  id: text\n  role: text optional\n\n",
        "credit deals where deal_stage is Won to sales_agent on close_date\n",
        TEAMS);
    Files.writeString(
        dir.resolve("people.csv"), "id,role\nAnna,\nBoris,\nCarla,\nDmitri,\nMona,\n");
    RunResult r = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null));
    // Carla's and Dmitri's rows name Nils, who is not in people.csv
    assertEquals(
        "E0507 sales_teams.csv:4 manager: manager Nils is not in people\n"
            + "E0507 sales_teams.csv:5 manager: manager Nils is not in people",
        errors(r.diagnostics()));
    // --keep-going: the two rows naming Nils are rejected, the rest is paid
    RunResult kept = Compass.run(new RunRequest(dir.resolve("plan.comp"), dir, null, false, true));
    assertTrue(kept.ok(), kept.diagnostics()::toString);
    assertEquals(2, kept.rejects().size());
  }

  private static String errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .map(
            d -> {
              DataLocation at = (DataLocation) d.location();
              String where =
                  at.line() > 0 ? at.file() + ":" + at.line() + " " + at.field() : at.file();
              return d.code().id() + " " + where + ": " + d.message();
            })
        .collect(Collectors.joining("\n"));
  }

  private void write(String people, String rules, String teams) throws IOException {
    Files.writeString(
        dir.resolve("plan.comp"),
        HEADER.replace("PEOPLE\n", people) + "\n" + rules.replace("\n\n\n", "\n\n"));
    Files.writeString(dir.resolve("sales_pipeline.csv"), PIPELINE);
    Files.writeString(dir.resolve("sales_teams.csv"), teams);
  }
}
