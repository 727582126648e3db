package compass.session;

import compass.check.CheckedPlan;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.Table;
import compass.data.TableEdit;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import compass.source.Location;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A deal what-if as an edited copy of the deals table: a new deal with the values given and
 * sensible defaults for the rest, other values for a deal, or a deal removed.
 */
final class DealEdits {
  /** The deals table after one deal what-if, and the row it touched before and after (-1: none). */
  record Edit(Table table, int oldRow, int newRow) {}

  /** Says whether an id is a participant, reporting it at {@code at} when not. */
  interface Participants {
    boolean know(String id, Location at, Diagnostics diags);
  }

  private final CheckedPlan plan;
  private final Participants participants;
  private final DealIds ids;

  DealEdits(CheckedPlan plan, Participants participants, DealIds ids) {
    this.plan = plan;
    this.participants = participants;
    this.ids = ids;
  }

  /**
   * The deals with the what-if's change; null after errors. {@code number}: the N of a new deal's
   * id `what-if-N`.
   */
  Edit apply(Table deals, WhatIf w, int number, Diagnostics diags) {
    Edit edit = edit(deals, w, number, diags);
    if (edit != null) ids.edited(deals, edit);
    return edit;
  }

  private Edit edit(Table deals, WhatIf w, int number, Diagnostics diags) {
    if (deals == null) {
      diags.error(Code.E0734, null, "this plan reads no deals");
      return null;
    }
    List<FieldSpec> fields = deals.schema().fields();
    TableEdit edit = new TableEdit(deals);
    if (w instanceof WhatIf.AddDeal add) {
      Object[] row = new Object[fields.size()];
      Set<Integer> given = new java.util.HashSet<>();
      WhatIf.FieldValue dateGiven = null;
      for (WhatIf.FieldValue v : add.values()) {
        int f = field(deals, v, diags);
        if (f < 0) return null;
        Object value = value(fields.get(f), v, diags);
        if (value == null || !newId(deals, fields.get(f), v, -1, diags)) return null;
        row[f] = value;
        given.add(f);
        if (f == plan.creditDateField()) dateGiven = v;
      }
      defaults(fields, row, given, number, deals);
      warnOutsidePlanDates(row[plan.creditDateField()], dateGiven, diags);
      return new Edit(edit.add(row).build(), -1, deals.rowCount());
    }
    WhatIf.FieldValue id =
        w instanceof WhatIf.ChangeDeal c ? c.deal() : ((WhatIf.RemoveDeal) w).deal();
    int row = dealRow(deals, id.text());
    if (row < 0) {
      diags.add(
          Diagnostic.error(Code.E0734, id.span(), "no deal `" + id.text() + "` in the deals data"));
      return null;
    }
    if (w instanceof WhatIf.RemoveDeal) return new Edit(edit.remove(row).build(), row, -1);
    for (WhatIf.FieldValue v : ((WhatIf.ChangeDeal) w).values()) {
      int f = field(deals, v, diags);
      if (f < 0) return null;
      Object value = value(fields.get(f), v, diags);
      if (value == null || !newId(deals, fields.get(f), v, row, diags)) return null;
      edit.change(row, f, value);
      if (f == plan.creditDateField()) warnOutsidePlanDates(value, v, diags);
    }
    return new Edit(edit.build(), row, row);
  }

  private Object value(FieldSpec field, WhatIf.FieldValue v, Diagnostics diags) {
    Object value = DealValues.parse(field, v, plan, diags);
    if (value != null
        && field.type() == ColumnType.PERSON
        && !participants.know((String) value, v.span(), diags)) return null;
    return value;
  }

  /** The field a value is for; -1 after reporting an unknown one. */
  private int field(Table deals, WhatIf.FieldValue v, Diagnostics diags) {
    switch (v.field()) {
      case WhatIf.OWNER:
        return plan.creditTargetField();
      case WhatIf.DATE:
        return plan.creditDateField();
      case WhatIf.AMOUNT:
        {
          List<FieldSpec> fields = deals.schema().fields();
          for (int i = 0; i < fields.size(); i++)
            if (fields.get(i).type() == ColumnType.MONEY) return i;
          diags.add(
              Diagnostic.error(
                  Code.E0734, v.span(), "the deals have no money field for an amount"));
          return -1;
        }
      default:
        {
          int f = deals.fieldIndex(v.field());
          if (f < 0) {
            diags.add(
                Diagnostic.error(
                        Code.E0734, v.fieldSpan(), "the deals have no field `" + v.field() + "`")
                    .withHint(
                        Suggestions.hint(
                            v.field(),
                            deals.schema().fields().stream().map(FieldSpec::name).toList())));
          }
          return f;
        }
    }
  }

