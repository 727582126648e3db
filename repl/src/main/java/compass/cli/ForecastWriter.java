package compass.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import compass.diag.Printable;
import compass.result.Forecast;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * `compass forecast` output (issue 18): a table for people, CSV (one row per participant and open
 * period, then the totals) and JSON (everything). Columns and keys are public interface.
 */
public final class ForecastWriter {
  static final List<String> COLUMNS =
      List.of(
          "participant",
          "period",
          "earned_so_far",
          "stage_weighted",
          "mean",
          "p10",
          "p50",
          "p90",
          "all_won",
          "currency");

  private ForecastWriter() {}

  static String write(Forecast f, Format format) {
    return switch (format) {
      case TABLE -> table(f);
      case CSV -> csv(f);
      case JSON -> json(f);
    };
  }

  // ---- table ------------------------------------------------------------------------------

  /** The table `compass forecast` prints, and the REPL's `forecast`. */
  public static String table(Forecast f) {
    StringBuilder out = new StringBuilder();
    out.append("forecast of ")
        .append(Printable.escape(f.planName()))
        .append(" as of ")
        .append(f.asOf())
        .append(": ")
        .append(String.format(java.util.Locale.ROOT, "%,d", f.runs()))
        .append(" runs, seed ")
        .append(f.seed())
        .append('\n');
    if (!f.slips().isEmpty()) {
      out.append("close dates of won deals slip (")
          .append(f.slipFromCommandLine() ? "--slip" : "the plan's")
          .append("): ");
      for (int i = 0; i < f.slips().size(); i++) {
        Forecast.Slip s = f.slips().get(i);
        out.append(i == 0 ? "" : ", ")
            .append(Printable.escape(s.stage()))
            .append(' ')
            .append(s.fromDays())
            .append(" to ")
            .append(s.toDays())
            .append(" days");
      }
      out.append('\n');
    }
    out.append(f.openDeals()).append(" open deals");
    if (f.overdueDeals() > 0)
      out.append(" (")
          .append(f.overdueDeals())
          .append(" overdue: expected to close the day after ")
          .append(f.asOf())
          .append(")");
    out.append("; win rates ").append(f.learnedRates() ? "learned from the data" : "from the plan");
    out.append(":\n");
    for (Forecast.StageRate r : f.rates())
      out.append("  ")
          .append(Printable.escape(r.stage()))
          .append(' ')
          .append(percent(r.rate()))
          .append(r.kind().equals("open") ? "" : " (" + r.kind() + ")")
          .append('\n');
    out.append('\n');
    List<String[]> lines = new ArrayList<>();
    lines.add(COLUMNS.toArray(String[]::new));
    for (Forecast.Row r : f.rows()) lines.add(cells(r, f.currency()));
    for (Forecast.Row r : f.totals()) lines.add(cells(r, f.currency()));
    lines.add(cells(f.year(), f.currency()));
    out.append(render(lines));
    out.append(
        "\nearned_so_far: deals credited up to the as-of date; stage_weighted: each open deal won at"
            + " amount x win rate;\nmean, p10, p50, p90: over the simulated runs (p10: 10% of runs"
            + " paid less); all_won: every open deal won.\n"
            + "total/plan: the plan's whole payout, every period.\n");
    if (f.budget() != null) {
      Forecast.Budget b = f.budget();
      out.append("\nbudget ")
          .append(Amounts.grouped(b.amount(), f.currency()))
          .append(' ')
          .append(f.currency())
          .append(": the plan's whole payout exceeds it in ")
          .append(percent(b.probabilityOver()))
          .append(" of runs (")
          .append(b.runsOver())
          .append(" of ")
          .append(b.runs())
          .append("); expected overrun ")
          .append(Amounts.grouped(b.expectedOverrun(), f.currency()))
          .append(' ')
          .append(f.currency())
          .append('\n');
    }
    if (!f.teamCosts().isEmpty()) {
      out.append("\ncost of sales by team over the open periods (payout / bookings)\n");
      List<String[]> teams = new ArrayList<>();
      teams.add(new String[] {"team", "stage_weighted", "p10", "p50", "p90"});
      for (Forecast.TeamCost t : f.teamCosts())
        teams.add(
            new String[] {
              Printable.escape(t.team()),
              percent(t.stageWeighted()),
              percent(t.p10()),
              percent(t.p50()),
              percent(t.p90())
            });
      out.append(render(teams, 1));
    }
    if (f.versus() != null) {
      Forecast.Versus v = f.versus();
      out.append("\nplan B: ")
          .append(Printable.escape(v.planName()))
          .append(", on the same simulated outcomes\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(COLUMNS.toArray(String[]::new));
      for (Forecast.Row r : v.totals()) rows.add(cells(r, f.currency()));
      rows.add(cells(v.year(), f.currency()));
      for (Forecast.Row r : v.difference()) rows.add(cells(r, f.currency()));
      out.append(render(rows));
    }
    return out.toString();
  }

  private static String[] cells(Forecast.Row r, String currency) {
    return new String[] {
      Printable.escape(r.participant()),
      Printable.escape(r.period()),
      money(r.earnedSoFar(), currency),
      money(r.stageWeighted(), currency),
      money(r.mean(), currency),
      money(r.p10(), currency),
      money(r.p50(), currency),
      money(r.p90(), currency),
      money(r.allWon(), currency),
      currency
    };
  }

  private static String money(BigDecimal v, String currency) {
    return v == null ? "" : Amounts.grouped(v, currency);
  }

  private static String render(List<String[]> lines) {
    return render(lines, 2);
  }

  /** Aligned columns: the first {@code names} left-aligned, the figures after them right. */
  private static String render(List<String[]> lines, int names) {
    int n = lines.get(0).length;
    int[] width = new int[n];
    for (String[] cells : lines)
      for (int i = 0; i < n; i++) width[i] = Math.max(width[i], cells[i].length());
    StringBuilder out = new StringBuilder();
    for (String[] cells : lines) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) line.append("  ");
        String pad = " ".repeat(width[i] - cells[i].length());
        line.append(i < names ? cells[i] + pad : pad + cells[i]);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  // ---- CSV --------------------------------------------------------------------------------

  static String csv(Forecast f) {
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    List<Forecast.Row> all = new ArrayList<>(f.rows());
    all.addAll(f.totals());
    all.add(f.year());
    for (Forecast.Row r : all) {
      out.append(CsvFormat.textCell(r.participant()))
          .append(',')
          .append(CsvFormat.textCell(r.period()));
      for (BigDecimal v : figures(r)) out.append(',').append(v == null ? "" : v.toPlainString());
      out.append(',').append(f.currency()).append('\n');
    }
    return out.toString();
  }

  private static List<BigDecimal> figures(Forecast.Row r) {
    return java.util.Arrays.asList(
        r.earnedSoFar(), r.stageWeighted(), r.mean(), r.p10(), r.p50(), r.p90(), r.allWon());
  }

  // ---- JSON -------------------------------------------------------------------------------

  static String json(Forecast f) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JsonEscapes.FACTORY.createGenerator(text)) {
      json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("plan", f.planName());
      json.writeStringField("currency", f.currency());
      json.writeStringField("as_of", f.asOf().toString());
      json.writeNumberField("runs", f.runs());
      json.writeNumberField("seed", f.seed());
      json.writeArrayFieldStart("slips");
      for (Forecast.Slip s : f.slips()) {
        json.writeStartObject();
        json.writeStringField("stage", s.stage());
        json.writeNumberField("from_days", s.fromDays());
        json.writeNumberField("to_days", s.toDays());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("slips_from", f.slipFromCommandLine() ? "command line" : "plan");
      json.writeStringField("win_rates_from", f.learnedRates() ? "data" : "plan");
      json.writeArrayFieldStart("win_rates");
      for (Forecast.StageRate r : f.rates()) {
        json.writeStartObject();
        json.writeStringField("stage", r.stage());
        json.writeNumberField("rate", r.rate());
        json.writeStringField("kind", r.kind());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("open_deals", f.openDeals());
      json.writeNumberField("overdue_deals", f.overdueDeals());
      rows(json, "rows", f.rows());
      rows(json, "totals", f.totals());
      json.writeFieldName("plan_total");
      row(json, f.year());
      if (f.budget() != null) {
        json.writeObjectFieldStart("budget");
        json.writeNumberField("amount", f.budget().amount());
        json.writeNumberField("runs_over", f.budget().runsOver());
        json.writeNumberField("probability_over", f.budget().probabilityOver());
        json.writeNumberField("expected_overrun", f.budget().expectedOverrun());
        json.writeEndObject();
      }
      json.writeArrayFieldStart("team_cost_of_sales");
      for (Forecast.TeamCost t : f.teamCosts()) {
        json.writeStartObject();
        json.writeStringField("team", t.team());
        json.writeNumberField("stage_weighted", t.stageWeighted());
        json.writeNumberField("p10", t.p10());
        json.writeNumberField("p50", t.p50());
        json.writeNumberField("p90", t.p90());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (f.versus() != null) {
        json.writeObjectFieldStart("versus");
        json.writeStringField("plan", f.versus().planName());
        rows(json, "totals", f.versus().totals());
        json.writeFieldName("plan_total");
        row(json, f.versus().year());
        rows(json, "difference", f.versus().difference());
        json.writeEndObject();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static void rows(JsonGenerator json, String key, List<Forecast.Row> rows)
      throws IOException {
    json.writeArrayFieldStart(key);
    for (Forecast.Row r : rows) row(json, r);
    json.writeEndArray();
  }

  private static void row(JsonGenerator json, Forecast.Row r) throws IOException {
    json.writeStartObject();
    json.writeStringField("participant", r.participant());
    json.writeStringField("period", r.period());
    List<BigDecimal> v = figures(r);
    List<String> keys = COLUMNS.subList(2, 9);
    for (int i = 0; i < keys.size(); i++) {
      json.writeFieldName(keys.get(i));
      if (v.get(i) == null) json.writeNull();
      else json.writeNumber(v.get(i));
    }
    json.writeEndObject();
  }
}
