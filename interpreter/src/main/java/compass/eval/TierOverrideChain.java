package compass.eval;

import compass.ast.Decl;
import compass.calendar.Period;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Band-table overrides (`override tiers of "C" for ann from ...`) that chain: for one participant,
 * each is in force from its date until the next one's. Indexes refer to the component's list of
 * overrides; -1 is the plan's own bands. Two on the same date (or both without one) are an error
 * naming both, as two band tables cannot be compared.
 */
final class TierOverrideChain {
  private TierOverrideChain() {}

  /** Days of a period paid on one band table. */
  record Segment(int override, long days) {}

  /** The overrides that apply to the person, sorted by date (one without a date first). */
  static List<Integer> of(
      List<Decl.TiersOverride> overrides, String title, Dataset data, int person) {
    List<Integer> chain = new ArrayList<>();
    for (int i = 0; i < overrides.size(); i++) {
      Decl.TiersOverride o = overrides.get(i);
      if (!Overrides.applies(data, o.scope(), o.who().text(), person)) continue;
      for (int j : chain) {
        Decl.TiersOverride other = overrides.get(j);
        if (!Objects.equals(other.from(), o.from())) continue;
        throw new EvalError(
            Diagnostic.error(
                    Code.E0406,
                    o.span(),
                    "two band tables of \""
                        + title
                        + "\" apply to "
                        + data.personId(person)
                        + (o.from() == null ? "" : " from " + o.from()))
                .withLabel(new Label(other.span(), "the other override"))
                .withHint("give them different `from` dates to chain them, or remove one"));
      }
      chain.add(i);
    }
    chain.sort(
        Comparator.comparing(
            (Integer i) -> overrides.get(i).from(),
            Comparator.nullsFirst(Comparator.naturalOrder())));
    return chain;
  }

  /**
   * The override in force on the day (the latest dated on or before it), or -1: the plan's bands.
   */
  static int inForceOn(List<Decl.TiersOverride> overrides, List<Integer> chain, LocalDate day) {
    int in = -1;
    for (int i : chain) {
      LocalDate from = overrides.get(i).from();
      if (from == null || !from.isAfter(day)) in = i;
    }
    return in;
  }

  /**
   * The band tables in force in the period, with their days, in date order: the one in force on its
   * first day, then each override dated inside it.
   */
  static List<Segment> segments(List<Decl.TiersOverride> overrides, List<Integer> chain, Period p) {
    List<Segment> segments = new ArrayList<>();
    int current = inForceOn(overrides, chain, p.start());
    long start = p.start().toEpochDay();
    for (int i : chain) {
      LocalDate from = overrides.get(i).from();
      if (from == null || !from.isAfter(p.start()) || from.isAfter(p.end())) continue;
      segments.add(new Segment(current, from.toEpochDay() - start));
      current = i;
      start = from.toEpochDay();
    }
    segments.add(new Segment(current, p.end().toEpochDay() - start + 1));
    return segments;
  }
}
