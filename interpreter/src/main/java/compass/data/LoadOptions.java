package compass.data;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What values in the data must refer to: the plan's stages in order (a STAGE cell stores its index)
 * and the known person ids (null skips the check, as when loading the people table itself).
 * keepGoing: a row with a problem is left out of the table and listed in {@link Table#rejects}
 * instead of stopping the run (problems not about one row still stop it). periodLabels: which
 * labels a PERIOD cell may hold, the plan's calendar (null skips the check).
 */
public record LoadOptions(
    List<String> stages, Set<String> personIds, boolean keepGoing, Predicate<String> periodLabels) {

  public LoadOptions {
    stages = stages == null ? List.of() : List.copyOf(stages);
  }

  public LoadOptions(List<String> stages, Set<String> personIds) {
    this(stages, personIds, false, null);
  }

  public LoadOptions(List<String> stages, Set<String> personIds, boolean keepGoing) {
    this(stages, personIds, keepGoing, null);
  }
}
