package compass.syntax;

import compass.ast.Decl;
import compass.ast.Plan;
import java.util.List;

/**
 * A plan with declarations replaced or added by the rules of {@code extends} (the REPL's what-ifs).
 */
public final class PlanChanges {
  private PlanChanges() {}

  public static Plan apply(Plan base, List<Decl> changes) {
    return new Plan(base.file(), base.header(), PlanMerge.decls(base.decls(), changes));
  }
}
