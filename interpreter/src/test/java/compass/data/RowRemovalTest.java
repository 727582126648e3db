package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a deal removed from a what-if's table by copying each column as arrays and dropping the
 * row from the copy. Every cell of the result is compared with the base's cell one row down past
 * the removed row (read back through the base, a second path), for each row removed in turn, over
 * every kind of column with empty cells, the compact id column, mixed decimal scales and whole
 * numbers beyond an int.
 */
class RowRemovalTest {
  @TempDir Path dir;

  @Test
  void removingAnyRowLeavesEveryOtherCellAsItWas() {
    String fields =
        "id TEXT, owner PERSON, amount MONEY, rate PERCENT?, units INTEGER?, closed DATE?,"
            + " won BOOL?, stage STAGE, note TEXT?";
    String csv =
        "id,owner,amount,rate,units,closed,won,stage,note\n"
            + "D-1,p1,100.50,10%,3,2027-01-05,true,closed_won,first\n"
            + "D-22,p2,7,,9000000000,,false,prospecting,\n"
            + "D-333,p1,-2.125,12.5%,,2027-02-28,,closed_lost,é accent\n"
            + "D-4,p2,0,0%,-4,2027-03-01,true,qualification,\n"
            + "D-55555,p1,123456.78,,2147483647,2027-12-31,false,closed_won,last\n";
    Diagnostics diags = new Diagnostics();
    Table base = Fixtures.load(dir, fields, csv, diags);
    assertTrue(!diags.hasErrors(), diags.all().toString());
    int n = base.rowCount();
    assertEquals(5, n);
    for (int gone = 0; gone < n; gone++) {
      Table out = new TableEdit(base).remove(gone).build();
      assertEquals(n - 1, out.rowCount(), "rows after removing " + gone);
      for (int r = 0; r < n - 1; r++) {
        int was = r < gone ? r : r + 1;
        assertEquals(
            base.lineOf(was), out.lineOf(r), "line of row " + r + ", " + gone + " removed");
        for (int f = 0; f < base.schema().fields().size(); f++) {
          Column from = base.column(f), to = out.column(f);
          String where =
              base.schema().fields().get(f).name() + " row " + r + ", " + gone + " removed";
          assertEquals(from.isPresent(was), to.isPresent(r), where);
          assertEquals(TableEdit.value(from, was), TableEdit.value(to, r), where);
        }
      }
    }
  }
}
