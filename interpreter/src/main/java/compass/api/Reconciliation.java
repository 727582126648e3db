package compass.api;

import java.util.List;

/**
 * Every input deal accounted for (SEMANTICS 3): {@code read = credited + excluded}. Each
 * exclusion names the rule (or the part of a rule) that excluded the deals.
 */
public record Reconciliation(long read, long credited, List<Exclusion> excluded) {

  /** Deals excluded for one reason. */
  public record Exclusion(String reason, long count) {}

  public long excludedCount() {
    long n = 0;
    for (Exclusion e : excluded) n += e.count();
    return n;
  }
}