  /**
   * Values for the fields a new deal was not given: an id `what-if-N`, the stage `closed_won` (or
   * the plan's last stage), the crediting date for other dates, zero for required numbers.
   */
  private void defaults(
      List<FieldSpec> fields, Object[] row, Set<Integer> given, int number, Table deals) {
    Object date = row[plan.creditDateField()];
    for (int f = 0; f < fields.size(); f++) {
      if (given.contains(f)) continue;
      FieldSpec field = fields.get(f);
      if (field.name().equals("id") && field.type() == ColumnType.TEXT) {
        row[f] = freeId(deals, number);
        continue;
      }
      if (field.optional() && field.type() != ColumnType.STAGE) continue; // left empty
      List<String> stages = plan.stages();
      row[f] =
          switch (field.type()) {
            case STAGE ->
                stages.contains("closed_won") ? stages.indexOf("closed_won") : stages.size() - 1;
            case DATE -> date;
            case INTEGER -> 0L;
            case MONEY, NUMBER, PERCENT -> BigDecimal.ZERO;
            case TEXT, PERSON, PERIOD, BOOL -> null; // no sensible default: empty
          };
    }
  }

  /**
   * False after E0740 when {@code v} gives the deal id of another deal ({@code except}: the row
   * being changed): two deals with one id would make every later `what if deal ID` ambiguous, and
   * the data never has them (E0508).
   */
  private boolean newId(
      Table deals, FieldSpec field, WhatIf.FieldValue v, int except, Diagnostics diags) {
    if (!field.name().equals("id") || field.type() != ColumnType.TEXT) return true;
    int other = dealRow(deals, v.text());
    if (other < 0 || other == except) return true;
    diags.add(
        Diagnostic.error(Code.E0740, v.span(), "a deal with id `" + v.text() + "` already exists")
            .withHint(
                "give the deal an id no other deal has, or change deal "
                    + v.text()
                    + " itself: what if deal "
                    + v.text()
                    + " has FIELD = VALUE"));
    return false;
  }

  /** `what-if-N`, or the next N free when the data already has a deal of that id. */
  private String freeId(Table deals, int number) {
    String id = "what-if-" + number;
    while (dealRow(deals, id) >= 0) id = "what-if-" + ++number;
    return id;
  }

  /**
   * W0740 when a what-if deal's crediting date is outside the plan's effective dates: the what-if
   * still applies, but a date in no pay period credits nothing, which a "no payout changed" answer
   * alone would not explain.
   */
  private void warnOutsidePlanDates(Object date, WhatIf.FieldValue at, Diagnostics diags) {
    if (!(date instanceof LocalDate d) || plan.periods().isEmpty()) return;
    compass.ast.Header h = plan.ast().header();
    LocalDate from = h.effectiveFrom() != null ? h.effectiveFrom() : plan.periods().get(0).start();
    LocalDate to =
        h.effectiveTo() != null
            ? h.effectiveTo()
            : plan.periods().get(plan.periods().size() - 1).end();
    if (!d.isBefore(from) && !d.isAfter(to)) return;
    String credited = "the deal is not credited (it falls in no pay period of the plan)";
    for (compass.calendar.Period p : plan.periods()) {
      if (!d.isBefore(p.start()) && !d.isAfter(p.end()))
        credited = "the deal is still credited, in " + p.label();
    }
    diags.warning(
        Code.W0740,
        at == null ? null : at.span(),
        d + " is outside the plan's effective dates (" + from + " to " + to + "): " + credited,
        "to see the deal paid, give a date from " + from + " to " + to);
  }

  private int dealRow(Table deals, String id) {
    return ids.row(deals, id);
  }
}
