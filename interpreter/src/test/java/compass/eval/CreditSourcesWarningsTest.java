package compass.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.api.Compass;
import compass.api.RunRequest;
import compass.diag.Code;
import compass.source.Span;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * W0108 for each credit source (issue 14, part 2): a credited table none of whose rows was credited
 * is named, a second rule on a table by its name. The plan of {@link CreditSourcesTest} on data
 * where no deal has a sourced_by and the meetings file has no rows.
 */
class CreditSourcesWarningsTest {
  @TempDir Path dir;

  @Test
  void eachSourceWithoutACreditedRowIsNamed() {
    SemanticsSupport.write(dir, "p.comp", CreditSourcesTest.PLAN);
    SemanticsSupport.write(dir, "people.csv", CreditSourcesTest.PEOPLE);
    SemanticsSupport.write(
        dir,
        "deals.csv",
        "id,owner,sourced_by,amount,stage,close_date\nD1,ann,,100000,closed_won,2027-02-10\n");
    SemanticsSupport.write(dir, "meetings.csv", "id,booked_by,status,meeting_date\n");
    SemanticsSupport.write(dir, "leads.csv", CreditSourcesTest.LEADS);
    var result = Compass.run(new RunRequest(dir.resolve("p.comp"), dir, null));
    assertEquals(
        // line 34: the `as sourced` rule; 35: the meetings rule
        "W0108 34:1 none of the 1 rows of deals.csv is credited as sourced (1 excluded: no"
            + " sourced_by)\n"
            + "W0108 35:1 meetings.csv has no rows, so no meetings row is credited",
        result.diagnostics().stream()
            .filter(d -> d.code() == Code.W0108)
            .map(
                d ->
                    d.code().id()
                        + " "
                        + ((Span) d.location()).line()
                        + ":"
                        + ((Span) d.location()).column()
                        + " "
                        + d.message())
            .collect(Collectors.joining("\n")));
  }
}
