package compass.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Copies a CSV table to Parquet with every column as text, exactly as written, so the job reads
 * back the same cells: {@code spark-submit --class compass.spark.ToParquet compass-spark.jar
 * deals.csv deals.parquet}. (Used by the benchmark; a lake that has its own Parquet needs none.)
 */
public final class ToParquet {
  private ToParquet() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ToParquet IN.csv OUT.parquet");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("compass-to-parquet").getOrCreate();
    try {
      spark
          .read()
          .option("header", "true")
          .option("escape", "\"")
          .csv(args[0])
          .write()
          .parquet(args[1]);
    } finally {
      spark.stop();
    }
  }
}
