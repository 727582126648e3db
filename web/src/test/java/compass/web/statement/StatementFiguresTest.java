package compass.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import compass.result.LineItem;
import compass.result.StatementRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure of every statement of every example plan equals {@code compass run}'s: read back
 * from the pages as a browser parses them (the text shown, not only the data attributes), and
 * compared with the run's rows and lines.
 */
class StatementFiguresTest {
  private final StatementPages pages = new StatementPages();

  static Stream<Path> plans() throws IOException {
    try (Stream<Path> dirs = Files.list(Rendered.PLANS)) {
      return dirs
          .filter(d -> Files.exists(d.resolve("expected-statement.csv")))
          .map(d -> d.resolve(d.getFileName() + ".comp"))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** An amount as the page shows it (24,220.00) read back as a number. */
  private static BigDecimal shown(Element e) {
    assertNotNull(e);
    return new BigDecimal(e.text().replace(",", "").split(" ")[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plans")
  void everyFigureIsTheRunsFigure(Path plan) {
    Rendered r = Rendered.of(plan, null);
    Map<String, List<StatementRow>> rows = new LinkedHashMap<>();
    for (StatementRow row : r.run().rows())
      rows.computeIfAbsent(row.participant(), k -> new java.util.ArrayList<>()).add(row);
    assertEquals(
        rows.keySet().stream().toList(),
        r.statements().stream().map(s -> s.participant().id()).toList());
    Document index =
        Jsoup.parse(
            pages.index(
                StatementIndex.of(
                    r.statements().get(0).plan(), r.run().currency(), r.statements())));
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, List<StatementRow>> e : rows.entrySet()) {
      String id = e.getKey();
      List<StatementRow> mine = e.getValue();
      BigDecimal ytd = mine.get(mine.size() - 1).ytd();
      total = total.add(ytd);
      Document page = Jsoup.parse(pages.page(r.of(id)));
      assertEquals(0, ytd.compareTo(shown(page.selectFirst(".st-ytd strong"))), id);
      Element link = index.selectFirst("tr[data-participant=\"" + id.replace("\"", "\\\"") + "\"]");
      assertNotNull(link, id);
      assertEquals(0, ytd.compareTo(shown(link.selectFirst("td.st-num"))), id);
      for (StatementRow row : mine) {
        String where = id + " " + row.period();
        Element summary = page.selectFirst(".st-summary tr[data-period=" + row.period() + "]");
        assertEquals(0, row.payout().compareTo(shown(summary.select("td").get(0))), where);
        assertEquals(0, row.ytd().compareTo(shown(summary.select("td").get(1))), where);
        Element section = page.selectFirst("section[data-period=" + row.period() + "]");
        assertEquals(row.payout().toPlainString(), section.attr("data-payout"), where);
        assertEquals(0, row.payout().compareTo(shown(section.selectFirst("tfoot td"))), where);
        Map<String, BigDecimal> byComponent = new LinkedHashMap<>();
        int lines = 0;
        for (LineItem l : r.run().lines()) {
          if (!l.participant().equals(id) || !l.period().equals(row.period())) continue;
          byComponent.merge(l.component(), l.amount(), BigDecimal::add);
          lines++;
        }
        assertEquals(lines, section.select("tr.st-line").size(), where);
        List<Element> components = section.select("tbody.st-component");
        assertEquals(byComponent.size(), components.size(), where);
        for (Element c : components) {
          BigDecimal expected = byComponent.get(c.attr("data-component"));
          assertNotNull(expected, where + " " + c.attr("data-component"));
          assertEquals(
              0, expected.compareTo(shown(c.selectFirst(".st-component-total td"))), where);
          BigDecimal sum = BigDecimal.ZERO;
          for (Element line : c.select("tr.st-line"))
            sum = sum.add(shown(line.selectFirst("td.st-num")));
          assertEquals(0, expected.compareTo(sum), where + ": the lines add up to the component");
        }
      }
    }
    assertEquals(0, total.compareTo(shown(index.selectFirst(".st-ytd strong"))));
  }
}
