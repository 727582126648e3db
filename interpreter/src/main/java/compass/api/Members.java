package compass.api;

import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.Table;
import compass.data.TextColumn;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose forecast to show: one participant, or the members of a team, that is the people whose
 * `team` field (else any other text field of the people, such as `region`) holds the name given.
 */
final class Members {
  private Members() {}

  /** Null for everyone; empty after an error (E0790, in diags). */
  static Set<String> of(Table people, String participant, String team, Diagnostics diags) {
    if (participant == null && team == null) return null;
    TextColumn ids = (TextColumn) people.column("id");
    List<String> all = new ArrayList<>();
    for (int r = 0; r < people.rowCount(); r++) all.add(ids.get(r));
    if (participant != null) {
      if (all.contains(participant)) return Set.of(participant);
      diags.error(
          Code.E0790,
          null,
          "no participant `" + participant + "`",
          Suggestions.hint(participant, all));
      return Set.of();
    }
    List<FieldSpec> fields = new ArrayList<>(people.schema().fields());
    fields.sort((a, b) -> Boolean.compare(!a.name().equals("team"), !b.name().equals("team")));
    Set<String> values = new TreeSet<>();
    for (FieldSpec f : fields) {
      if (f.type() != ColumnType.TEXT || f.name().equals("id")) continue;
      TextColumn column = (TextColumn) people.column(f.name());
      Set<String> members = new TreeSet<>();
      for (int r = 0; r < people.rowCount(); r++) {
        if (!column.isPresent(r)) continue;
        values.add(column.get(r));
        if (team.equals(column.get(r))) members.add(ids.get(r));
      }
      if (!members.isEmpty()) return members;
    }
    diags.error(
        Code.E0790,
        null,
        "no team `" + team + "`: no person's team (or other field) is `" + team + "`",
        Suggestions.hint(team, values));
    return Set.of();
  }
}
