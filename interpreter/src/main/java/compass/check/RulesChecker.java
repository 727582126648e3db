package compass.check;

import compass.ast.Decl;
import compass.ast.Expr;
import compass.ast.Named;
import compass.data.ColumnType;
import compass.data.FieldSpec;
import compass.data.TableSchema;
import compass.diag.Code;
import compass.diag.Grouping;
import compass.diag.Suggestions;
import compass.source.Span;
import compass.types.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the rules around components: credit targets and splits (SEMANTICS 3), the ramp (4), draws
 * (10), the clawback (11), currency conversion (13) and overrides.
 */
final class RulesChecker {
  private final CheckContext cx;
  private final ExprChecker exprs;

  RulesChecker(CheckContext cx, ExprChecker exprs) {
    this.cx = cx;
    this.exprs = exprs;
  }

  PayRules check(Decl.Credit credit) {
    List<PayRules.Target> targets = new ArrayList<>();
    TableSchema splits = null;
    if (credit != null && cx.deals != null) {
      if (credit.splitsTable() != null) {
        splits = table(credit.splitsTable());
        if (splits != null) {
          field(splits, "deal", ColumnType.TEXT, credit.splitsTable().span());
          field(splits, "person", ColumnType.PERSON, credit.splitsTable().span());
          field(splits, "share", ColumnType.PERCENT, credit.splitsTable().span());
        }
      }
      for (Decl.CreditTarget t : credit.targets()) {
        // the first target was checked with the credit rule already; report each problem once
        int f =
            t == credit.targets().get(0)
                ? Checker.fieldIndex(cx.deals, t.person().text())
                : field(cx.deals, t.person().text(), ColumnType.PERSON, t.person().span());
        if (t.share() != null) {
          Type share = exprs.type(t.share(), Scope.DEAL);
          if (share != Type.PERCENT && share != Type.ERROR) {
            cx.diags.error(
                Code.E0202,
                t.share().span(),
                "a share is a percent, but this is " + ExprChecker.article(share),
                "write e.g. `share 60%` or name a percent field of the deal");
          }
        } else if (credit.targets().size() > 1 && !credit.overlay()) {
          cx.diags.error(
              Code.E0406,
              t.span(),
              "a deal credited to several people needs a share for each",
              "write `to owner share owner_share, sdr share sdr_share`, or end the list with `overlay` to credit each in full");
        }
        targets.add(new PayRules.Target(f, t.share()));
      }
      sharesAddUp(credit);
      if (credit.rollUp() != Decl.RollUp.NONE
          && !ParticipantSources.managersKnown(cx.plan, cx.people)) {
        cx.diags.error(
            Code.E0302,
            credit.span(),
            "rolling credit up needs a `manager: person` field in the people input",
            "or read the managers from a table keyed by the person who reports: "
                + "`roll up all levels through teams.manager`");
      }
    }
    Decl.Convert convert = one(Decl.Convert.class);
    TableSchema fx = null;
    int currencyField = -1, convertDate = -1;
    if (convert != null && cx.deals != null) {
      if (!convert.table().text().equals(cx.deals.name())) {
        cx.diags.error(
            Code.E0406,
            convert.table().span(),
            "only the credited table (`" + cx.deals.name() + "`) can be converted",
            null);
      }
      fx = table(convert.fx());
      if (fx != null) {
        field(fx, "currency", ColumnType.TEXT, convert.fx().span());
        field(fx, "date", ColumnType.DATE, convert.fx().span());
        field(fx, "rate", ColumnType.NUMBER, convert.fx().span());
      }
      Named cur =
          convert.currencyField() == null
              ? new Named("currency", convert.span())
              : convert.currencyField();
      currencyField = field(cx.deals, cur.text(), ColumnType.TEXT, cur.span());
      if (convert.date() != null)
        convertDate =
            field(cx.deals, convert.date().text(), ColumnType.DATE, convert.date().span());
    }
    Decl.Ramp ramp = one(Decl.Ramp.class);
    if (ramp != null) {
      for (Expr step : ramp.steps()) {
        Type t = exprs.type(step, Scope.PARTICIPANT);
        if (t != Type.PERCENT && t != Type.ERROR)
          cx.diags.error(
              Code.E0202,
              step.span(),
              "ramp steps are percents of quota",
              "write e.g. `ramp new hires 0%, 50%, 100%`");
      }
      field(cx.people, "start_date", ColumnType.DATE, ramp.span());
      if (!exprs.isDefinition("quota"))
        cx.diags.error(
            Code.E0301,
            ramp.span(),
            "a ramp scales the quota, but the plan defines no `quota`",
            null);
    }
    List<Decl.Draw> draws = cx.plan.all(Decl.Draw.class);
    for (Decl.Draw d : draws) draw(d);
    ClawbackRules.Checked clawbacks = new ClawbackRules(cx, exprs, this).check();
    List<Decl.Override> overrides = cx.plan.all(Decl.Override.class);
    for (Decl.Override o : overrides) override(o);
    Decl.RollUp rollUp = credit == null ? Decl.RollUp.NONE : credit.rollUp();
    boolean overlay = credit != null && credit.overlay();
    return new PayRules(
        targets,
        overlay,
        splits,
        rollUp,
        convert,
        fx,
        currencyField,
        convertDate,
        ramp == null ? List.of() : ramp.steps(),
        draws,
        clawbacks.cancel(),
        clawbacks.dateField(),
        clawbacks.termField(),
        overrides,
        clawbacks.leaving());
  }

