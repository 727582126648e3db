package compass.session;

import compass.diag.Grouping;
import compass.eval.Fmt;
import compass.explain.TraceStep;
import compass.explain.TraceStep.Kind;
import compass.result.LineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a statement's payout moved, from the steps the evaluator recorded for its line items: the top
 * tier band reached (or its rate), a cap that started or stopped cutting or cut at another amount,
 * the quota or the base the tiers ran on, a component that started or stopped paying; else how the
 * bands split the base, what a cumulative component paid earlier in the year, or which components
 * changed and by how much.
 */
final class Reasons {
  private Reasons() {}

  static String why(List<LineItem> before, List<LineItem> after) {
    List<String> out = new ArrayList<>();
    TraceStep tiersBefore = tiers(before), tiersAfter = tiers(after);
    BigDecimal bandBefore = topBand(before), bandAfter = topBand(after);
    TiersOn was = tiersOn(before), now = tiersOn(after);
    // the tiers ran on the same base against the same quota
    boolean samePlace =
        was != null
            && now != null
            && was.base().equals(now.base())
            && was.against().equals(now.against());
    if (bandAfter != null && (bandBefore == null || bandAfter.compareTo(bandBefore) != 0)) {
      boolean up = bandBefore == null || bandAfter.compareTo(bandBefore) > 0;
      // ... and split it the same way: the band's rate itself changed
      boolean sameBands =
          samePlace && bandBefore != null && slices(tiersBefore).equals(slices(tiersAfter));
      if (sameBands)
        out.add("top band's rate " + Fmt.percent(bandBefore) + " -> " + Fmt.percent(bandAfter));
      else
        out.add(
            (up ? "crossed into the " : "fell back to the ")
                + Fmt.percent(bandAfter)
                + " band"
                + (bandBefore == null ? "" : " (from " + Fmt.percent(bandBefore) + ")"));
    }
    String capBefore = cap(before), capAfter = cap(after);
    if (capAfter != null && capBefore == null) out.add("cap reached");
    if (capBefore != null && capAfter == null) out.add("no longer capped");
    if (capBefore != null && capAfter != null && !capBefore.equals(capAfter))
      out.add("cap " + capBefore + " -> " + capAfter);
    if (was != null && now != null) {
      if (!was.against().equals(now.against()))
        out.add(now.againstName() + " " + was.against() + " -> " + now.against());
      if (!was.base().equals(now.base())) {
        boolean sameBand =
            bandAfter != null && bandBefore != null && bandAfter.compareTo(bandBefore) == 0;
        out.add(
            now.baseName()
                + " "
                + was.base()
                + " -> "
                + now.base()
                + (sameBand ? " in the " + Fmt.percent(bandAfter) + " band" : ""));
      }
    }
    Map<String, BigDecimal> paid = byComponent(before), paidNow = byComponent(after);
    List<String> moved = new ArrayList<>();
    for (String c : union(paid, paidNow)) {
      BigDecimal a = paid.getOrDefault(c, BigDecimal.ZERO),
          b = paidNow.getOrDefault(c, BigDecimal.ZERO);
      if (a.compareTo(b) == 0) continue;
      if (a.signum() == 0) out.add(c + " now pays");
      else if (b.signum() == 0) out.add(c + " no longer pays");
      else moved.add(c + " " + signed(b.subtract(a)));
    }
    if (out.isEmpty() && samePlace) { // same base, same top band: the bands themselves moved
      String split = bands(tiersBefore), splitNow = bands(tiersAfter);
      if (split != null && splitNow != null && !split.equals(splitNow))
        out.add("bands " + splitNow + " (were " + split + ")");
    }
    if (out.isEmpty()) { // a cumulative component: what this period pays depends on what was paid
      // before
      BigDecimal paidBefore = paidEarlier(before), paidAfter = paidEarlier(after);
      if (paidBefore != null && paidAfter != null && paidBefore.compareTo(paidAfter) != 0) {
        out.add(
            "true-up: paid earlier in the year "
                + Fmt.money(paidBefore)
                + " -> "
                + Fmt.money(paidAfter));
      }
    }
    if (out.isEmpty()) out.addAll(moved);
    return String.join("; ", out);
  }

