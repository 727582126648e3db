package compass.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BlockReaderTest {

  @Test
  void zeroBytesMarksExactlyTheZeroBytes() {
    long[] words = {
      0L, -1L, 0x00FF00FF00FF00FFL, 0x0100000000000080L, 0x8000000000000001L, 0x0001000100010001L
    };
    for (long w : words) {
      long expected = 0;
      for (int b = 0; b < 8; b++) if (((w >>> (8 * b)) & 0xFF) == 0) expected |= 0x80L << (8 * b);
      assertEquals(expected, BlockReader.zeroBytes(w), Long.toHexString(w));
    }
  }

  @Test
  void countsEveryLineOfABlockAndSeesAQuoteAtAnyOffset() throws Exception {
    // Lines of varying length, so newlines fall at every place in an eight-byte word; over one
    // block long, so the second block's first line number shows the count of the first.
    StringBuilder text = new StringBuilder("id,amount\n");
    int lines = 1;
    while (text.length() < BlockReader.BLOCK + (1 << 16)) {
      text.append("r").append(lines % 13 == 0 ? "" : "x".repeat(lines % 11)).append(",1\n");
      lines++;
    }
    for (int quoteAt : new int[] {1, 2, 3, 7}) {
      String csv = text + "\"q" + "z".repeat(quoteAt) + "\",2\n";
      BlockReader reader =
          new BlockReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
      BlockReader.Block first = reader.next();
      BlockReader.Block second = reader.next();
      assertNull(reader.next());
      assertFalse(first.quotes());
      assertTrue(second.quotes());
      int newlinesInFirst = 0;
      for (int i = 0; i < first.length(); i++) if (first.bytes()[i] == '\n') newlinesInFirst++;
      assertEquals(1 + newlinesInFirst, second.firstLine());
      assertTrue(second.last());
    }
  }

  @Test
  void aSmallFileIsOneBlockOfItsSizeAndAFileLargerThanSaidIsReadWhole() throws Exception {
    StringBuilder text = new StringBuilder("id,amount\n");
    for (int i = 0; text.length() < 100_000; i++) text.append("r").append(i).append(",1\n");
    byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
    // the size said: one block just large enough, not 4 MB
    BlockReader sized = new BlockReader(new ByteArrayInputStream(bytes), bytes.length);
    BlockReader.Block only = sized.next();
    assertEquals(bytes.length, only.length());
    assertTrue(only.bytes().length < BlockReader.BLOCK / 16, "a block of the file's size");
    assertNull(sized.next());
    // a file that grew since its size was read (or a wrong size): blocks of that size, cut at line
    // ends, that hold every byte in order
    BlockReader small = new BlockReader(new ByteArrayInputStream(bytes), 100);
    StringBuilder read = new StringBuilder();
    int blocks = 0;
    for (BlockReader.Block b = small.next(); b != null; b = small.next(), blocks++) {
      read.append(new String(b.bytes(), 0, b.length(), StandardCharsets.US_ASCII));
      if (b.length() > 0) assertEquals('\n', b.bytes()[b.length() - 1], "cut at a line end");
    }
    assertEquals(text.toString(), read.toString());
    assertTrue(blocks > 10, "read in blocks of the size said (at least 8 KB): " + blocks);
  }

  @Test
  void flagsEveryControlByteAtEveryOffsetAndTurnsALoneCrIntoLf() throws Exception {
    // 20 bytes, so offsets 0..15 fall in the eight-byte words and 16..18 in the byte loop
    for (int value = 0; value < 256; value++) {
      for (int at = 0; at < 19; at++) {
        byte[] bytes = "abcdefghijklmnopqrs\n".getBytes(StandardCharsets.US_ASCII);
        bytes[at] = (byte) value;
        BlockReader.Block block = new BlockReader(new ByteArrayInputStream(bytes)).next();
        // by the definition: below 0x20 but tab, LF and CR; DEL; 0xC2, the lead byte of C1
        boolean control =
            (value < 0x20 && value != '\t' && value != '\n' && value != '\r')
                || value == 0x7F
                || value == 0xC2;
        String where = "byte " + value + " at " + at;
        assertEquals(control, block.controls(), where);
        assertEquals(value == '"', block.quotes(), where);
        boolean lone = value == '\r' && at < 18; // at 18, before the final LF, it is a CRLF
        assertEquals(lone ? '\n' : (byte) value, block.bytes()[at], where);
      }
    }
  }

  @Test
  void aCrlfAtAnyOffsetStaysAndALoneCrBesideItBecomesLf() throws Exception {
    // issue 20: a CR is checked against the next byte, also across the eight-byte words (a CR
    // at offset 7 whose LF is at 8); CRLF files skip the conversion pass, a lone CR still gets it
    for (int at = 0; at < 18; at++) {
      for (int lone = -1; lone < 19; lone++) {
        if (lone == at || lone == at + 1) continue;
        byte[] bytes = "abcdefghijklmnopqrs\n".getBytes(StandardCharsets.US_ASCII);
        bytes[at] = '\r';
        bytes[at + 1] = '\n';
        if (lone >= 0) bytes[lone] = '\r';
        boolean crlfBefore = lone >= 0 && lone + 1 < bytes.length && bytes[lone + 1] == '\n';
        BlockReader.Block block = new BlockReader(new ByteArrayInputStream(bytes)).next();
        String where = "CRLF at " + at + ", CR at " + lone;
        assertEquals('\r', block.bytes()[at], where);
        assertEquals('\n', block.bytes()[at + 1], where);
        if (lone >= 0) assertEquals(crlfBefore ? '\r' : '\n', block.bytes()[lone], where);
        assertFalse(block.controls(), where);
      }
    }
  }
}
