package compass.eval;

import compass.ast.Decl;
import compass.check.CheckedPlan;
import compass.check.ParticipantSources;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.LoadOptions;
import compass.data.RowPlace;
import compass.data.Table;
import compass.data.TableEdit;
import compass.data.TableLoader;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Csv;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.source.DataLocation;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Issue 14: the participants of a run once every table is loaded. Without a people file they are
 * every person named in a person column of any input, ordered by id, with an id and a role; with
 * one, they are its rows. Either way `everyone in T.F is role R` then gives role R to everyone
 * found in column F of T: a participant has one role, so a person given two roles (by two rules, or
 * by a rule and a different role in the people file) is an error (E0545); a people file's empty
 * role cell takes the rule's role. (One manager per person in a `through T.F` table is the table's
 * key: a second row for a person is E0540.)
 */
public final class Participants {
  private Participants() {}

  /**
   * Whether the plan's people come from its data: then the tables after people are read without
   * checking their person columns against a people file ({@link #resolve} builds the people).
   */
  public static boolean fromData(CheckedPlan plan) {
    return ParticipantSources.fromData(plan.ast());
  }

  /**
   * The people of the run: {@code people} (the loaded people file) with the roles of `everyone in`,
   * or, when it is null, the people found in {@code deals} and {@code others}. Null after errors
   * (reported in diags).
   */
  public static Table resolve(
      CheckedPlan plan, Table people, Table deals, Map<String, Table> others, Diagnostics diags) {
    Map<String, Table> tables = new LinkedHashMap<>();
    if (people != null) tables.put("people", people);
    if (deals != null) tables.put(deals.name(), deals);
    tables.putAll(others);
    int before = diags.errorCount();
    Map<String, Given> roles = roles(plan, tables, diags);
    if (diags.errorCount() > before) return null;
    return people == null ? fromData(plan, tables, roles, diags) : withRoles(people, roles, diags);
  }

  /** A role and where it was given: the rule and the cell, for the message of a conflict. */
  private record Given(String role, Decl.Everyone rule, DataLocation at) {}

  private static Map<String, Given> roles(
      CheckedPlan plan, Map<String, Table> tables, Diagnostics diags) {
    Map<String, Given> out = new HashMap<>();
    for (Decl.Everyone rule : ParticipantSources.roleRules(plan.ast())) {
      Table t = tables.get(rule.table().text());
      if (t == null || !(t.column(rule.field().text()) instanceof TextColumn column)) continue;
      String role = rule.role().text();
      for (int row = 0; row < t.rowCount(); row++) {
        if (!column.isPresent(row)) continue;
        String id = column.get(row);
        Given had = out.get(id);
        if (had == null) {
          out.put(id, new Given(role, rule, null));
        } else if (!had.role().equals(role)) {
          diags.add(
              Diagnostic.error(
                      Code.E0545,
                      RowPlace.cell(t, row, rule.field().text()),
                      id
                          + " is given two roles: `"
                          + had.role()
                          + "` (everyone in "
                          + column(had.rule())
                          + ") and `"
                          + role
                          + "` (everyone in "
                          + column(rule)
                          + ")")
                  .withHint(
                      "a participant has one role: give the roles from columns that name "
                          + "different people, or correct the data"));
          return out;
        }
      }
    }
    return out;
  }

  private static String column(Decl.Everyone rule) {
    return rule.table().text() + "." + rule.field().text();
  }

  /** The people file with the roles of the rules in its empty `role` cells. */
  private static Table withRoles(Table people, Map<String, Given> roles, Diagnostics diags) {
    if (roles.isEmpty() || !(people.column("role") instanceof TextColumn role)) return people;
    TextColumn ids = (TextColumn) people.column("id");
    int field = people.fieldIndex("role");
    TableEdit edit = new TableEdit(people);
    boolean changed = false;
    for (int row = 0; row < people.rowCount(); row++) {
      Given given = roles.get(ids.get(row));
      if (given == null) continue;
      if (!role.isPresent(row)) {
        edit.change(row, field, given.role());
        changed = true;
      } else if (!role.get(row).equals(given.role())) {
        diags.add(
            Diagnostic.error(
                    Code.E0545,
                    RowPlace.cell(people, row, "role"),
                    ids.get(row)
                        + " has role `"
                        + role.get(row)
                        + "` in the people file, but everyone in "
                        + column(given.rule())
                        + " is role `"
                        + given.role()
                        + "`")
                .withHint(
                    "a participant has one role: leave the cell empty to take the rule's role, "
                        + "or correct it"));
        return null;
      }
    }
    return changed ? edit.build() : people;
  }

  /** Every person named in a person column of any table, ordered by id, with their role. */
  private static Table fromData(
      CheckedPlan plan, Map<String, Table> tables, Map<String, Given> roles, Diagnostics diags) {
    TreeSet<String> ids = new TreeSet<>();
    for (Table t : tables.values())
      for (FieldSpec f : t.schema().fields()) {
        if (f.type() != ColumnType.PERSON) continue;
        TextColumn column = (TextColumn) t.column(f.name());
        for (int row = 0; row < t.rowCount(); row++)
          if (column.isPresent(row)) ids.add(column.get(row));
      }
    StringBuilder csv = new StringBuilder("id,role\n");
    for (String id : ids) {
      Given role = roles.get(id);
      csv.append(Csv.quote(id))
          .append(',')
          .append(role == null ? "" : Csv.quote(role.role()))
          .append('\n');
    }
    return TableLoader.loadText(plan.people(), csv.toString(), new LoadOptions(null, null), diags);
  }
}
