package compass.check;

import compass.ast.Decl;
import compass.ast.Header;
import compass.ast.Named;
import compass.ast.Plan;
import compass.calendar.FiscalCalendar;
import compass.calendar.Frequency;
import compass.calendar.Period;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.diag.Label;
import compass.diag.Suggestions;
import compass.source.Span;
import compass.value.Currency;
import compass.value.RoundingPolicy;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a parsed plan before any data is read: settings, declared tables, the credit rule,
 * definitions and components. Every problem is reported; checking goes on after an error so one run
 * shows them all.
 */
public final class Checker {
  private static final Map<String, ColumnType> TYPE_NAMES =
      Map.ofEntries(
          Map.entry("text", ColumnType.TEXT), Map.entry("number", ColumnType.NUMBER),
          Map.entry("integer", ColumnType.INTEGER), Map.entry("money", ColumnType.MONEY),
          Map.entry("percent", ColumnType.PERCENT), Map.entry("date", ColumnType.DATE),
          Map.entry("bool", ColumnType.BOOL), Map.entry("person", ColumnType.PERSON),
          Map.entry("stage", ColumnType.STAGE), Map.entry("period", ColumnType.PERIOD));

  private final Plan plan;
  private final Diagnostics diags;

  private Checker(Plan plan, Diagnostics diags) {
    this.plan = plan;
    this.diags = diags;
  }

  /** Checks the plan; returns null when there were errors (they are in {@code diags}). */
  public static CheckedPlan check(Plan plan, Diagnostics diags) {
    return new Checker(plan, diags).run();
  }

  private CheckedPlan run() {
    int before = diags.errorCount();
    Header h = plan.header();
    Span top = new Span(plan.file(), 0, 0);
    if (h == null) {
      diags.error(
          Code.E0405,
          top,
          "the plan has no header",
          "start the file with `plan \"Name\"` and its settings (currency, pays, effective dates)");
      return null;
    }
    Currency currency = currency(h);
    RoundingPolicy rounding = rounding(h);
    adjustments(h);
    int fiscalStart = fiscalStart(h);
    Frequency frequency = frequency(h);
    // weekly pay periods are counted from the plan's effective start (issue 15.5)
    FiscalCalendar calendar =
        new FiscalCalendar(fiscalStart, frequency.weekly() ? h.effectiveFrom() : null);
    List<Period> periods = periods(h, calendar, frequency);

    List<String> stages = new ArrayList<>();
    List<Decl.Stages> stageDecls = plan.all(Decl.Stages.class);
    for (Decl.Stages s : stageDecls)
      for (Named n : s.names()) {
        if (stages.contains(n.text()))
          diags.error(Code.E0303, n.span(), "stage `" + n.text() + "` is listed twice");
        stages.add(n.text());
      }
    if (stageDecls.size() > 1) {
      diags.error(
          Code.E0303,
          stageDecls.get(1).span(),
          "the stages are declared twice",
          "list all stages in one `stages` line");
    }
    WinRateRules.check(stageDecls, stages, diags); // issue 18: for compass forecast
    SlipRules.check(plan.all(Decl.Slip.class), stages, diags);

    Map<String, TableSchema> tables = tables();
    TableSchema people = tables.remove("people");
    if (people == null) {
      // issue 14: no people file, the participants are the people the data names
      people = ParticipantSources.peopleFromData(tables, h.span(), diags);
    } else if (fieldIndex(people, "id") < 0) {
      diags.error(
          Code.E0405,
          people.span(),
          "the people input has no `id` field",
          "add `id: text` to its fields");
    }

    // several credit rules, each a source of credited rows; the default one is the plan's `deals`
    List<Decl.Credit> credits = plan.all(Decl.Credit.class);
    CreditRules creditRules = CreditRules.resolve(credits, tables, diags);
    Decl.Credit credit = creditRules.defaultRule(credits);
    CreditSource first = creditRules.first();
    TableSchema deals = first == null ? null : first.table();
    int targetField = first == null ? -1 : first.targetField();
    int dateField = first == null ? -1 : first.dateField();
    if (people == null) return null;
    Map<String, TableSchema> withPeople = new LinkedHashMap<>(tables);
    if (!ParticipantSources.fromData(plan)) withPeople.put("people", people);
    if (deals != null) withPeople.put(deals.name(), deals);
    ParticipantSources.check(plan, withPeople, people, diags);

    var context =
        new CheckContext(plan, diags, currency, calendar, frequency, stages, people, deals, tables);
    ExprChecker exprs = new ExprChecker(context, creditRules);
    if (credit != null && credit.filter() != null && deals != null)
      exprs.condition(credit.filter(), Scope.DEAL);
    exprs.checkDefinitions();
    for (Decl.When w : plan.all(Decl.When.class)) exprs.checkWhen(w);
    new ComponentChecker(context, exprs, creditRules).checkAll();
    PayoutReads.checkCycles(context); // issue 15: a payout that reads itself (E0436)
    RulesChecker rulesChecker = new RulesChecker(context, exprs);
    PayRules rules = rulesChecker.check(credit);
    creditRules.checkOthers(context, exprs, rulesChecker);
    PayCurrencyRules.check(plan, people, tables, diags); // SEMANTICS 13: paid in another currency
    FirstDealRules.notInCreditRules(plan, diags); // `first deal of` reads what the rules credit
    new BudgetRules(context, exprs).check(); // team budgets (issue 15)

    if (diags.errorCount() > before) return null;
    return new CheckedPlan(
        plan,
        h.name(),
        h.version(),
        currency,
        rounding,
        calendar,
        frequency,
        periods,
        List.copyOf(stages),
        people,
        deals,
        tables,
        credit,
        targetField,
        dateField,
        exprs.orderedDefinitions(),
        exprs.definitionTypes(),
        exprs.dealLevelDefinitions(),
        exprs.whenRules(),
        plan.all(Decl.Component.class),
        context.types,
        context.symbols,
        rules,
        creditRules.sources(rules));
  }

