package compass.api;

import compass.check.CheckedPlan;
import compass.data.Column;
import compass.data.ColumnType;
import compass.data.DateColumn;
import compass.data.DecimalColumn;
import compass.data.EnumColumn;
import compass.data.FieldSpec;
import compass.data.LongColumn;
import compass.data.Table;
import compass.data.TextColumn;
import compass.stream.DealStream;
import compass.stream.Unstreamable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second source of typed rows for a streamed run: a deals table loaded whole by the normal
 * loader, typed cell by cell here (so a streamed run can be compared with a whole one on any data,
 * independently of the fast scan). Cells are typed as the fast scan types them: persons and stages
 * by index, dates as epoch days, money at scale 4, texts by their index among the distinct values,
 * an empty optional cell as FastScan.MISSING.
 */
final class TableRows implements DealStream.RowSource {
  private final Table deals;
  private final Map<String, Integer> people = new HashMap<>();
  private final CheckedPlan plan;
  private final int parts;

  TableRows(Table deals, List<String> people, CheckedPlan plan, int parts) {
    this.deals = deals;
    this.plan = plan;
    this.parts = parts;
    for (int i = 0; i < people.size(); i++) this.people.put(people.get(i), i);
  }

  @Override
  public DealStream.Scanned scan(
      boolean[] keep, java.util.function.IntFunction<DealStream.CellRows> sinks)
      throws Unstreamable {
    List<FieldSpec> fields = plan.deals().fields();
    List<List<String>> texts = new ArrayList<>();
    List<Map<String, Integer>> index = new ArrayList<>();
    for (int f = 0; f < fields.size(); f++) {
      boolean text = keep[f] && fields.get(f).type() == ColumnType.TEXT;
      texts.add(text ? new ArrayList<>() : null);
      index.add(text ? new HashMap<>() : null);
    }
    long[] cells = new long[fields.size()];
    int rows = deals.rowCount();
    for (int part = 0; part < parts; part++) {
      DealStream.CellRows sink = sinks.apply(part);
      for (int row = part * rows / parts; row < (part + 1) * rows / parts; row++) {
        for (int f = 0; f < fields.size(); f++) {
          Column c = deals.column(f);
          if (!keep[f]) continue;
          if (!c.isPresent(row)) { // an empty optional cell, as the scan types it
            cells[f] = compass.data.FastScan.MISSING;
            continue;
          }
          cells[f] = cell(fields.get(f).type(), c, row, texts.get(f), index.get(f));
        }
        sink.row(cells);
      }
    }
    return new DealStream.Scanned(rows, texts);
  }

  private long cell(
      ColumnType type, Column c, int row, List<String> texts, Map<String, Integer> index)
      throws Unstreamable {
    switch (type) {
      case PERSON:
        Integer p = people.get(((TextColumn) c).get(row));
        if (p == null) throw new Unstreamable("an unknown person");
        return p;
      case STAGE:
        return ((EnumColumn) c).ordinal(row);
      case DATE:
        return ((DateColumn) c).epochDay(row);
      case INTEGER:
        return ((LongColumn) c).get(row);
      case MONEY:
      case NUMBER:
        BigDecimal v = ((DecimalColumn) c).get(row);
        try {
          return v.setScale(4).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
          throw new Unstreamable("a number with more than 4 decimals");
        }
      case TEXT:
        String s = ((TextColumn) c).get(row);
        return index.computeIfAbsent(
            s,
            k -> {
              texts.add(k);
              return texts.size() - 1;
            });
      default:
        throw new Unstreamable("a " + type + " field");
    }
  }
}
