package compass.spark;

import compass.api.Batches;
import compass.api.RunResult;
import compass.api.ShippedPlan;
import compass.api.StatementCsv;
import compass.api.TextTable;
import compass.diag.Diagnostic;
import compass.diag.DiagnosticRenderer;
import compass.result.RejectedRow;
import compass.source.DataLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The distributed part of a job, two passes over the deals, both through the facade. First, on each
 * partition of the rows as read: type and check them, credit them, and find which participants each
 * one reaches (its owner, split partners, every manager above them). Each row is then sent to the
 * partition (by hash) of every participant it reaches, so a manager's partition holds every deal of
 * the team. Second, each partition runs the plan, evaluating only its own participants with the
 * same evaluator as {@code compass run}, and writes their statement lines. Under a pool or a team
 * budget (one deal changes everyone's payout) there is one partition.
 */
final class PartitionedRun {
  private PartitionedRun() {}

  /** Deal rows typed and credited together in the first pass. */
  static final int BATCH = 50_000;

  /** Whose partition a participant is in. */
  static int bucket(String participant, int partitions) {
    return Math.floorMod(participant.hashCode(), partitions);
  }

  /** The pieces of the statement, every problem found, all in one job. */
  static JavaRDD<Piece> pieces(
      JavaRDD<SparkInputs.Line> deals,
      Broadcast<ShippedPlan> plan,
      Broadcast<Map<String, TextTable>> shared,
      String dealsFile,
      List<String> header,
      int partitions,
      Options options) {
    JavaRDD<Either> reached =
        deals.mapPartitions(
            rows ->
                reach(rows, plan.value(), shared.value(), dealsFile, header, partitions, options));
    JavaRDD<Piece> problems = reached.filter(e -> e.piece != null).map(e -> e.piece);
    JavaPairRDD<Integer, Routed> routed =
        reached
            .filter(e -> e.routed != null)
            .mapToPair(e -> new Tuple2<>(e.bucket, e.routed))
            .partitionBy(new HashPartitioner(partitions));
    JavaRDD<Piece> statements =
        routed
            .values()
            .mapPartitionsWithIndex(
                (index, rows) ->
                    evaluate(
                        index,
                        rows,
                        plan.value(),
                        shared.value(),
                        dealsFile,
                        header,
                        partitions,
                        options),
                false);
    return problems.union(statements);
  }

  /** What the job was asked for, beside the plan and the data. */
  record Options(String period, boolean lines, boolean keepGoing, boolean onePartition)
      implements java.io.Serializable {}

  /** A routed row or a problem. */
  static final class Either implements java.io.Serializable {
    final int bucket;
    final Routed routed;
    final Piece piece;

    Either(int bucket, Routed routed, Piece piece) {
      this.bucket = bucket;
      this.routed = routed;
      this.piece = piece;
    }
  }

  /** The first pass, on one partition of rows as read: each file's rows as one batch. */
  private static Iterator<Either> reach(
      Iterator<SparkInputs.Line> rows,
      ShippedPlan plan,
      Map<String, TextTable> shared,
      String dealsFile,
      List<String> header,
      int partitions,
      Options options) {
    List<Either> out = new ArrayList<>();
    List<TextTable.Row> batch = new ArrayList<>();
    String file = null;
    while (rows.hasNext()) {
      SparkInputs.Line l = rows.next();
      // a batch is one file's rows, BATCH at most: memory holds one batch, not the partition
      if (file != null && (!file.equals(l.file()) || batch.size() >= BATCH)) {
        reachBatch(file, batch, plan, shared, dealsFile, header, partitions, options, out);
        batch.clear();
      }
      file = l.file();
      batch.add(l.row());
    }
    if (file != null)
      reachBatch(file, batch, plan, shared, dealsFile, header, partitions, options, out);
    return out.iterator();
  }

  private static void reachBatch(
      String file,
      List<TextTable.Row> batch,
      ShippedPlan plan,
      Map<String, TextTable> shared,
      String dealsFile,
      List<String> header,
      int partitions,
      Options options,
      List<Either> out) {
    TextTable table = new TextTable(dealsFile, header, List.copyOf(batch));
    Batches.Reached r = Batches.reach(plan, shared, table, options.keepGoing());
    for (Diagnostic d : r.diagnostics()) out.add(new Either(0, null, problem(d, file)));
    for (RejectedRow x : r.rejects())
      out.add(
          new Either(
              0, null, Piece.problem(Piece.Kind.REJECT, file, x.line(), StatementCsv.reject(x))));
    if (!r.ok()) return;
    for (int i = 0; i < r.kept().size(); i++) {
      TextTable.Row row = r.kept().get(i);
      String id = r.ids().isEmpty() ? null : r.ids().get(i);
      if (id != null) // a duplicate id in another batch is found where the id's rows meet
      out.add(new Either(bucket(id, partitions), Routed.id(file, row.line(), id), null));
      Routed routed = new Routed(file, row);
      if (options.onePartition()) {
        out.add(new Either(0, routed, null));
        continue;
      }
      Set<Integer> buckets = new LinkedHashSet<>();
      for (String p : r.participants().get(i)) buckets.add(bucket(p, partitions));
      for (int b : buckets) out.add(new Either(b, routed, null));
    }
  }

  /** The second pass: the plan run on one partition's deals for its own participants. */
  private static Iterator<Piece> evaluate(
      int index,
      Iterator<Routed> rows,
      ShippedPlan plan,
      Map<String, TextTable> shared,
      String dealsFile,
      List<String> header,
      int partitions,
      Options options) {
    List<Routed> deals = new ArrayList<>();
    Map<String, List<Routed>> ids = new HashMap<>();
    rows.forEachRemaining(
        r -> {
          if (r.isId()) ids.computeIfAbsent(r.id(), k -> new ArrayList<>(1)).add(r);
          else deals.add(r);
        });
    List<Piece> duplicates = duplicates(ids, dealsFile);
    if (!duplicates.isEmpty()) return duplicates.iterator();
    // the order the rows were read in: crediting and line items follow it, as in compass run
    deals.sort(Comparator.comparing(Routed::file).thenComparingInt(Routed::line));
    List<TextTable.Row> table = new ArrayList<>(deals.size());
    for (Routed r : deals) table.add(r.row());
    Map<String, TextTable> tables = new HashMap<>(shared);
    tables.put(dealsFile, new TextTable(dealsFile, header, table));
    RunResult result =
        Batches.run(
            plan,
            tables,
            options.period(),
            options.lines(),
            options.keepGoing(),
            options.onePartition() ? null : p -> bucket(p, partitions) == index);
    List<Piece> out = new ArrayList<>();
    // errors only: a warning over the whole data (a value no row has) would be wrong on a part
    for (Diagnostic d : result.diagnostics()) if (d.isError()) out.add(problem(d, dealsFile));
    for (RejectedRow x : result.rejects())
      out.add(Piece.problem(Piece.Kind.REJECT, x.file(), x.line(), StatementCsv.reject(x)));
    if (!result.ok()) return out.iterator();
    out.add(Piece.header(StatementCsv.header(result, options.lines())));
    Map<String, Integer> seq = new HashMap<>();
    for (StatementCsv.Line l : StatementCsv.rows(result, options.lines()))
      out.add(Piece.row(l.participant(), seq.merge(l.participant(), 1, Integer::sum), l.text()));
    return out.iterator();
  }

  /**
   * Ids seen on more than one row (each batch checked its own rows; this finds the repeats across
   * batches): an error at each later row, as compass run reports it (E0508).
   */
  private static List<Piece> duplicates(Map<String, List<Routed>> ids, String dealsFile) {
    List<Piece> out = new ArrayList<>();
    for (var e : ids.entrySet()) {
      List<Routed> seen = e.getValue();
      if (seen.size() < 2) continue;
      seen.sort(Comparator.comparing(Routed::file).thenComparingInt(Routed::line));
      for (Routed again : seen.subList(1, seen.size()))
        out.add(
            problem(
                Batches.duplicateId(dealsFile, again.line(), e.getKey(), seen.get(0).line()),
                again.file()));
    }
    return out;
  }

  /** A diagnostic as the driver prints it, with where it is for sorting. */
  static Piece problem(Diagnostic d, String file) {
    long line = d.location() instanceof DataLocation at ? at.line() : 0;
    return Piece.problem(
        d.isError() ? Piece.Kind.ERROR : Piece.Kind.WARNING,
        file,
        line,
        DiagnosticRenderer.renderAll(List.of(d)));
  }
}
