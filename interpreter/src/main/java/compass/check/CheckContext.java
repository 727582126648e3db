package compass.check;

import compass.ast.Expr;
import compass.ast.Plan;
import compass.calendar.FiscalCalendar;
import compass.calendar.Frequency;
import compass.data.TableSchema;
import compass.diag.Diagnostics;
import compass.types.Type;
import compass.value.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What the checker's passes share: the plan's settings, tables and the typing results. */
final class CheckContext {
  final Plan plan;
  final Diagnostics diags;
  final Currency currency;
  final FiscalCalendar calendar;
  final Frequency frequency;
  final List<String> stages;
  final TableSchema people;
  final TableSchema deals;
  final Map<String, TableSchema> otherTables;
  final IdentityHashMap<Expr, Type> types = new IdentityHashMap<>();
  final IdentityHashMap<Expr, Symbol> symbols = new IdentityHashMap<>();

  CheckContext(
      Plan plan,
      Diagnostics diags,
      Currency currency,
      FiscalCalendar calendar,
      Frequency frequency,
      List<String> stages,
      TableSchema people,
      TableSchema deals,
      Map<String, TableSchema> otherTables) {
    this.plan = plan;
    this.diags = diags;
    this.currency = currency;
    this.calendar = calendar;
    this.frequency = frequency;
    this.stages = stages;
    this.people = people;
    this.deals = deals;
    this.otherTables = otherTables;
  }
}
