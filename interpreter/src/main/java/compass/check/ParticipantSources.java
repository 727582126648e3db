package compass.check;

import compass.ast.Decl;
import compass.ast.Named;
import compass.ast.Plan;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Label;
import compass.diag.Suggestions;
import compass.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 14: where a plan's participants, their roles and their managers come from. With a people
 * file, from it; without one, from the data: everyone named in a person column of any input is a
 * participant (and has only an id and a role). {@code everyone in teams.manager is role manager}
 * gives a role to everyone found in a column; {@code roll up ... through teams.manager} reads the
 * manager chain from a table keyed by the person who reports. Everything here is read from the AST,
 * so the checked plan needs no field of its own for it.
 */
public final class ParticipantSources {
  /** The name shown for the participants a plan with no people file finds in its data. */
  public static final String FROM_DATA = "the participants found in the data";

  private ParticipantSources() {}

  /** Whether the plan has no people file, so its participants come from its person columns. */
  public static boolean fromData(Plan plan) {
    for (Decl.Input in : plan.all(Decl.Input.class))
      if (in.table().text().equals("people")) return false;
    return true;
  }

  /**
   * The people schema of a plan with no people file: an id and a role, read from no file. Null
   * (reported, E0405) when no input has a person field, so there is no one to pay.
   */
  static TableSchema peopleFromData(Map<String, TableSchema> tables, Span header, Diagnostics d) {
    boolean anyPerson =
        tables.values().stream()
            .anyMatch(t -> t.fields().stream().anyMatch(f -> f.type() == ColumnType.PERSON));
    if (!anyPerson) {
      d.error(
          Code.E0405,
          header,
          "the plan has no participants: it declares no `people` input and no `person` field",
          "add `input people from \"people.csv\":` with at least the field `id: text`, or declare "
              + "the column that names who is paid as `person` (e.g. `owner: person`)");
      return null;
    }
    return new TableSchema(
        "people",
        FROM_DATA,
        List.of(
            new FieldSpec("id", "id", ColumnType.TEXT, false, null),
            new FieldSpec("role", "role", ColumnType.TEXT, true, null)),
        null);
  }

  /** The roles given by `everyone in T.F is role R`, in the order the plan writes them. */
  public static List<Decl.Everyone> roleRules(Plan plan) {
    return plan.all(Decl.Everyone.class);
  }

  /** The reporting line of `roll up ... through T.F`, or null: the people file's `manager`. */
  public static Decl.ReportingLine reportingLine(Plan plan) {
    List<Decl.ReportingLine> lines = plan.all(Decl.ReportingLine.class);
    return lines.isEmpty() ? null : lines.get(0);
  }

  /** Whether managers are known: a reporting line, or a `manager` field of the people file. */
  static boolean managersKnown(Plan plan, TableSchema people) {
    return reportingLine(plan) != null || Checker.fieldIndex(people, "manager") >= 0;
  }

  /** The hint of an unknown name that a people file would give (`target_incentive`), or null. */
  static String peopleFieldHint(Plan plan, String name) {
    if (!fromData(plan)) return null;
    return "the participants come from the data and have only an id and a role: for `"
        + name
        + "`, add a people file, `input people from \"people.csv\":` with `id: text` and `"
        + name
        + "`";
  }

  /** Checks `everyone in` and `through`: the table, the person field, the key of the line. */
  static void check(Plan plan, Map<String, TableSchema> tables, TableSchema people, Diagnostics d) {
    List<Decl.Everyone> rules = roleRules(plan);
    for (Decl.Everyone e : rules) personField(e.table(), e.field(), tables, d, "`everyone in`");
    if (!rules.isEmpty() && !fromData(plan) && Checker.fieldIndex(people, "role") < 0) {
      d.error(
          Code.E0426,
          rules.get(0).span(),
          "`everyone in` gives a role, but the people input has no `role` field",
          "add `role: text optional` to the people input; the rule gives its role to the people "
              + "whose cell is empty");
    }
    List<Decl.ReportingLine> lines = plan.all(Decl.ReportingLine.class);
    for (int i = 1; i < lines.size(); i++) {
      if (sameColumn(lines.get(i), lines.get(0))) continue;
      d.error(
          Code.E0427,
          lines.get(i).span(),
          "the plan reads its managers from two columns: "
              + name(lines.get(0))
              + " and "
              + name(lines.get(i)),
          "roll every credit up through the same column");
    }
    if (!lines.isEmpty()) reportingLine(lines.get(0), tables, d);
  }

