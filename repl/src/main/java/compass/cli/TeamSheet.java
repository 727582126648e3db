package compass.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import compass.api.RunResult;
import compass.result.TeamSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The teams section of a run under a `budget` (issue 15: cost of sales per team): per team and
 * period, its budget, what its members earned before and after scaling to the budget, the amount
 * the budget shows cost of sales against, and cost of sales (earned / that amount). The table
 * writes it after the statement; JSON as the key {@code teams}; CSV leaves it out (one table).
 */
final class TeamSheet {
  static final List<String> COLUMNS =
      List.of(
          "team",
          "period",
          "budget",
          "before_budget",
          "earned",
          "bookings",
          "cost_of_sales",
          "currency");

  private TeamSheet() {}

  /** The section for the table format: a title line and aligned columns; "" without teams. */
  static String table(RunResult result) {
    if (result.teams().isEmpty()) return "";
    List<List<Cell>> rows = new ArrayList<>();
    for (TeamSummary t : result.teams()) {
      rows.add(
          List.of(
              new Cell.Text(t.team()),
              new Cell.Text(t.period()),
              new Cell.Amount(t.budget()),
              new Cell.Amount(t.beforeBudget()),
              new Cell.Amount(t.earned()),
              new Cell.Amount(t.bookings()),
              new Cell.Text(t.costOfSales() == null ? "" : percent(t.costOfSales())),
              new Cell.Text(t.currency())));
    }
    Sheet sheet = new Sheet("teams", COLUMNS, rows, 4, 7);
    return "\nteams (budget by team: earned after scaling, cost of sales = earned / bookings)\n"
        + TableFormat.write(sheet);
  }

  /** The key {@code teams} of the JSON output; nothing without teams. */
  static void json(JsonGenerator json, RunResult result) throws IOException {
    if (result.teams().isEmpty()) return;
    json.writeArrayFieldStart("teams");
    for (TeamSummary t : result.teams()) {
      json.writeStartObject();
      json.writeStringField("team", t.team());
      json.writeStringField("period", t.period());
      number(json, "budget", t.budget());
      number(json, "before_budget", t.beforeBudget());
      number(json, "earned", t.earned());
      number(json, "bookings", t.bookings());
      number(
          json,
          "cost_of_sales",
          t.costOfSales() == null ? null : t.costOfSales().setScale(6, RoundingMode.HALF_EVEN));
      json.writeStringField("currency", t.currency());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void number(JsonGenerator json, String key, BigDecimal v) throws IOException {
    json.writeFieldName(key);
    if (v == null) json.writeNull();
    else json.writeNumber(v);
  }

  /** A fraction as a percent with two decimals: 0.0833333 as {@code 8.33%}. */
  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}
