package compass.data;

import compass.diag.Code;
import java.util.List;

/**
 * What {@link CellReader} needs around a cell: where text goes, the names a cell may take, and
 * where a refusal is reported. A CSV chunk ({@link RowLoader}) and a single value typed in the REPL
 * ({@link CellValue}) read through the same reader, so they accept and refuse alike.
 */
interface CellContext {
  void addText(TextColumn column, char[] c, int from, int to);

  String text(char[] c, int from, int to);

  List<String> stages();

  NameTable stageNames();

  /** Which period labels the plan's calendar has, or null when any is accepted. */
  java.util.function.Predicate<String> periodLabels();

  /** The known person ids, or null when any value is accepted. */
  NameTable people();

  void report(Code code, int cell, FieldSpec field, String message, String hint);
}