  private static boolean sameColumn(Decl.ReportingLine a, Decl.ReportingLine b) {
    return name(a).equals(name(b));
  }

  private static String name(Decl.ReportingLine l) {
    return "`" + l.table().text() + "." + l.field().text() + "`";
  }

  /** `through teams.manager`: a person field of a table keyed by one person field, the report. */
  private static void reportingLine(
      Decl.ReportingLine line, Map<String, TableSchema> tables, Diagnostics d) {
    TableSchema t = personField(line.table(), line.field(), tables, d, "`through`");
    if (t == null) return;
    String key = t.keys().size() == 1 ? t.keys().get(0) : null;
    FieldSpec keyField = key == null ? null : t.fields().get(Checker.fieldIndex(t, key));
    if (keyField != null
        && keyField.type() == ColumnType.PERSON
        && !key.equals(line.field().text())) {
      return;
    }
    String person =
        t.fields().stream()
            .filter(f -> f.type() == ColumnType.PERSON && !f.name().equals(line.field().text()))
            .map(FieldSpec::name)
            .findFirst()
            .orElse("sales_agent");
    d.error(
        Code.E0427,
        line.table().span(),
        t.keys().isEmpty()
            ? "`"
                + t.name()
                + "` is not keyed, so the roll-up cannot tell whose manager a row names"
            : "`"
                + t.name()
                + "` must be keyed by one person field, the person who reports to `"
                + line.field().text()
                + "`",
        "declare the input `input " + t.name() + " from \"" + t.file() + "\" key " + person + ":`");
  }

  /** The table of `T.F` when F is one of its person fields; null (reported) otherwise. */
  private static TableSchema personField(
      Named table, Named field, Map<String, TableSchema> tables, Diagnostics d, String what) {
    TableSchema t = tables.get(table.text());
    if (t == null) {
      d.error(
          Code.E0301,
          table.span(),
          "no input named `" + table.text() + "`",
          Suggestions.hint(table.text(), tables.keySet()));
      return null;
    }
    int i = Checker.fieldIndex(t, field.text());
    if (i < 0) {
      d.error(
          Code.E0302,
          field.span(),
          "`" + t.name() + "` has no field `" + field.text() + "`",
          Suggestions.hint(field.text(), t.fields().stream().map(FieldSpec::name).toList()));
      return null;
    }
    FieldSpec f = t.fields().get(i);
    if (f.type() != ColumnType.PERSON) {
      List<Label> labels = new ArrayList<>();
      if (f.span() != null) labels.add(new Label(f.span(), "declared here"));
      Diagnostic diag =
          Diagnostic.error(
                  Code.E0425,
                  field.span(),
                  what
                      + " needs a person field, but `"
                      + t.name()
                      + "."
                      + f.name()
                      + "` is declared as "
                      + f.type().name().toLowerCase(Locale.ROOT))
              .withHint(
                  "name a column of people (declared `person`), such as a manager or an owner");
      for (Label l : labels) diag = diag.withLabel(l);
      d.add(diag);
      return null;
    }
    return t;
  }

  /**
   * The columns read to find participants, roles and managers (W0104, W0105): the columns of
   * `everyone in` and `through` with the key of the line, and, with no people file, every person
   * field, since each names participants.
   */
  static void columnsRead(CheckedPlan plan, Map<String, java.util.Set<String>> read) {
    for (Decl.Everyone e : roleRules(plan.ast()))
      if (read.containsKey(e.table().text())) read.get(e.table().text()).add(e.field().text());
    Decl.ReportingLine line = reportingLine(plan.ast());
    if (line != null && read.containsKey(line.table().text())) {
      read.get(line.table().text()).add(line.field().text());
      for (TableSchema t : plan.tables())
        if (t.name().equals(line.table().text())) read.get(t.name()).addAll(t.keys());
    }
    if (!fromData(plan.ast())) return;
    for (TableSchema t : plan.tables())
      for (FieldSpec f : t.fields())
        if (f.type() == ColumnType.PERSON && read.containsKey(t.name()))
          read.get(t.name()).add(f.name());
  }
}
