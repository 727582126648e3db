package compass.result;

import java.util.List;

/**
 * Every input deal accounted for (SEMANTICS 3): {@code read = credited + excluded + rejected}. Each
 * exclusion names the rule (or the part of a rule) that excluded the deals; rejected deals are rows
 * of the deals file left out by --keep-going (always 0 without it).
 */
public record Reconciliation(long read, long credited, List<Exclusion> excluded, long rejected) {

  public Reconciliation(long read, long credited, List<Exclusion> excluded) {
    this(read, credited, excluded, 0);
  }

  /** The same, with rows of the deals file rejected before crediting added to what was read. */
  public Reconciliation withRejected(long rows) {
    return new Reconciliation(read + rows, credited, excluded, rejected + rows);
  }

  /** Deals excluded for one reason. */
  public record Exclusion(String reason, long count) {}

  public long excludedCount() {
    long n = 0;
    for (Exclusion e : excluded) n += e.count();
    return n;
  }
}