  // ---- header settings ---------------------------------------------------------------------

  private Currency currency(Header h) {
    if (h.currency() == null) {
      diags.error(
          Code.E0405,
          h.span(),
          "the plan does not say its currency",
          "add a setting line `currency USD`");
      return Currency.of("USD").orElseThrow();
    }
    Optional<Currency> c = Currency.of(h.currency().text());
    if (c.isEmpty()) {
      diags.error(
          Code.E0308,
          h.currency().span(),
          "unknown currency `" + h.currency().text() + "`",
          currencyHint(h.currency().text()));
      return Currency.of("USD").orElseThrow();
    }
    return c.get();
  }

  /** The hint of an unknown currency (E0308): the nearest ISO 4217 code, or what one looks like. */
  static String currencyHint(String code) {
    // ties go to the first candidate: the most used currencies first, so `USX` is USD, not UGX
    List<String> candidates =
        new ArrayList<>(List.of("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY", "INR"));
    candidates.addAll(Currency.codes());
    String near = Suggestions.closest(code, candidates, 1);
    return near != null
        ? "did you mean `" + near + "`?"
        : "use an ISO 4217 code such as USD, EUR, GBP or JPY";
  }

  /** Issue 16: the two ways prior-period adjustments are paid. */
  private void adjustments(Header h) {
    if (h.adjustments() == null) return;
    String text = h.adjustments().text();
    if (text.equals(Header.PAID_NEXT_PERIOD) || text.equals(Header.HELD_TO_YEAR_END)) return;
    diags.error(
        Code.E0218,
        h.adjustments().span(),
        "unknown adjustments timing `" + text + "`",
        "write `adjustments paid next period` (the default: in the first open period) or"
            + " `adjustments held to year end`");
  }