  /** The recorded steps of the lines, in order (the steps under them not included). */
  private static List<TraceStep> steps(List<LineItem> lines) {
    List<TraceStep> out = new ArrayList<>();
    for (LineItem l : lines) out.addAll(l.trace());
    return out;
  }

  private static TraceStep first(List<LineItem> lines, Kind kind) {
    for (TraceStep s : steps(lines)) if (s.kind() == kind) return s;
    return null;
  }

  /** The first tier table that paid through bands: what the rate and band reasons are about. */
  private static TraceStep tiers(List<LineItem> lines) {
    for (TraceStep s : steps(lines)) {
      if (s.kind() == Kind.TIERS && s.children().stream().anyMatch(c -> c.kind() == Kind.BAND))
        return s;
    }
    return null;
  }

  /**
   * The highest rate of the bands any tier table of the lines reached; null when no band pays a
   * rate.
   */
  private static BigDecimal topBand(List<LineItem> lines) {
    BigDecimal top = null;
    for (TraceStep tiers : steps(lines)) {
      if (tiers.kind() != Kind.TIERS) continue;
      for (TraceStep band : tiers.children()) {
        if (band.kind() != Kind.BAND || band.rate() == null) continue;
        if (top == null || band.rate().compareTo(top) > 0) top = band.rate();
      }
    }
    return top;
  }

  /** How the bands split the base: "125,000.00 x 5% + 125,000.00 x 8%". */
  private static String bands(TraceStep tiers) {
    if (tiers == null) return null;
    List<String> terms = new ArrayList<>();
    for (TraceStep band : tiers.children()) if (band.kind() == Kind.BAND) terms.add(band.label());
    return String.join(" + ", terms);
  }

  /**
   * How much of the base each band took, without the rates: the same when only a rate changed. A
   * band that took the whole base is also named by its lower bound (a retroactive table).
   */
  private static List<String> slices(TraceStep tiers) {
    List<String> out = new ArrayList<>();
    if (tiers == null) return out;
    for (TraceStep band : tiers.children()) {
      if (band.kind() != Kind.BAND) continue;
      boolean whole = band.basis().compareTo(tiers.basis()) == 0 && band.span() != null;
      out.add(
          band.rate() == null
              ? Fmt.money(band.amount())
              : Fmt.money(band.basis()) + (whole ? " from " + band.span().text() : ""));
    }
    return out;
  }

  private static BigDecimal paidEarlier(List<LineItem> lines) {
    TraceStep trueUp = first(lines, Kind.TRUE_UP);
    if (trueUp == null) return null;
    for (TraceStep c : trueUp.children()) if (c.kind() == Kind.PAID_EARLIER) return c.amount();
    return null;
  }

  /** What a tier table with percent bounds ran on: bookings 280,000.00 against quota 250,000.00. */
  private record TiersOn(String baseName, String base, String againstName, String against) {}

  private static TiersOn tiersOn(List<LineItem> lines) {
    for (TraceStep s : steps(lines)) {
      if (s.kind() != Kind.TIERS) continue;
      TraceStep base = null, against = null;
      for (TraceStep c : s.children()) {
        if (c.kind() == Kind.BASE) base = c;
        if (c.kind() == Kind.AGAINST) against = c;
      }
      if (base != null && against != null) {
        return new TiersOn(
            base.label(), Fmt.money(base.amount()), against.label(), Fmt.money(against.amount()));
      }
    }
    return null;
  }

  /** The cap that cut ("20,000.00"), or null when none did. */
  private static String cap(List<LineItem> lines) {
    TraceStep cap = first(lines, Kind.CAP);
    return cap == null ? null : Fmt.money(cap.basis());
  }

  private static Map<String, BigDecimal> byComponent(List<LineItem> lines) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (LineItem l : lines) out.merge(l.component(), l.amount(), BigDecimal::add);
    return out;
  }

  private static List<String> union(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
    List<String> out = new ArrayList<>(a.keySet());
    for (String k : b.keySet()) if (!out.contains(k)) out.add(k);
    return out;
  }

  /** +2,560.00: with thousands separators, whatever the JVM's locale. */
  static String signed(BigDecimal v) {
    return Grouping.signed(v);
  }
}
