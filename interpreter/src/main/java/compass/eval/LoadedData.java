package compass.eval;

import compass.data.Table;
import java.util.Map;

/** The tables a plan reads, loaded from its data folder: what the evaluator runs on. */
public record LoadedData(Table people, Table deals, Map<String, Table> others) {}