  private RoundingPolicy rounding(Header h) {
    if (h.rounding() == null) return RoundingPolicy.HALF_EVEN; // SEMANTICS 1: default HALF_EVEN
    return RoundingPolicy.parse(h.rounding().text())
        .orElseGet(
            () -> {
              diags.error(
                  Code.E0406,
                  h.rounding().span(),
                  "unknown rounding `" + h.rounding().text() + "`",
                  "write `rounding half_even` or `rounding half_up`");
              return RoundingPolicy.HALF_EVEN;
            });
  }

  private int fiscalStart(Header h) {
    if (h.fiscalStart() == null) return 1;
    try {
      return Month.valueOf(h.fiscalStart().text().toUpperCase(Locale.ROOT)).getValue();
    } catch (IllegalArgumentException e) {
      diags.error(
          Code.E0406,
          h.fiscalStart().span(),
          "`" + h.fiscalStart().text() + "` is not a month",
          "write the month in English, e.g. `fiscal year starts February`");
      return 1;
    }
  }

  private Frequency frequency(Header h) {
    if (h.frequency() == null) {
      diags.error(
          Code.E0405,
          h.span(),
          "the plan does not say how often it pays",
          "add a setting line such as `pays quarterly` (weekly, every two weeks, monthly,"
              + " quarterly, half-yearly, yearly)");
      return Frequency.QUARTER;
    }
    return Frequency.parse(h.frequency().text())
        .orElseGet(
            () -> {
              diags.error(
                  Code.E0406,
                  h.frequency().span(),
                  "unknown pay period `" + h.frequency().text() + "`",
                  "write `pays weekly`, `pays every two weeks`, `pays monthly`, `pays quarterly`,"
                      + " `pays half_yearly` or `pays yearly`");
              return Frequency.QUARTER;
            });
  }

  private List<Period> periods(Header h, FiscalCalendar calendar, Frequency frequency) {
    if (h.effectiveFrom() == null && h.effectiveSpan() != null)
      return List.of(); // already reported
    if (h.effectiveFrom() == null) {
      diags.error(
          Code.E0405,
          h.span(),
          "the plan does not say when it is effective",
          "add a setting line such as `effective 2027-01-01 to 2027-12-31`");
      return List.of();
    }
    LocalDate from = h.effectiveFrom(), to = h.effectiveTo();
    if (to == null) return List.of(); // an impossible date, already reported
    if (to.isBefore(from)) {
      diags.error(Code.E0406, h.effectiveSpan(), "the plan ends before it starts", null);
      return List.of();
    }
    int fy = calendar.fiscalYearOf(from);
    if (calendar.fiscalYearOf(to) != fy) {
      diags.error(
          Code.E0406,
          h.effectiveSpan(),
          "the effective dates span more than one fiscal year",
          "write one plan per fiscal year; the year runs "
              + calendar.yearStart(fy)
              + " to "
              + calendar.yearEnd(fy));
      return List.of();
    }
    List<Period> inside = new ArrayList<>();
    for (Period p : calendar.periods(frequency, fy))
      if (!p.end().isBefore(from) && !p.start().isAfter(to)) inside.add(p);
    return inside;
  }

  // ---- tables ------------------------------------------------------------------------------