  /** SEMANTICS 3: literal shares must total exactly 100% unless the rule says overlay. */
  private void sharesAddUp(Decl.Credit credit) {
    if (credit.overlay() || credit.targets().size() < 2) return;
    BigDecimal total = BigDecimal.ZERO;
    for (Decl.CreditTarget t : credit.targets()) {
      BigDecimal v = t.share() == null ? null : Constants.value(t.share());
      if (v == null) return; // shares from deal fields are checked per deal when the data is read
      total = total.add(v);
    }
    if (total.compareTo(BigDecimal.ONE) != 0) {
      cx.diags.error(
          Code.E0406,
          credit.span(),
          "the shares add up to " + Grouping.percent(total) + ", not 100%",
          "make them total 100%, or end the list with `overlay` to credit each in full");
    }
  }

  private void draw(Decl.Draw d) {
    exprs.amount(d.amount(), Scope.PARTICIPANT, "a draw");
    if (d.recoveryCap() != null) {
      Type t = exprs.type(d.recoveryCap(), Scope.PARTICIPANT);
      if (t != Type.PERCENT && t != Type.ERROR)
        cx.diags.error(
            Code.E0202,
            d.recoveryCap().span(),
            "a recovery cap is a percent of the period's earnings",
            null);
      if (!d.recoverable())
        cx.diags.error(
            Code.E0406, d.recoveryCap().span(), "only a recoverable draw has a recovery cap", null);
    }
    if (!d.roles().isEmpty()) field(cx.people, "role", ColumnType.TEXT, d.roles().get(0).span());
  }

  private void override(Decl.Override o) {
    String name = o.target().text();
    Type target;
    if (exprs.isDefinition(name)) {
      target = exprs.definitionType(name, o.target().span());
    } else if (Checker.fieldIndex(cx.people, name) >= 0) {
      target =
          ExprChecker.columnType(
              cx.people.fields().get(Checker.fieldIndex(cx.people, name)).type());
    } else {
      cx.diags.error(
          Code.E0301,
          o.target().span(),
          "nothing named `" + name + "` to override",
          "an override replaces a definition or a field of the people input");
      return;
    }
    if (!target.isNumeric()) {
      cx.diags.error(
          Code.E0202,
          o.target().span(),
          "only numbers, amounts and percents can be overridden; `"
              + name
              + "` is "
              + ExprChecker.article(target),
          null);
      return;
    }
    Type value = exprs.type(o.value(), Scope.PARTICIPANT);
    if (value != Type.ERROR
        && !compass.types.UnitRules.comparable(target, value)
        && !(target == Type.PERCENT && value == Type.PERCENT)) {
      cx.diags.error(
          Code.E0202,
          o.value().span(),
          "`"
              + name
              + "` is "
              + ExprChecker.article(target)
              + ", but this is "
              + ExprChecker.article(value),
          null);
    }
    switch (o.scope()) {
      case ROLE -> field(cx.people, "role", ColumnType.TEXT, o.who().span());
      case TEAM -> field(cx.people, "team", ColumnType.TEXT, o.who().span());
      case PERSON -> {} // a person is checked against the people data when it is loaded
    }
  }

  private TableSchema table(Named name) {
    TableSchema t = cx.otherTables.get(name.text());
    if (t == null) {
      cx.diags.error(
          Code.E0301,
          name.span(),
          "no input named `" + name.text() + "`",
          Suggestions.hint(name.text(), cx.otherTables.keySet()));
    }
    return t;
  }

  /** The index of a field with the given type, or -1 after reporting what is wrong. */
  int field(TableSchema t, String name, ColumnType type, Span at) {
    int i = Checker.fieldIndex(t, name);
    if (i < 0) {
      cx.diags.error(
          Code.E0302,
          at,
          "`"
              + t.name()
              + "` needs a field `"
              + name
              + ": "
              + type.name().toLowerCase(Locale.ROOT)
              + "`",
          Suggestions.hint(name, t.fields().stream().map(FieldSpec::name).toList()));
      return -1;
    }
    ColumnType actual = t.fields().get(i).type();
    boolean numberOk =
        type == ColumnType.NUMBER && (actual == ColumnType.INTEGER || actual == ColumnType.NUMBER);
    if (actual != type && !numberOk) {
      cx.diags.error(
          Code.E0202,
          at,
          "`"
              + t.name()
              + "."
              + name
              + "` must be "
              + type.name().toLowerCase(Locale.ROOT)
              + ", but it is declared as "
              + actual.name().toLowerCase(Locale.ROOT),
          null);
      return -1;
    }
    return i;
  }

  private <T extends Decl> T one(Class<T> kind) {
    List<T> all = cx.plan.all(kind);
    if (all.size() > 1)
      cx.diags.error(Code.E0406, all.get(1).span(), "this rule is given twice", "keep one");
    return all.isEmpty() ? null : all.get(0);
  }
}
