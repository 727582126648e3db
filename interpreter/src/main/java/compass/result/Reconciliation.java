package compass.result;

import java.util.ArrayList;
import java.util.List;

/**
 * Every input deal accounted for (SEMANTICS 3): {@code read = credited + excluded + rejected}. Each
 * exclusion names the rule (or the part of a rule) that excluded the deals; rejected deals are rows
 * of the deals file left out by --keep-going (always 0 without it).
 *
 * <p>A plan with several credit sources (`credit meetings ...`, `credit deals ... as sourced`)
 * reconciles each on its own: this record is then the first source's, {@code source} names it (null
 * in a plan with one source), and {@code others} holds the other sources' reconciliations in the
 * order of their credit rules.
 */
public record Reconciliation(
    long read,
    long credited,
    List<Exclusion> excluded,
    long rejected,
    Source source,
    List<Reconciliation> others) {

  /** Which credit source a reconciliation is of: its name (`sourced`) and its table (`deals`). */
  public record Source(String name, String table) {

    /** How the output names it: {@code meetings}, or {@code deals (sourced)} for a named rule. */
    public String label() {
      return name.equals(table) ? table : table + " (" + name + ")";
    }
  }

  public Reconciliation(long read, long credited, List<Exclusion> excluded, long rejected) {
    this(read, credited, excluded, rejected, null, List.of());
  }

  public Reconciliation(long read, long credited, List<Exclusion> excluded) {
    this(read, credited, excluded, 0);
  }

  /** The same, with rows of the deals file rejected before crediting added to what was read. */
  public Reconciliation withRejected(long rows) {
    return new Reconciliation(read + rows, credited, excluded, rejected + rows, source, others);
  }

  /** The same, named as the source it reconciles. */
  public Reconciliation of(Source source) {
    return new Reconciliation(read, credited, excluded, rejected, source, others);
  }

  /** This (the first source's) with the other sources' reconciliations. */
  public Reconciliation with(List<Reconciliation> more) {
    return new Reconciliation(read, credited, excluded, rejected, source, List.copyOf(more));
  }

  /** Every source's reconciliation, the first source's first (one entry for a single source). */
  public List<Reconciliation> all() {
    List<Reconciliation> out = new ArrayList<>();
    out.add(new Reconciliation(read, credited, excluded, rejected, source, List.of()));
    out.addAll(others);
    return out;
  }

  /** Deals excluded for one reason. */
  public record Exclusion(String reason, long count) {}

  public long excludedCount() {
    long n = 0;
    for (Exclusion e : excluded) n += e.count();
    return n;
  }
}
