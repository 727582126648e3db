package compass.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct values of one text field that {@link FastScan} hands over as indexes, shared by its
 * threads; each thread keeps its own {@link ByteKeys} cache in front, so this is asked only the
 * first time a thread meets a value.
 */
final class TextDictionary {
  private final Map<String, Integer> indexes = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  /** The index of the ASCII text b[from, to), given the next one when it is new. */
  synchronized int indexOf(byte[] b, int from, int to) {
    String value = new String(b, from, to - from, StandardCharsets.US_ASCII);
    Integer known = indexes.get(value);
    if (known != null) return known;
    indexes.put(value, values.size());
    values.add(value);
    return values.size() - 1;
  }

  synchronized List<String> values() {
    return List.copyOf(values);
  }
}
