package compass.spark;

import java.io.Serializable;

/**
 * A deal row sent to the partition of one of the participants it reaches; or (cells null) a deal's
 * id sent to the partition of the id, where every row with that id meets (no id twice).
 */
record Routed(String file, int line, String[] cells, String id) implements Serializable {
  Routed(String file, int line, String[] cells) {
    this(file, line, cells, null);
  }

  static Routed id(String file, int line, String id) {
    return new Routed(file, line, null, id);
  }

  boolean isId() {
    return cells == null;
  }
}
