package compass.data;

import compass.diag.Code;
import java.util.List;
import java.util.function.Predicate;

/**
 * One value read as the data loader reads a cell of a CSV file: trimmed the same way, by the same
 * {@link CellReader}, refused with the same message and hint. The REPL's `what if deal ... has
 * amount = 1,000.00` is refused exactly as that cell in deals.csv would be.
 */
public final class CellValue {
  /**
   * A value read, or why it was refused. The value is typed as {@link TableEdit} takes it (String,
   * BigDecimal, Long, LocalDate, Boolean, or the stage's position as an Integer).
   */
  public record Read(Object value, Code code, String message, String hint) {
    public boolean ok() {
      return code == null;
    }
  }

  private CellValue() {}

  /**
   * Reads {@code text} as a cell of {@code field}. {@code stages} are the plan's stages; {@code
   * periodLabels} says which period labels the calendar has (null: any).
   */
  public static Read read(
      FieldSpec field, String text, List<String> stages, Predicate<String> periodLabels) {
    char[] c = text.toCharArray();
    // the loader's one normalisation: spaces and tabs around a value are not part of it
    int from = Cells.trimStart(c, 0, c.length);
    int to = Cells.trimEnd(c, from, c.length);
    if (from == to) {
      return new Read(null, Code.E0512, "missing value for " + field.name(), null);
    }
    Column column = RowLoader.newColumn(field.type(), 1);
    One one = new One(stages, periodLabels);
    if (!CellReader.read(one, field, column, c, from, to, 0)) return one.refused;
    return new Read(TableEdit.value(column, 0), null, null, null);
  }

  /** The context of a single cell: no people check (the caller knows the participants). */
  private static final class One implements CellContext {
    private final List<String> stages;
    private final NameTable stageNames;
    private final Predicate<String> periodLabels;
    Read refused;

    One(List<String> stages, Predicate<String> periodLabels) {
      this.stages = stages;
      this.stageNames = new NameTable(stages);
      this.periodLabels = periodLabels;
    }

    @Override
    public void addText(TextColumn column, char[] c, int from, int to) {
      column.add(text(c, from, to));
    }

    @Override
    public String text(char[] c, int from, int to) {
      return new String(c, from, to - from);
    }

    @Override
    public List<String> stages() {
      return stages;
    }

    @Override
    public NameTable stageNames() {
      return stageNames;
    }

    @Override
    public Predicate<String> periodLabels() {
      return periodLabels;
    }

    @Override
    public NameTable people() {
      return null;
    }

    @Override
    public void report(Code code, int cell, FieldSpec field, String message, String hint) {
      refused = new Read(null, code, message, hint);
    }
  }
}
