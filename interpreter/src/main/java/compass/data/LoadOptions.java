package compass.data;

import java.util.List;
import java.util.Set;

/**
 * What values in the data must refer to: the plan's stages in order (a STAGE cell stores its
 * index) and the known person ids (null skips the check, as when loading the people table itself).
 */
public record LoadOptions(List<String> stages, Set<String> personIds) {

  public LoadOptions {
    stages = stages == null ? List.of() : List.copyOf(stages);
  }
}
