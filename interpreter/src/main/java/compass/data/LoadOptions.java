package compass.data;

import java.util.List;
import java.util.Set;

/**
 * What values in the data must refer to: the plan's stages in order (a STAGE cell stores its
 * index) and the known person ids (null skips the check, as when loading the people table itself).
 * keepGoing: a row with a problem is left out of the table and listed in {@link Table#rejects}
 * instead of stopping the run (problems not about one row still stop it).
 */
public record LoadOptions(List<String> stages, Set<String> personIds, boolean keepGoing) {

  public LoadOptions {
    stages = stages == null ? List.of() : List.copyOf(stages);
  }

  public LoadOptions(List<String> stages, Set<String> personIds) {
    this(stages, personIds, false);
  }
}
