package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Plan;
import compass.calendar.FiscalCalendar;
import compass.calendar.Frequency;
import compass.calendar.Period;
import compass.data.TableSchema;
import compass.types.Type;
import compass.value.Currency;
import compass.value.RoundingPolicy;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan that passed the checker: settings resolved, every name bound to a {@link Symbol}, every
 * expression typed, definitions in dependency order. Only a checked plan can be compiled.
 */
public record CheckedPlan(
    Plan ast,
    String name,
    String version,
    Currency currency,
    RoundingPolicy rounding,
    FiscalCalendar calendar,
    Frequency frequency,
    List<Period> periods,
    List<String> stages,
    TableSchema people,
    TableSchema deals,
    Map<String, TableSchema> otherTables,
    Decl.Credit credit,
    int creditTargetField,
    int creditDateField,
    List<Decl.Definition> definitions,
    Map<String, Type> definitionTypes,
    Set<String> dealLevelDefinitions,
    Map<String, Decl.When> whenRules,
    List<Decl.Component> components,
    IdentityHashMap<Expr, Type> types,
    IdentityHashMap<Expr, Symbol> symbols,
    PayRules rules,
    Sources sources) {

  /**
   * Issue 16: whether prior-period adjustments wait for the plan year's last period ({@code
   * adjustments held to year end}) rather than being paid in the first open period.
   */
  public boolean heldAdjustments() {
    return ast.header() != null
        && ast.header().adjustments() != null
        && ast.header().adjustments().text().equals(compass.ast.Header.HELD_TO_YEAR_END);
  }

  public Type typeOf(Expr e) {
    return types.getOrDefault(e, Type.ERROR);
  }

  public Symbol symbolOf(Expr e) {
    return symbols.get(e);
  }

  /**
   * This plan as the evaluator sees one credit source: the source's rows as its deals, credited by
   * the source's rule. The other settings, definitions and components are the plan's; the currency
   * conversion and the clawback of the source's table are kept (they are rules on the table, so
   * they hold for every rule crediting it); the draws are settled once per participant on the
   * plan's own data, so a view has none.
   */
  public CheckedPlan forSource(CreditSource s) {
    PayRules r = s.rules() == null ? PayRules.none() : s.rules();
    // a second rule on the converted table (`credit deals ... as sourced`) reads the same amounts,
    // so they are converted the same way: an SDR's 2% of a EUR deal is 2% of its USD value
    boolean converted =
        rules.convert() != null && rules.convert().table().text().equals(s.table().name());
    PayRules own =
        new PayRules(
            r.targets(),
            r.overlay(),
            r.splits(),
            r.rollUp(),
            converted ? rules.convert() : null,
            converted ? rules.fx() : null,
            converted ? rules.currencyField() : -1,
            converted ? rules.convertDateField() : -1,
            rules.ramp(),
            List.of(),
            clawsBack(s) ? rules.clawback() : null,
            clawsBack(s) ? rules.clawbackDateField() : -1,
            clawsBack(s) ? rules.termField() : -1,
            rules.overrides(),
            clawsBack(s) ? rules.leaving() : null);
    return new CheckedPlan(
        ast,
        name,
        version,
        currency,
        rounding,
        calendar,
        frequency,
        periods,
        stages,
        people,
        s.table(),
        otherTables,
        s.rule(),
        s.targetField(),
        s.dateField(),
        definitions,
        definitionTypes,
        dealLevelDefinitions,
        whenRules,
        components,
        types,
        symbols,
        own,
        sources);
  }

  /**
   * Whether the plan's clawback reverses the rows of this source: the clawback is on the default
   * source's table (`clawback ... on cancel_date` names its field), so it holds for every rule
   * crediting that table (SEMANTICS 11: the SDR credited through `credit deals ... as sourced`
   * gives back a cancelled deal's commission as the owner does), and for no other table.
   */
  public boolean clawsBack(CreditSource s) {
    return rules.clawsBack() && deals != null && s.table().name().equals(deals.name());
  }

  /** Every table the plan reads, people first (when it has a people file). */
  public List<TableSchema> tables() {
    var all = new java.util.ArrayList<TableSchema>();
    if (!ParticipantSources.fromData(ast)) all.add(people); // else read from no file
    if (deals != null) all.add(deals);
    all.addAll(otherTables.values());
    return all;
  }
}
