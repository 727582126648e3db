package compass.eval;

import compass.ast.Decl;
import compass.ast.Step;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the runs of {@code compass test} reached: definitions evaluated, components that earned a
 * non-zero amount for some participant and period, tier bands the base got into. Only test runs
 * record it; a plain run has no coverage and its compiled nodes carry no hook at all, so `run`
 * stays as fast as before. Participants are evaluated in parallel, hence the concurrent sets.
 */
public final class Coverage {
  private final Set<Decl.Definition> definitions =
      Collections.newSetFromMap(new ConcurrentHashMap<>());
  private final Set<Decl.Component> components =
      Collections.newSetFromMap(new ConcurrentHashMap<>());
  private final Set<Step.Band> bands = Collections.newSetFromMap(new ConcurrentHashMap<>());

  void reach(Decl.Definition d) {
    definitions.add(d);
  }

  void reach(Decl.Component c) {
    components.add(c);
  }

  void reach(Step.Band b) {
    bands.add(b);
  }

  public boolean reached(Decl.Definition d) {
    return definitions.contains(d);
  }

  public boolean reached(Decl.Component c) {
    return components.contains(c);
  }

  public boolean reached(Step.Band b) {
    return bands.contains(b);
  }
}
