package compass.ledger;

import java.util.Set;

/**
 * One deal row that differs from what a closed period was computed from: added since the close,
 * removed, or changed (its fields, old and new values). {@code people} are the participant ids
 * named in the row, before or after, so a participant's adjustment names the rows that are theirs.
 *
 * @param period the closed period whose snapshot the row was compared with
 * @param description what changed, in words: {@code D-1003 changed: amount 10000.00 -> 12000.00}
 */
public record DealChange(String period, String deal, String description, Set<String> people) {
  public DealChange {
    people = Set.copyOf(people);
  }
}
