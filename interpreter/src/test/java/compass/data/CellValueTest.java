package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One value read by {@link CellValue} is accepted or refused exactly as the same cell of a CSV
 * file.
 */
class CellValueTest {

  @ParameterizedTest(name = "{0} `{1}`")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "MONEY|1,000.00",
        "MONEY|1000.00",
        "MONEY|' 1000.50 '",
        "MONEY|$1000",
        "MONEY|20k",
        "MONEY|1.000,00",
        "MONEY|1234567890123456789",
        "NUMBER|-3.5",
        "PERCENT|12.5%",
        "PERCENT|0.125",
        "PERCENT|12,5%",
        "INTEGER|24",
        "INTEGER|24.0",
        "INTEGER|99999999999999999999",
        "DATE|2027-03-20",
        "DATE|2027/03/20",
        "DATE|20/03/2027",
        "DATE|2027-02-30",
        "DATE|02027-03-20",
        "DATE|' 2027-03-20'",
        "BOOL|yes",
        "BOOL|maybe",
        "STAGE|closed_won",
        "STAGE|closed_wn",
        "STAGE|won",
        "TEXT|' Acme '",
        "PERIOD|2027-Q1",
        "PERIOD|2027-Q5"
      })
  void acceptsAndRefusesAsTheLoader(ColumnType type, String text) {
    FieldSpec field = new FieldSpec("value", "value", type, false, null);
    List<String> stages = Fixtures.STAGES;
    java.util.function.Predicate<String> periods = label -> label.matches("2027-Q[1-4]");
    CellValue.Read read = CellValue.read(field, text, stages, periods);

    Diagnostics diags = new Diagnostics();
    String cell = "\"" + text.replace("\"", "\"\"") + "\"";
    Table table =
        TableLoader.loadText(
            new TableSchema("deals", "deals.csv", List.of(field), null),
            "value\n" + cell + "\n",
            new LoadOptions(stages, Set.of(), false, periods),
            diags);
    if (table != null && !diags.hasErrors()) {
      assertTrue(read.ok(), "the loader took it, CellValue refused: " + read);
      Object loaded = TableEdit.value(table.column(0), 0);
      if (loaded instanceof BigDecimal b) assertEquals(0, b.compareTo((BigDecimal) read.value()));
      else assertEquals(loaded, read.value());
    } else {
      Diagnostic refused = diags.all().get(0);
      assertEquals(refused.code(), read.code(), read.toString());
      assertEquals(refused.message(), read.message());
      assertEquals(refused.hint(), read.hint());
    }
  }

  @Test
  void aRefusalReadsAsTheLoaderWritesIt() {
    FieldSpec amount = new FieldSpec("amount", "amount", ColumnType.MONEY, false, null);
    CellValue.Read read = CellValue.read(amount, "1,000.00", List.of(), null);
    assertNull(read.value());
    assertEquals(
        "found `1,000.00` in amount: write numbers without thousands separators, with a dot for decimals, e.g. 1000.00",
        read.message());
    FieldSpec date = new FieldSpec("close_date", "close_date", ColumnType.DATE, false, null);
    assertEquals(
        LocalDate.of(2027, 3, 20), CellValue.read(date, "  2027-03-20 ", List.of(), null).value());
    assertEquals(
        "found `-2027-03-20` in close_date: the year must have four digits and no sign, e.g. 2027-03-20",
        CellValue.read(date, "-2027-03-20", List.of(), null).message());
  }

  @Test
  void everyKindOfColumnGivesItsValueBack() {
    // the instanceof chains over the sealed Column (TableEdit.value, RowLoader.addMissing,
    // Columns.appendAll):
    // every permitted kind of column is the storage of some column type, and each type reads and
    // copies
    for (Class<?> c : Column.class.getPermittedSubclasses()) {
      boolean covered =
          Arrays.stream(ColumnType.values())
              .anyMatch(t -> RowLoader.newColumn(t, 1).getClass() == c);
      assertTrue(covered, c + " has no column type");
    }
    for (ColumnType t : ColumnType.values()) {
      String text =
          switch (t) {
            case TEXT, PERSON -> "ann";
            case PERIOD -> "2027-Q1";
            case NUMBER, MONEY, PERCENT, INTEGER -> "1";
            case DATE -> "2027-01-01";
            case BOOL -> "true";
            case STAGE -> "closed_won";
          };
      FieldSpec field = new FieldSpec("f", "f", t, false, null);
      CellValue.Read read = CellValue.read(field, text, Fixtures.STAGES, null);
      assertTrue(read.ok(), t.name());
      Diagnostics diags = new Diagnostics();
      FieldSpec optional = new FieldSpec("f", "f", t, true, null);
      Table table =
          TableLoader.loadText(
              new TableSchema("deals", "deals.csv", List.of(optional), null),
              "f\n" + text + "\n\"\"\n",
              new LoadOptions(Fixtures.STAGES, null),
              diags); // the second row is empty: addMissing
      assertEquals(2, table.rowCount(), t.name() + " " + diags.all());
      Table copied =
          new TableEdit(table).add(new Object[] {read.value()}).build(); // appendAll, then put
      Table changed = new TableEdit(copied).change(0, 0, read.value()).build(); // put for every row
      assertEquals(read.value(), TableEdit.value(changed.column(0), 2), t.name());
      assertEquals(read.value(), TableEdit.value(changed.column(0), 0), t.name());
      assertNull(TableEdit.value(changed.column(0), 1), t.name());
    }
  }
}
