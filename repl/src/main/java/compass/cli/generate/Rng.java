package compass.cli.generate;

/**
 * A seeded SplitMix64 generator, written out here rather than taken from the JDK so that the same
 * seed gives the same numbers on every Java version. The only floating point is in {@link
 * #lognormal}, computed with {@link StrictMath} (bit-for-bit the same on every machine); callers
 * turn its result into whole cents once, so no amount is ever carried as a double.
 */
final class Rng {
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;
  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** A generator for one part of the output, independent of how much the others draw. */
  Rng fork(long stream) {
    return new Rng(mix(state ^ mix(stream * GOLDEN + 1)));
  }

  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** A uniform int in {@code [0, bound)}; {@code bound} must be positive. */
  int nextInt(int bound) {
    long limit = (1L << 32) - ((1L << 32) % bound); // reject the uneven tail: no modulo bias
    while (true) {
      long r = nextLong() >>> 32;
      if (r < limit) return (int) (r % bound);
    }
  }

  /** {@code true} with probability {@code perMille / 1000}. */
  boolean chance(int perMille) {
    return nextInt(1000) < perMille;
  }

  /** A uniform double in {@code (0, 1]}, never zero (safe to take its logarithm). */
  private double nextUnit() {
    return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
  }

  /** A standard normal variate (Box-Muller, one of the pair). */
  private double gaussian() {
    double u = nextUnit();
    double v = nextUnit();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }

  /** A log-normal factor {@code exp(mu + sigma * N(0,1))}, as Python's lognormvariate. */
  double lognormal(double mu, double sigma) {
    return StrictMath.exp(mu + sigma * gaussian());
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
