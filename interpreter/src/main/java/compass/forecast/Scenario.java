package compass.forecast;

import java.util.SplittableRandom;

/**
 * Which open deals one simulated run wins, and when they close. Run {@code i}'s draws come from a
 * random stream of its own, made from (seed, i) alone, so a run's outcome is the same whatever
 * thread runs it and whatever ran before: the same seed gives the same forecast at any thread
 * count, and two plans compared on run {@code i} see the same outcome (common random numbers).
 */
final class Scenario {
  final int[] rows;
  final int[] days;
  final int won;

  private Scenario(int[] rows, int[] days, int won) {
    this.rows = rows;
    this.days = days;
    this.won = won;
  }

  /**
   * Run {@code run}'s outcome: deal i is won when a uniform draw falls below its win rate; when any
   * deal slips, each deal then draws its slip uniformly from its range (drawn for every deal, won
   * or not, so that the draws stay aligned with the deals whatever is won).
   */
  static Scenario draw(Pipeline pipeline, long seed, int run) {
    SplittableRandom random = new SplittableRandom(streamSeed(seed, run));
    int n = pipeline.size();
    int[] rows = new int[n];
    int[] days = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      int slip =
          pipeline.slips
              ? pipeline.slipFrom[i] + random.nextInt(pipeline.slipTo[i] - pipeline.slipFrom[i] + 1)
              : 0;
      if (u < pipeline.probabilities[i]) {
        rows[k] = pipeline.rows[i];
        days[k] = pipeline.expectedDay[i] + slip;
        k++;
      }
    }
    return new Scenario(rows, days, k);
  }

  /** Every open deal won on its expected close date (all won), or none (rows empty). */
  static Scenario all(Pipeline pipeline) {
    return new Scenario(pipeline.rows, pipeline.expectedDay, pipeline.size());
  }

  /** The seed of run {@code run}'s stream: the seed and the run index mixed (SplitMix64). */
  static long streamSeed(long seed, int run) {
    long z = seed + 0x9E3779B97F4A7C15L * (run + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
