package compass.spark;

import java.io.Serializable;

/** A deal row sent to the partition of one of the participants it reaches. */
record Routed(String file, int line, String[] cells) implements Serializable {}
