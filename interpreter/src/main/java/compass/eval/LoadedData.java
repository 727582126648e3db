package compass.eval;

import compass.data.Table;
import java.util.Map;

/**
 * The tables a plan reads, loaded from its data folder: what the evaluator runs on. Issue 20: on a
 * streamed run {@code merged} holds the deals, credited and merged as they were read, and {@code
 * deals} only the values each field has (for the data warnings); null otherwise.
 */
public record LoadedData(Table people, Table deals, Map<String, Table> others, MergedDeals merged) {
  public LoadedData(Table people, Table deals, Map<String, Table> others) {
    this(people, deals, others, null);
  }
}
