package compass.eval;

import compass.ast.Step;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The step of a tier table applied to another amount: "attainment 112% is in the band from 100%: 8%
 * x base_salary 20,000.00 = 1,600.00", with the base, what percent bounds are read against, and the
 * band that paid (the amount it was applied to, its rate, what it paid) as children.
 */
final class AppliedRateNote {
  private AppliedRateNote() {}

  /**
   * {@code against}: the quota (or `against`) percent bounds were read against, null when the
   * bounds are read as they are; {@code position}: the attainment a `when quota is 0` rule gave,
   * null otherwise; {@code band}: the band reached, -1 below the first.
   */
  static TraceStep of(
      Step.Tiers ast,
      boolean percentBase,
      BigDecimal against,
      BigDecimal x,
      BigDecimal position,
      int band,
      BigDecimal rate,
      BigDecimal amount,
      BigDecimal result) {
    String baseText = ast.base().span().text();
    String appliedText = ast.appliedTo().span().text();
    StringBuilder s = new StringBuilder(baseText).append(' ');
    s.append(percentBase ? Fmt.percent(x) : Fmt.money(x));
    List<TraceStep> children = new ArrayList<>();
    children.add(TraceStep.of(Kind.BASE, baseText).withAmount(x).withSpan(ast.base().span()));
    if (against != null) {
      String againstText = ast.against() == null ? "quota" : ast.against().span().text();
      s.append(" against ").append(againstText).append(' ').append(Fmt.money(against));
      children.add(
          TraceStep.of(Kind.AGAINST, againstText)
              .withAmount(against)
              .withSpan(ast.against() == null ? null : ast.against().span()));
    }
    if (position != null) {
      s.append(" (quota is 0: taken as ")
          .append(Fmt.percent(position))
          .append(" by the `when quota is 0` rule)");
    }
    if (band < 0) {
      Step.Band first = ast.bands().get(0);
      s.append(" is below the first band (")
          .append(first.exclusive() ? "above " : "from ")
          .append(first.lower().span().text())
          .append("): nothing paid on ")
          .append(appliedText);
    } else {
      Step.Band b = ast.bands().get(band);
      String term = Fmt.percent(rate) + " x " + appliedText + " " + Fmt.money(amount);
      s.append(" is in the band ")
          .append(b.exclusive() ? "above " : "from ")
          .append(b.lower().span().text())
          .append(": ")
          .append(term)
          .append(" = ")
          .append(Fmt.money(result));
      children.add(
          TraceStep.of(Kind.BAND, term)
              .withBasis(amount)
              .withRate(rate)
              .withAmount(result)
              .withSpan(b.lower().span()));
    }
    return TraceStep.of(Kind.TIERS, s.toString())
        .withAmount(result)
        .withBasis(amount)
        .withSpan(ast.span())
        .withChildren(children);
  }
}
