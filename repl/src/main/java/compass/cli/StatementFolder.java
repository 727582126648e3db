package compass.cli;

import compass.diag.Code;
import compass.diag.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder {@code compass statements --out} writes, whole or not at all. The pages are written
 * into a hidden temporary folder beside it, which is then renamed to the folder asked for; only
 * then is the earlier output removed. The rule for a folder that exists: it may be replaced when it
 * is empty, or when it is an earlier statements output (it holds the marker file {@value #MARKER}
 * and nothing but {@code .html} files besides); any other folder is refused, so a folder of
 * someone's files (or the plan's own folder) is never replaced.
 */
final class StatementFolder {
  private StatementFolder() {}

  /** The file that marks a folder as written by {@code compass statements}. */
  static final String MARKER = ".compass-statements";

  /** Why the statements may not be written to {@code out}; null when they may. */
  static Diagnostic refusal(Path out) {
    String refusing = "refusing to write the statements to " + out + ": ";
    if (Files.isSymbolicLink(out) && !Files.exists(out))
      return Diagnostic.error(Code.E0760, null, refusing + "it is a symbolic link to nothing")
          .withHint("name a new folder with --out");
    if (Files.exists(out) && !Files.isDirectory(out))
      return Diagnostic.error(Code.E0760, null, refusing + "it is a file, not a folder")
          .withHint("--out names a folder: give a new folder's name");
    if (!Files.isDirectory(out)) return null;
    List<String> others;
    try {
      others = strangers(out);
    } catch (IOException e) {
      return Diagnostic.error(
              Code.E0763, null, refusing + "it cannot be read: " + AtomicFile.reason(e))
          .withHint("name a folder you may write with --out");
    }
    if (others.isEmpty()) return null;
    return Diagnostic.error(
            Code.E0761,
            null,
            refusing
                + "it holds files that are not an earlier statements output ("
                + String.join(", ", others.subList(0, Math.min(3, others.size())))
                + (others.size() > 3 ? ", ..." : "")
                + "), which would be lost")
        .withHint("name a new or empty folder with --out");
  }

  /**
   * What in {@code dir} stops it being replaced: every entry but the HTML files of an earlier
   * output and its marker; every entry at all when there is no marker (an empty folder is fine).
   */
  private static List<String> strangers(Path dir) throws IOException {
    boolean marked =
        Files.isRegularFile(dir.resolve(MARKER), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
      for (Path p : all) {
        String name = p.getFileName().toString();
        boolean page =
            name.endsWith(".html")
                && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (!marked || !(page || name.equals(MARKER))) out.add(name);
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /**
   * Writes {@code files} (name to text) as the folder {@code out}, replacing an earlier output that
   * {@link #refusal} allows. On failure nothing has changed: the temporary folder is removed and an
   * earlier output is put back.
   */
  static void write(Path out, Map<String, String> files) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(target)) target = target.toRealPath();
    Path parent = target.getParent();
    String name = target.getFileName().toString();
    Path temp = parent.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
    Files.createDirectory(temp);
    try {
      for (Map.Entry<String, String> f : files.entrySet())
        write(temp.resolve(f.getKey()), f.getValue());
      write(
          temp.resolve(MARKER), "written by compass statements; replaced whole by the next run\n");
      if (!Files.exists(target)) {
        move(temp, target);
        return;
      }
      Path old = parent.resolve("." + name + "." + UUID.randomUUID() + ".old");
      move(target, old);
      try {
        move(temp, target);
      } catch (IOException e) {
        move(old, target); // the earlier output stays as it was
        throw e;
      }
      try {
        deleteTree(old);
      } catch (IOException e) {
        // the new output is in place; a hidden earlier copy left behind harms nothing
      }
    } catch (IOException | RuntimeException e) {
      try {
        if (Files.exists(temp)) deleteTree(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static void write(Path file, String text) throws IOException {
    try (FileChannel out =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) out.write(bytes);
      out.force(true);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
