package compass.cli.repl;

import compass.cli.Amounts;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Grouping;
import compass.diag.Printable;
import compass.diag.Suggestions;
import compass.result.StatementRow;
import compass.session.Session;
import compass.session.TierCurve;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `plot curve` and `plot payouts`: pictures drawn with Unicode characters, exact arithmetic. */
final class Plots {
  private static final int WIDTH = 60;
  private static final int HEIGHT = 12;
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

  private final java.io.PrintWriter out;
  private final Session session;

  Plots(java.io.PrintWriter out, Session session) {
    this.out = out;
    this.session = session;
  }

  void plot(Input in, Diagnostics diags) {
    String what = in.word(1);
    if ("curve".equals(what)) curve(in, diags);
    else if ("payouts".equals(what)) payouts(in, diags);
    else
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  what == null ? in.endOf() : in.span(in.words.get(1)),
                  "plot what? `curve` or `payouts`")
              .withHint(Commands.usage("plot")));
  }

  // ---- plot curve ------------------------------------------------------------------------

  private void curve(Input in, Diagnostics diags) {
    if (in.words.size() < 3) {
      diags.add(
          Diagnostic.error(Code.E0731, in.endOf(), "`plot curve` needs a participant")
              .withHint(Commands.usage("plot")));
      return;
    }
    Input.Word who = in.words.get(2);
    if (!session.knowsParticipant(who.text(), in.span(who), diags)) return;
    String componentName = null;
    String period = session.payPeriods().get(0);
    for (int i = 3; i < in.words.size(); i++) {
      Input.Word w = in.words.get(i);
      if (w.text().matches("(FY)?[0-9]{4}.*")) {
        period = session.payPeriod(w.text(), in.span(w), diags);
        if (period == null) return;
      } else if (componentName == null) {
        componentName = Repl.unquote(w.text());
      }
    }
    List<String> tiered = session.tieredComponentTitles();
    String component = null;
    for (String c : tiered)
      if (componentName == null || c.equalsIgnoreCase(componentName))
        component = component == null ? c : component;
    if (component == null) {
      Input.Word at = in.words.size() > 3 ? in.words.get(3) : who;
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  in.span(at),
                  componentName == null
                      ? "the plan has no tiered component to plot"
                      : "no tiered component \"" + componentName + "\"")
              .withHint(Suggestions.hint(componentName == null ? "" : componentName, tiered)));
      return;
    }
    // the quota and the participant's base first: the sampled range depends on them
    TierCurve shape = session.tierCurve(component, who.text(), period, List.of(), diags);
    if (shape != null) draw(shape, who, in, period, diags);
  }

  /**
   * One sampled point of the curve: an attainment, the base it stands for, and what the tiers pay
   * there.
   */
  record Sample(BigDecimal attainment, BigDecimal base, BigDecimal payout) {}

  /**
   * The points the last `plot curve` drew, for tests: each one is the evaluator's payout at its
   * base.
   */
  List<Sample> lastSamples = List.of();

  private void draw(TierCurve shape, Input.Word who, Input in, String period, Diagnostics diags) {
    BigDecimal quota = shape.against();
    if (quota == null) {
      diags.add(
          Diagnostic.error(
              Code.E0731,
              shape.tiersAt(),
              "plot curve draws bands written as percentages of quota;"
                  + " these bounds are amounts"));
      return;
    }
    if (quota.signum() == 0) {
      diags.add(
          Diagnostic.error(
              Code.E0731,
              in.span(who),
              "the quota of " + who.text() + " in " + period + " is 0: no curve"));
      return;
    }
    List<BigDecimal> lower = shape.bandStarts();
    BigDecimal base = shape.base();
    BigDecimal attainment = base.divide(quota, MC);
    BigDecimal maxX = new BigDecimal("2");
    while (maxX.compareTo(attainment.multiply(new BigDecimal("1.1"))) < 0)
      maxX = maxX.add(BigDecimal.ONE);
    // SEMANTICS 5 lives in the evaluator: every point is what it pays if the base were there
    List<BigDecimal> attainments = new ArrayList<>();
    List<BigDecimal> bases = new ArrayList<>();
    for (int x = 0; x < WIDTH; x++) {
      BigDecimal att =
          maxX.multiply(BigDecimal.valueOf(x)).divide(BigDecimal.valueOf(WIDTH - 1), MC);
      attainments.add(att);
      bases.add(att.multiply(quota));
    }
    bases.add(base); // the participant's own point, last
    TierCurve curve = session.tierCurve(shape.component(), who.text(), period, bases, diags);
    if (curve == null) return;
    List<Sample> samples = new ArrayList<>();
    for (int x = 0; x < WIDTH; x++) {
      TierCurve.Point point = curve.points().get(x);
      samples.add(new Sample(attainments.get(x), point.base(), point.payout()));
    }
    lastSamples = List.copyOf(samples);
    BigDecimal now = curve.points().get(WIDTH).payout();
    BigDecimal maxY = samples.stream().map(Sample::payout).reduce(now, BigDecimal::max);
    String currency = session.currency();
    out.print(
        curve.component()
            + ": "
            + Printable.escape(who.text())
            + " "
            + (curve.cumulative() ? "year to " : "")
            + period
            + ", tiers on "
            + curve.baseText()
            + " against "
            + curve.againstText()
            + " "
            + Amounts.grouped(quota, currency)
            + " (before multipliers and caps)\n");
    char[][] grid = new char[HEIGHT][WIDTH];
    for (char[] row : grid) java.util.Arrays.fill(row, ' ');
    for (int x = 0; x < WIDTH; x++) grid[row(samples.get(x).payout(), maxY)][x] = '•';
    for (BigDecimal l : lower) {
      int x = column(l, maxX);
      for (int y = 0; y < HEIGHT; y++) if (grid[y][x] == ' ') grid[y][x] = '┊';
    }
    int markX = column(attainment.min(maxX), maxX);
    grid[row(now, maxY)][markX] = '◆';
    String top = Amounts.grouped(maxY.setScale(2, RoundingMode.HALF_EVEN), currency);
    int gutter = top.length();
    for (int y = HEIGHT - 1; y >= 0; y--) {
      String label = y == HEIGHT - 1 ? top : y == 0 ? "0" : "";
      out.print(
          " ".repeat(gutter - label.length())
              + label
              + " │"
              + new String(grid[y]).stripTrailing()
              + "\n");
    }
    out.print(" ".repeat(gutter) + " └" + "─".repeat(WIDTH) + "\n");
    String mid = percent(maxX.divide(new BigDecimal("2"), MC));
    String axis = "0%" + " ".repeat(WIDTH / 2 - 2 - mid.length() / 2) + mid;
    String end = percent(maxX);
    axis = axis + " ".repeat(Math.max(1, WIDTH - axis.length() - end.length())) + end;
    out.print(" ".repeat(gutter + 2) + axis + "  attainment\n");
    out.print(
        "◆ "
            + Printable.escape(who.text())
            + ": attainment "
            + percent(attainment.setScale(4, RoundingMode.HALF_EVEN))
            + ", tiers pay "
            + Amounts.grouped(now.setScale(2, RoundingMode.HALF_EVEN), currency)
            + " "
            + currency
            + "; ┊ band starts at "
            + String.join(", ", lower.stream().map(Plots::percent).toList())
            + "\n");
  }

  private static int row(BigDecimal y, BigDecimal maxY) {
    if (maxY.signum() <= 0) return 0;
    int r =
        y.multiply(BigDecimal.valueOf(HEIGHT - 1))
            .divide(maxY, 0, RoundingMode.HALF_EVEN)
            .intValue();
    return Math.max(0, Math.min(HEIGHT - 1, r));
  }

  private static int column(BigDecimal x, BigDecimal maxX) {
    int c =
        x.multiply(BigDecimal.valueOf(WIDTH - 1))
            .divide(maxX, 0, RoundingMode.HALF_EVEN)
            .intValue();
    return Math.max(0, Math.min(WIDTH - 1, c));
  }

  private static String percent(BigDecimal fraction) {
    return Grouping.percent(fraction);
  }

  // ---- plot payouts ----------------------------------------------------------------------

  private void payouts(Input in, Diagnostics diags) {
    String period = null;
    if (in.words.size() > 2) {
      period = session.payPeriod(in.word(2), in.span(in.words.get(2)), diags);
      if (period == null) return;
    }
    Map<String, BigDecimal> byPerson = new LinkedHashMap<>();
    String currency = session.currency();
    for (StatementRow r : session.rows(null, period))
      byPerson.merge(r.participant(), r.payout(), BigDecimal::add);
    if (byPerson.isEmpty()) {
      out.print("no payouts\n");
      return;
    }
    BigDecimal min = byPerson.values().stream().reduce(BigDecimal::min).get();
    BigDecimal max = byPerson.values().stream().reduce(BigDecimal::max).get();
    int bins = Math.min(10, byPerson.size());
    BigDecimal width = max.subtract(min).divide(BigDecimal.valueOf(bins), 2, RoundingMode.CEILING);
    if (width.signum() == 0) width = BigDecimal.ONE;
    int[] counts = new int[bins];
    for (BigDecimal v : byPerson.values()) {
      int b = v.subtract(min).divide(width, 0, RoundingMode.FLOOR).intValue();
      counts[Math.min(bins - 1, b)]++;
    }
    int most = java.util.Arrays.stream(counts).max().getAsInt();
    out.print(
        "payouts "
            + (period == null ? "for the year" : "in " + period)
            + ", "
            + byPerson.size()
            + " participants ("
            + currency
            + ")\n");
    List<String[]> labels = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      BigDecimal lo = min.add(width.multiply(BigDecimal.valueOf(b)));
      BigDecimal hi = b == bins - 1 ? max : lo.add(width);
      labels.add(new String[] {Amounts.grouped(lo, currency), Amounts.grouped(hi, currency)});
    }
    int w0 = labels.stream().mapToInt(l -> l[0].length()).max().getAsInt();
    int w1 = labels.stream().mapToInt(l -> l[1].length()).max().getAsInt();
    for (int b = 0; b < bins; b++) {
      int eighths = most == 0 ? 0 : (int) ((long) counts[b] * 40 * 8 / most);
      String bar = "█".repeat(eighths / 8) + EIGHTHS[eighths % 8];
      String[] l = labels.get(b);
      out.print(
          " ".repeat(w0 - l[0].length())
              + l[0]
              + " – "
              + " ".repeat(w1 - l[1].length())
              + l[1]
              + " │"
              + bar
              + " "
              + counts[b]
              + "\n");
    }
    BigDecimal total = byPerson.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    out.print(
        "total "
            + Amounts.grouped(total, currency)
            + ", lowest "
            + Amounts.grouped(min, currency)
            + ", highest "
            + Amounts.grouped(max, currency)
            + "\n");
  }
}
