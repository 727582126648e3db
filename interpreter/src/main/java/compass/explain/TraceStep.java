package compass.explain;

import compass.source.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * One decision of the evaluator, as data: what it was ({@code kind}), how a rep reads it ({@code
 * label}, the words of a line item's note), the amount it produced, the rate and the basis it was
 * applied to, where the plan says so ({@code span}), the data rows it read ({@code sourceRows},
 * deal ids or file:line) and the finer steps under it. Any of amount, rate, basis and span may be
 * null.
 */
public record TraceStep(
    Kind kind,
    String label,
    BigDecimal amount,
    BigDecimal rate,
    BigDecimal basis,
    Span span,
    List<String> sourceRows,
    List<TraceStep> children) {

  /** What kind of decision a step records. */
  public enum Kind {
    /** A deal credited to the participant: its row in the deals file (not part of the note). */
    CREDIT(false),
    /** A `pay` clause: an amount once, or per qualifying deal. */
    PAY(true),
    /** A tier table applied to its base (children: BASE, AGAINST, BAND). */
    TIERS(true),
    /** The base a tier table ran on (a measure). */
    BASE(false),
    /** What percent bounds of a tier table are read against (the quota). */
    AGAINST(false),
    /** One band of a tier table: the slice of the base inside it, its rate, its amount. */
    BAND(false),
    /** A tier table's attainment taken from `when quota is 0`. */
    ZERO_QUOTA(true),
    MULTIPLIER(true),
    CAP(true),
    FLOOR(true),
    GATE(true),
    /** A definition, a people field or a band table overridden for the participant. */
    OVERRIDE(true),
    /** A value mixed by days around an override's date. */
    PRORATE(true),
    /** SEMANTICS 13: a deal converted into the plan currency. */
    FX(true),
    /** SEMANTICS 7: earned year to date minus paid earlier (children: EARNED_YTD, PAID_EARLIER). */
    TRUE_UP(true),
    EARNED_YTD(false),
    PAID_EARLIER(false),
    /** A negative true-up or period carried as owed. */
    CARRIED(true),
    /** One deal's commission on a tiered component (SEMANTICS 5). */
    DEAL_SHARE(true),
    /** The line that holds the rest of a tiered component after its deal lines. */
    REST(true),
    /** A held part paid on its schedule (SEMANTICS 11a, 12). */
    SCHEDULE(true),
    /** SEMANTICS 11: a cancelled deal taken back. */
    CLAWBACK(true),
    /** SEMANTICS 10: amounts owed recovered from what is payable. */
    RECOVERY(true),
    /** SEMANTICS 10: a draw paid, recovered, forgiven or carried. */
    DRAW(true),
    /** Issue 15: a deal's amount drawn from a pool shared by every participant. */
    POOL(true),
    /** Issue 15: a participant's earnings scaled down to their team's budget. */
    BUDGET(true),
    /**
     * Issue 16: the difference between what a closed period paid and what it would pay now, paid in
     * an open period (children: CHANGE).
     */
    ADJUSTMENT(true),
    /** Issue 16: a deal row added, removed or changed since a period was closed, or the plan. */
    CHANGE(false),
    /** Words that belong to the note and carry no value of their own. */
    NOTE(true);

    private final boolean inNote;

    Kind(boolean inNote) {
      this.inNote = inNote;
    }

    /** Whether the step is written in the line item's note (children never are). */
    public boolean inNote() {
      return inNote;
    }
  }

  public TraceStep {
    sourceRows = List.copyOf(sourceRows);
    children = List.copyOf(children);
  }

  /** A step with only its kind and words; add values with the {@code with...} methods. */
  public static TraceStep of(Kind kind, String label) {
    return new TraceStep(kind, label, null, null, null, null, List.of(), List.of());
  }

  public TraceStep withAmount(BigDecimal v) {
    return new TraceStep(kind, label, v, rate, basis, span, sourceRows, children);
  }

  public TraceStep withRate(BigDecimal v) {
    return new TraceStep(kind, label, amount, v, basis, span, sourceRows, children);
  }

  public TraceStep withBasis(BigDecimal v) {
    return new TraceStep(kind, label, amount, rate, v, span, sourceRows, children);
  }

  public TraceStep withSpan(Span v) {
    return new TraceStep(kind, label, amount, rate, basis, v, sourceRows, children);
  }

  public TraceStep withRows(List<String> v) {
    return new TraceStep(kind, label, amount, rate, basis, span, v, children);
  }

  public TraceStep withChildren(List<TraceStep> v) {
    return new TraceStep(kind, label, amount, rate, basis, span, sourceRows, v);
  }

  /**
   * The note of a line item written from its steps: their words joined by "; ", as `run --lines`
   * prints them. Nothing reads a note back; readers take the steps.
   */
  public static String note(List<TraceStep> steps) {
    StringBuilder out = new StringBuilder();
    for (TraceStep s : steps) {
      if (!s.kind.inNote()) continue;
      if (out.length() > 0) out.append("; ");
      out.append(s.label);
    }
    return out.toString();
  }
}
