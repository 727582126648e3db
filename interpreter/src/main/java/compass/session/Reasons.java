package compass.session;

import compass.api.LineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a statement's payout moved, in the words of its line items' notes: the top tier band
 * reached, a cap that started or stopped cutting, the quota or the base the tiers ran on, a
 * component that started or stopped paying; else which components changed and by how much.
 */
final class Reasons {
  private static final Pattern BAND = Pattern.compile(" x (-?[0-9.,]+%)");
  private static final Pattern CAP = Pattern.compile("cap ([0-9.,]+)( per year)?: ");
  private static final Pattern TIERS_ON = Pattern.compile("tiers on (\\S+) (-?[0-9.,]+) against (\\S+) (-?[0-9.,]+)");

  private Reasons() {}

  static String why(List<LineItem> before, List<LineItem> after) {
    List<String> out = new ArrayList<>();
    String bandBefore = topBand(before), bandAfter = topBand(after);
    if (bandAfter != null && !bandAfter.equals(bandBefore)) {
      boolean up = bandBefore == null || rate(bandAfter).compareTo(rate(bandBefore)) > 0;
      out.add((up ? "crossed into the " : "fell back to the ") + bandAfter + " band" + (bandBefore == null ? "" : " (from " + bandBefore + ")"));
    }
    boolean capBefore = capped(before), capAfter = capped(after);
    if (capAfter && !capBefore) out.add("cap reached");
    if (capBefore && !capAfter) out.add("no longer capped");
    TiersOn was = tiersOn(before), now = tiersOn(after);
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
    if (out.isEmpty()) out.addAll(moved);
    return String.join("; ", out);
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

  private static boolean capped(List<LineItem> lines) {
    for (LineItem l : lines) if (l.note() != null && CAP.matcher(l.note()).find()) return true;
    return false;
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
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder(v.signum() < 0 ? "-" : "+");
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) out.append(',');
      out.append(whole.charAt(i));
    }
    return out.append(dot < 0 ? "" : plain.substring(dot)).toString();
  }
}
