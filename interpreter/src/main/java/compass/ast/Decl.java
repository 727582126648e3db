package compass.ast;

import compass.source.Span;
import java.util.List;

/** A top-level declaration of a plan. */
public sealed interface Decl {
  Span span();

  /**
   * The ordered sales stages (SEMANTICS 12), with the win probability of each stage when the plan
   * gives them ({@code with win rates ...}: what `compass forecast` reads; empty otherwise).
   */
  record Stages(List<Named> names, List<WinRate> winRates, Span span) implements Decl {
    public Stages(List<Named> names, Span span) {
      this(names, List.of(), span);
    }
  }

  /** A stage's win probability as a fraction (40% is 0.40), as written: `demonstration 40%`. */
  record WinRate(Named stage, java.math.BigDecimal rate, Span span) {}

  /**
   * How far the close date of an open deal may slip in a forecast (issue 18): {@code close dates
   * slip 0 to 30 days, prospecting 0 to 90 days}. Each range is of whole days; a range without a
   * stage is of every open stage without one of its own.
   */
  record Slip(List<SlipRange> ranges, Span span) implements Decl {
    /** The longest slip, ten years: longer moves every deal out of any plan. */
    public static final int MAX_DAYS = 3650;
  }

  /**
   * {@code [stage] from to to days}, as written ({@code stage} null: every other open stage); the
   * bounds are kept as written (a negative, fractional or reversed range is the checker's to
   * report).
   */
  record SlipRange(
      Named stage,
      java.math.BigDecimal from,
      Span fromSpan,
      java.math.BigDecimal to,
      Span toSpan,
      Span span) {}

  /**
   * A table read from a file inside the data folder, with the fields the plan reads. {@code sheet}
   * (a workbook's sheet), {@code validFrom} and {@code validTo} may be null; {@code keys} is empty
   * when the table is not keyed.
   */
  record Input(
      Named table,
      String file,
      Span fileSpan,
      Named sheet,
      List<Named> keys,
      Named validFrom,
      Named validTo,
      List<Field> fields,
      Span span,
      boolean keyOptional)
      implements Decl {

    /** Not {@code key ... optional}: a key with no row is an error. */
    public Input(
        Named table,
        String file,
        Span fileSpan,
        Named sheet,
        List<Named> keys,
        Named validFrom,
        Named validTo,
        List<Field> fields,
        Span span) {
      this(table, file, fileSpan, sheet, keys, validFrom, validTo, fields, span, false);
    }

    /** A table with no options: read whole, not keyed, not dated. */
    public Input(Named table, String file, Span fileSpan, List<Field> fields, Span span) {
      this(table, file, fileSpan, null, List.of(), null, null, fields, span);
    }
  }

  /**
   * One declared column: its name in the plan, its type, the CSV header it reads; {@code
   * ignoringCase} ({@code region: text ignoring case}) makes text comparisons with it ignore case.
   */
  record Field(
      Named name, Named type, String column, boolean optional, boolean ignoringCase, Span span) {

    /** A field compared exactly, case and all. */
    public Field(Named name, Named type, String column, boolean optional, Span span) {
      this(name, type, column, optional, false, span);
    }
  }

  /**
   * A credit rule (SEMANTICS 3): which deals count, for whom and with what share, on which date;
   * shares come from deal fields ({@code targets}) or from a splits table; {@code overlay} credits
   * each target in full; {@code rollUp} also credits the owner's manager chain.
   */
  record Credit(
      Named table,
      Expr filter,
      List<CreditTarget> targets,
      boolean overlay,
      Named splitsTable,
      Named date,
      RollUp rollUp,
      Named alias,
      Span span)
      implements Decl {

    /** A rule without `as NAME`: its source is named after its table. */
    public Credit(
        Named table,
        Expr filter,
        List<CreditTarget> targets,
        boolean overlay,
        Named splitsTable,
        Named date,
        RollUp rollUp,
        Span span) {
      this(table, filter, targets, overlay, splitsTable, date, rollUp, null, span);
    }

    /** The name of the credit source this rule makes: its `as` name, else its table's. */
    public String sourceName() {
      return alias != null ? alias.text() : table.text();
    }

    /** The first person field credited (the owner), or null for a splits table. */
    public Named target() {
      return targets.isEmpty() ? null : targets.get(0).person();
    }
  }

  /** One person field a deal is credited to, with its share (null: 100%). */
  record CreditTarget(Named person, Expr share, Span span) {}

  /** Issue 14: everyone found in a person column of a table ({@code teams.manager}) has a role. */
  record Everyone(Named table, Named field, Named role, Span span) implements Decl {}

  /**
   * Issue 14: the manager chain read from a table keyed by the person who reports ({@code roll up
   * ... through teams.manager}): each row's key has the row's {@code field} as manager.
   */
  record ReportingLine(Named table, Named field, Span span) implements Decl {}

