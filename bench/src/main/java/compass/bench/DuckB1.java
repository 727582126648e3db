package compass.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Benchmark B1 as one DuckDB query (../shared/bench/b1.sql), through DuckDB's JDBC driver: what a
 * data-savvy analyst would run instead of compass, the comparison of bench/scale.sh. The payouts go
 * to stdout as CSV (participant, period, payout), as `compass run --format csv` prints them.
 *
 * <p>usage: {@code java -cp DUCKDB_JAR:CLASSES compass.bench.DuckB1 SQL_FILE DATA_DIR [THREADS]}
 *
 * <p>Only JDBC is used here: the driver (org.duckdb:duckdb_jdbc) is a dependency of the bench
 * module alone, never of the compass jar.
 */
public final class DuckB1 {
  private DuckB1() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: DuckB1 SQL_FILE DATA_DIR [THREADS]");
      System.exit(2);
    }
    String sql = Files.readString(Path.of(args[0]));
    String dir = Path.of(args[1]).toAbsolutePath().toString();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      if (args.length > 2) s.execute("SET threads=" + Integer.parseInt(args[2]));
      s.execute("SET file_search_path='" + dir.replace("'", "''") + "'");
      s.execute(sql);
    }
  }
}