  private Map<String, TableSchema> tables() {
    Map<String, TableSchema> tables = new LinkedHashMap<>();
    for (Decl.Input in : plan.all(Decl.Input.class)) {
      String name = in.table().text();
      if (tables.containsKey(name)) {
        diags.error(Code.E0303, in.table().span(), "the input `" + name + "` is declared twice");
        continue;
      }
      List<FieldSpec> fields = new ArrayList<>();
      for (Decl.Field f : in.fields()) {
        ColumnType type = TYPE_NAMES.get(f.type().text());
        if (type == null) {
          diags.error(
              Code.E0307,
              f.type().span(),
              "unknown type `" + f.type().text() + "`",
              Optional.ofNullable(Suggestions.hint(f.type().text(), TYPE_NAMES.keySet()))
                  .orElse(
                      "types are text, number, integer, money, percent, date, bool, person, stage, period"));
          continue;
        }
        if (type == ColumnType.STAGE && plan.all(Decl.Stages.class).isEmpty()) {
          diags.error(
              Code.E0305,
              f.type().span(),
              "a stage field needs the plan's `stages` list",
              "declare them in order: `stages prospecting, qualification, closed_won, closed_lost`");
        }
        for (FieldSpec other : fields)
          if (other.name().equals(f.name().text())) {
            diags.error(
                Code.E0303,
                f.name().span(),
                "the field `" + f.name().text() + "` is declared twice");
          }
        fields.add(
            new FieldSpec(
                f.name().text(),
                f.column(),
                type,
                f.optional(),
                f.span(),
                CaseRules.declared(f, type, diags)));
      }
      if (fields.isEmpty()) {
        diags.error(
            Code.E0405,
            in.table().span(),
            "the input `" + name + "` declares no fields",
            "list the columns it reads, e.g. `id: text`, each on its own indented line");
      }
      if (leavesDataFolder(in.file())) {
        diags.error(
            Code.E0408,
            in.fileSpan(),
            "`" + in.file() + "` is outside the data folder",
            "plans read only files inside the data folder: write a path relative to it, without `..`");
      }
      List<String> keys = new ArrayList<>();
      for (Named key : in.keys()) {
        if (optionField(fields, key, null, "a key") && !keys.contains(key.text()))
          keys.add(key.text());
        else if (keys.contains(key.text()))
          diags.error(Code.E0303, key.span(), "the key `" + key.text() + "` is listed twice");
      }
      if (in.validFrom() != null) optionField(fields, in.validFrom(), ColumnType.DATE, "a date");
      if (in.validTo() != null) optionField(fields, in.validTo(), ColumnType.DATE, "a date");
      tables.put(
          name,
          new TableSchema(
              name,
              in.file(),
              fields,
              in.fileSpan(),
              in.sheet() == null ? null : in.sheet().text(),
              keys,
              in.validFrom() == null ? null : in.validFrom().text(),
              in.validTo() == null ? null : in.validTo().text(),
              in.keyOptional()));
    }
    return tables;
  }

  /**
   * Whether a field named in an input's options (a key, a validity date) is one of its declared
   * fields of the type the option needs (null: any type); reports it when not.
   */
  private boolean optionField(
      List<FieldSpec> fields, Named field, ColumnType expected, String what) {
    for (FieldSpec f : fields) {
      if (!f.name().equals(field.text())) continue;
      if (expected == null || f.type() == expected) return true;
      diags.add(
          compass.diag.Diagnostic.error(
                  Code.E0202,
                  field.span(),
                  "`"
                      + field.text()
                      + "` must be "
                      + what
                      + " field, but it is declared as "
                      + f.type().name().toLowerCase(Locale.ROOT))
              .withLabel(new Label(f.span(), "declared here")));
      return false;
    }
    diags.error(
        Code.E0302,
        field.span(),
        "the input declares no field `" + field.text() + "`",
        Suggestions.hint(field.text(), fields.stream().map(FieldSpec::name).toList()));
    return false;
  }

  /** Plans are untrusted: an absolute path or one that climbs out with `..` is refused. */
  static boolean leavesDataFolder(String file) {
    if (file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) return true;
    try {
      java.nio.file.Path p = java.nio.file.Path.of(file).normalize();
      return p.isAbsolute() || p.startsWith("..");
    } catch (java.nio.file.InvalidPathException e) {
      return true;
    }
  }

  static int fieldIndex(TableSchema t, String name) {
    for (int i = 0; i < t.fields().size(); i++) if (t.fields().get(i).name().equals(name)) return i;
    return -1;
  }
}
