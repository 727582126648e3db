package compass.data;

import compass.source.Span;
import java.util.List;

/**
 * A table a plan declares: its name, its file relative to the data folder (as written in the plan),
 * its fields, and where it is declared (may be null).
 */
public record TableSchema(String name, String file, List<FieldSpec> fields, Span span) {

  public TableSchema {
    fields = List.copyOf(fields);
  }
}
