package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.data.TableSchema;
import java.util.List;

/**
 * The checked rules around components (SEMANTICS 3, 4, 10, 11, 13, overrides): who is credited with
 * what share, currency conversion, the ramp, draws, the clawback and overrides. Field numbers index
 * the deals table's declared fields; -1 when absent. {@code leaving}: the clawback on a participant
 * leaving, or null.
 */
public record PayRules(
    List<Target> targets,
    boolean overlay,
    TableSchema splits,
    Decl.RollUp rollUp,
    Decl.Convert convert,
    TableSchema fx,
    int currencyField,
    int convertDateField,
    List<Expr> ramp,
    List<Decl.Draw> draws,
    Decl.Clawback clawback,
    int clawbackDateField,
    int termField,
    List<Decl.Override> overrides,
    Decl.Clawback leaving) {

  /**
   * Whether any clawback applies: on cancellation ({@link #clawback}, whose date is a field of the
   * deals) or on the participant leaving ({@link #leaving}, a date field of the people).
   */
  public boolean clawsBack() {
    return clawback != null || leaving != null;
  }

  /** A person field of the deal credited with a share (null: 100%). */
  public record Target(int field, Expr share) {}

  public static PayRules none() {
    return crediting(List.of(), false, null, Decl.RollUp.NONE);
  }

  /**
   * The rules of one credit rule alone: who is credited and how (targets, overlay, splits,
   * roll-up), with none of the plan-wide rules (conversion, ramp, draws, clawback, overrides).
   */
  public static PayRules crediting(
      List<Target> targets, boolean overlay, TableSchema splits, Decl.RollUp rollUp) {
    return new PayRules(
        targets, overlay, splits, rollUp, null, null, -1, -1, List.of(), List.of(), null, -1, -1,
        List.of(), null);
  }
}
