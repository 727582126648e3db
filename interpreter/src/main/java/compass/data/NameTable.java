package compass.data;

import java.util.Collection;

/**
 * A fixed set of names (the person ids, the plan's stages) looked up straight from a cell's
 * characters: a million deal rows then make no String per owner or stage, and each hit returns the
 * one String instance the set holds, so later lookups by that String match by identity.
 */
final class NameTable {
  private final String[] names; // in the order given; a repeated name keeps its first index
  private final int[] slots; // open addressing: index + 1 of the name in each slot, 0 when empty
  private final int mask;

  NameTable(Collection<String> given) {
    String[] all = given.toArray(new String[0]);
    int size = Integer.highestOneBit(Math.max(4, all.length * 2 + 1)) << 1;
    slots = new int[size];
    mask = size - 1;
    names = new String[all.length];
    int n = 0;
    for (String name : all) {
      char[] c = name.toCharArray();
      if (indexOf(c, 0, c.length) >= 0) continue;
      int slot = name.hashCode() & mask;
      while (slots[slot] != 0) slot = (slot + 1) & mask;
      names[n] = name;
      slots[slot] = ++n;
    }
  }

  /** The index of the name equal to c[from, to), or -1 when the set has no such name. */
  int indexOf(char[] c, int from, int to) {
    int h =
        0; // String.hashCode's polynomial, so the table can be filled from the names' own hashes
    for (int i = from; i < to; i++) h = 31 * h + c[i];
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) return -1;
      if (equal(names[entry - 1], c, from, to)) return entry - 1;
    }
  }

  /** The name at index, the very instance that was given. */
  String name(int index) {
    return names[index];
  }

  private static boolean equal(String name, char[] c, int from, int to) {
    int n = to - from;
    if (name.length() != n) return false;
    for (int i = 0; i < n; i++) if (name.charAt(i) != c[from + i]) return false;
    return true;
  }
}