  /** How far up the manager chain a deal's credit rolls. */
  enum RollUp {
    NONE,
    ONE_LEVEL,
    ALL_LEVELS
  }

  /** SEMANTICS 13: money fields of a table convert to the plan currency at the rate in force. */
  record Convert(Named table, Named fx, Named currencyField, Named date, Span span)
      implements Decl {}

  /**
   * SEMANTICS 13: each participant is paid in the currency of their people column {@code
   * currencyField}, converted with the {@code fx} table at the rate in force on the payment date:
   * the period's last day, or {@code lag} (a duration, null: none) after it.
   */
  record PayIn(Named currencyField, Named fx, Expr lag, Span span) implements Decl {}

  /** Definitions (and `when` rules) taken from another plan file or from stdlib-plans. */
  record Import(String file, Span span) implements Decl {}

  /** This plan is another plan with a few values changed. */
  record Extends(String file, Span span) implements Decl {}

  /** SEMANTICS 4: quota percentages by month of tenure (the 30-60-90 plan). */
  record Ramp(List<Expr> steps, Span span) implements Decl {}

  /** SEMANTICS 10: a guaranteed draw per period against earnings. */
  record Draw(
      Expr amount,
      boolean recoverable,
      Expr recoveryCap,
      boolean forgivenAtYearEnd,
      List<Named> roles,
      boolean inAdvance,
      Span span)
      implements Decl {
    public Draw(
        Expr amount,
        boolean recoverable,
        Expr recoveryCap,
        boolean forgivenAtYearEnd,
        List<Named> roles,
        Span span) {
      this(amount, recoverable, recoveryCap, forgivenAtYearEnd, roles, false, span);
    }
  }

  /**
   * SEMANTICS 11: deals cancelled within the window reverse their commission; with {@code leaving},
   * deals credited to a participant within the window before their leaving date (a people date
   * field) do. The share reversed is {@code rate} (null: 100%), or the schedule's band for the
   * whole months served, times the unserved part of the contract when {@code term} is given. {@code
   * window} and {@code filter} may be null; {@code schedule} is empty when there is none.
   */
  record Clawback(
      Expr rate,
      Expr window,
      boolean leaving,
      Named date,
      Named term,
      Expr filter,
      List<ClawbackBand> schedule,
      Span span)
      implements Decl {
    /** The clawback of cancelled deals within a window, as first written. */
    public Clawback(Expr window, Named date, Named term, Span span) {
      this(null, window, false, date, term, null, List.of(), span);
    }
  }

  /** A band of a clawback schedule: whole months served from lower (to upper) reverse a share. */
  record ClawbackBand(Expr lower, Expr upper, Expr share, Span span) {}

  /**
   * Team budgets (`budget earnings by team from budgets against bookings scaled pro rata, remainder
   * to largest`): a team's earnings in a period above its budget are scaled down pro rata, the
   * cents left over by rounding going by the named rule; {@code against} (optional) is the amount
   * each team's cost of sales is shown against.
   */
  record Budget(
      Named budgeted, Named teamField, Named table, Expr against, Named remainderRule, Span span)
      implements Decl {}

  /** Who an override applies to. */
  enum OverrideScope {
    PERSON,
    ROLE,
    TEAM
  }

  /** A component's whole band table replaced for one participant, role or team, from a date on. */
  record TiersOverride(
      String component,
      Span componentSpan,
      OverrideScope scope,
      Named who,
      java.time.LocalDate from,
      List<Step.Band> bands,
      Span span)
      implements Decl {

    /** The component's tier step with these bands instead of its own. */
    public Step.Tiers applyTo(Step.Tiers t) {
      return t.withBands(bands, span);
    }
  }

  /** A value replaced for one participant, role or team, from a date on. */
  record Override(
      Named target, OverrideScope scope, Named who, java.time.LocalDate from, Expr value, Span span)
      implements Decl {}

  /** A named value, like a spreadsheet cell: {@code attainment = bookings / quota}. */
  record Definition(Named name, Expr value, Span span) implements Decl {}

  /**
   * A rule for a value that would otherwise be undefined: {@code when quota is 0 then attainment =
   * 0%}.
   */
  record When(Named subject, Expr value, Named target, Expr replacement, Span span)
      implements Decl {}

  /** A component of pay: a source (tiers or a pay clause) and modifiers, in written order. */
  record Component(
      String title,
      Span titleSpan,
      List<Named> roles,
      boolean cumulative,
      List<Step> steps,
      Span span)
      implements Decl {}

  /**
   * A test beside the plan: tables written inline, then the values expected. {@code compass test}
   * runs it; {@code run} and the payout ignore it.
   */
  record Test(
      String title,
      Span titleSpan,
      List<TestBlock.Table> tables,
      List<TestBlock.Expect> expectations,
      Span span)
      implements Decl {}
}
