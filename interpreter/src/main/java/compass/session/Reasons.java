package compass.session;

import compass.diag.Grouping;
import compass.result.LineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a statement's payout moved, in the words of its line items' notes: the top tier band
 * reached (or its rate), a cap that started or stopped cutting or cut at another amount, the quota
 * or the base the tiers ran on, a component that started or stopped paying; else how the bands
 * split the base, what a cumulative component paid earlier in the year, or which components
 * changed and by how much.
 */
final class Reasons {
  private static final Pattern BAND = Pattern.compile(" x (-?[0-9.,]+%)");
  private static final Pattern CAP = Pattern.compile("cap ([0-9.,]+)( per year)?: ");
  private static final Pattern BANDS = Pattern.compile("tiers on [^:]*: (.*?) = ");
  private static final Pattern PAID_EARLIER = Pattern.compile("paid earlier (-?[0-9.,]+)");
  private static final Pattern TIERS_ON = Pattern.compile("tiers on (\\S+) (-?[0-9.,]+) against (\\S+) (-?[0-9.,]+)");

  private Reasons() {}

  static String why(List<LineItem> before, List<LineItem> after) {
    List<String> out = new ArrayList<>();
    String bandBefore = topBand(before), bandAfter = topBand(after);
    TiersOn was = tiersOn(before), now = tiersOn(after);
    // the tiers ran on the same base against the same quota
    boolean samePlace = was != null && now != null && was.base().equals(now.base()) && was.against().equals(now.against());
    if (bandAfter != null && !bandAfter.equals(bandBefore)) {
      boolean up = bandBefore == null || rate(bandAfter).compareTo(rate(bandBefore)) > 0;
      // ... and split it the same way: the band's rate itself changed
      boolean sameBands = samePlace && bandBefore != null && bandAmounts(before).equals(bandAmounts(after));
      if (sameBands) out.add("top band's rate " + bandBefore + " -> " + bandAfter);
      else out.add((up ? "crossed into the " : "fell back to the ") + bandAfter + " band" + (bandBefore == null ? "" : " (from " + bandBefore + ")"));
    }
    String capBefore = cap(before), capAfter = cap(after);
    if (capAfter != null && capBefore == null) out.add("cap reached");
    if (capBefore != null && capAfter == null) out.add("no longer capped");
    if (capBefore != null && capAfter != null && !capBefore.equals(capAfter)) out.add("cap " + capBefore + " -> " + capAfter);
    if (was != null && now != null) {
      if (!was.against().equals(now.against())) out.add(now.againstName() + " " + was.against() + " -> " + now.against());
      if (!was.base().equals(now.base())) {
        boolean sameBand = bandAfter != null && bandAfter.equals(bandBefore);
        out.add(now.baseName() + " " + was.base() + " -> " + now.base() + (sameBand ? " in the " + bandAfter + " band" : ""));
      }
    }
    Map<String, BigDecimal> paid = byComponent(before), paidNow = byComponent(after);
    List<String> moved = new ArrayList<>();
    for (String c : union(paid, paidNow)) {
      BigDecimal a = paid.getOrDefault(c, BigDecimal.ZERO), b = paidNow.getOrDefault(c, BigDecimal.ZERO);
      if (a.compareTo(b) == 0) continue;
      if (a.signum() == 0) out.add(c + " now pays");
      else if (b.signum() == 0) out.add(c + " no longer pays");
      else moved.add(c + " " + signed(b.subtract(a)));
    }
    if (out.isEmpty() && samePlace) { // same base, same top band: the bands themselves moved
      String split = bands(before), splitNow = bands(after);
      if (split != null && splitNow != null && !split.equals(splitNow)) out.add("bands " + splitNow + " (were " + split + ")");
    }
    if (out.isEmpty()) { // a cumulative component: what this period pays depends on what was paid before
      String paidBefore = paidEarlier(before), paidAfter = paidEarlier(after);
      if (paidBefore != null && paidAfter != null && !paidBefore.equals(paidAfter)) {
        out.add("true-up: paid earlier in the year " + paidBefore + " -> " + paidAfter);
      }
    }
    if (out.isEmpty()) out.addAll(moved);
    return String.join("; ", out);
  }

  /** How a tiered note splits its base over the bands: "125,000.00 x 5% + 125,000.00 x 8%". */
  private static String bands(List<LineItem> lines) {
    for (LineItem l : lines) {
      if (l.note() == null || !l.note().contains("tiers on")) continue;
      Matcher m = BANDS.matcher(l.note());
      if (m.find()) return m.group(1);
    }
    return null;
  }

  /** How much of the base each band took, without the rates: the same when only a rate changed. */
  private static String bandAmounts(List<LineItem> lines) {
    String split = bands(lines);
    return split == null ? "" : split.replaceAll(" x -?[0-9.,]+%", "");
  }

  private static String paidEarlier(List<LineItem> lines) {
    for (LineItem l : lines) {
      if (l.note() == null) continue;
      Matcher m = PAID_EARLIER.matcher(l.note());
      if (m.find()) return m.group(1);
    }
    return null;
  }

  /** The rate of the highest band a tiered component's note reaches ("... + 30,000.00 x 12% = ..."). */
  private static String topBand(List<LineItem> lines) {
    String top = null;
    for (LineItem l : lines) {
      if (l.note() == null || !l.note().contains("tiers on")) continue;
      String tiers = l.note().substring(l.note().indexOf("tiers on"));
      int end = tiers.indexOf(" = ");
      Matcher m = BAND.matcher(end < 0 ? tiers : tiers.substring(0, end));
      while (m.find()) {
        String band = m.group(1);
        if (top == null || rate(band).compareTo(rate(top)) > 0) top = band;
      }
    }
    return top;
  }

  /** What a tiered note says the tiers ran on: "tiers on bookings 280,000.00 against quota 250,000.00". */
  private record TiersOn(String baseName, String base, String againstName, String against) {}

  private static TiersOn tiersOn(List<LineItem> lines) {
    for (LineItem l : lines) {
      if (l.note() == null) continue;
      Matcher m = TIERS_ON.matcher(l.note());
      if (m.find()) return new TiersOn(m.group(1), m.group(2), m.group(3), m.group(4));
    }
    return null;
  }

  private static BigDecimal rate(String percent) {
    return new BigDecimal(percent.substring(0, percent.length() - 1).replace(",", ""));
  }

  /** The cap that cut ("20,000.00"), or null when none did. */
  private static String cap(List<LineItem> lines) {
    for (LineItem l : lines) {
      if (l.note() == null) continue;
      Matcher m = CAP.matcher(l.note());
      if (m.find()) return m.group(1);
    }
    return null;
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
