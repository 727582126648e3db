package compass.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a whole file or nothing: the text goes to a temporary file in the same folder, which is
 * then renamed over the target, so a failure never leaves a half-written statement. A symbolic link
 * is followed: the file it points to is replaced (in its own folder) and the link stays. Only a
 * regular file is ever replaced: a folder, a device ({@code /dev/null}), a FIFO or a socket is
 * refused, since renaming over it would put a file where something else was.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** A write that failed, with the file it was for (the first of several that failed). */
  public static final class Failed extends IOException {
    private final Path file;
    private final IOException cause;

    Failed(Path file, IOException cause) {
      super(file + ": " + AtomicFile.reason(cause), cause);
      this.file = file;
      this.cause = cause;
    }

    /** The file as the caller named it. */
    public Path file() {
      return file;
    }

    /** Why, in words. */
    public String reason() {
      return AtomicFile.reason(cause);
    }
  }

  public static void write(Path target, String text) throws IOException {
    try {
      writeAll(Map.of(target, text));
    } catch (Failed f) {
      throw f.cause;
    }
  }

  /**
   * Writes several files so that either all of them are replaced or none is: every temporary file
   * is written first, and only when all are complete are they renamed into place (a rename in the
   * same folder does not fail for want of space). So a run that fails while writing its output
   * leaves the earlier output and rejects file as they were, together.
   */
  public static void writeAll(Map<Path, String> files) throws Failed {
    Map<Path, Path> temps = new LinkedHashMap<>(); // target as named -> temporary file
    List<Path> targets = new ArrayList<>();
    try {
      for (Map.Entry<Path, String> f : files.entrySet()) {
        Path target;
        try {
          target = resolve(f.getKey());
          Path temp =
              target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
          temps.put(f.getKey(), temp);
          writeTemp(temp, target, f.getValue());
        } catch (IOException e) {
          throw new Failed(f.getKey(), e);
        }
        targets.add(target);
      }
      int i = 0;
      for (Map.Entry<Path, Path> t : temps.entrySet()) {
        try {
          move(t.getValue(), targets.get(i++));
        } catch (IOException e) {
          throw new Failed(t.getKey(), e);
        }
      }
    } catch (Failed | RuntimeException e) {
      // the first failure is the one to report; a temporary file that cannot be removed (the
      // folder just became read-only) must not hide it
      for (Path temp : temps.values()) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
          e.addSuppressed(cleanup);
        }
      }
      throw e;
    }
  }

  /** The file to replace: the target itself, or the file its symbolic link points to. */
  private static Path resolve(Path target) throws IOException {
    Path file = target.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(file)) {
      if (!Files.exists(file))
        throw new FileSystemException(
            target.toString(), null, "is a symbolic link to a missing file");
      file = file.toRealPath();
    }
    if (Files.isDirectory(file))
      throw new FileSystemException(target.toString(), null, "is a folder");
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new FileSystemException(target.toString(), null, "is not a regular file");
    }
    return file;
  }

  private static void writeTemp(Path temp, Path target, String text) throws IOException {
    // CREATE_NEW, not createTempFile: the file gets the usual permissions, not owner-only
    try (FileChannel out =
        FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) out.write(bytes);
      out.force(true);
    }
    keepPermissions(target, temp);
  }

  /** A file replaced keeps its permissions (a plan readable by its owner only stays so). */
  private static void keepPermissions(Path target, Path temp) {
    try {
      if (Files.isRegularFile(target))
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system, or the file just vanished: the usual permissions will do
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Why a write failed, in words: {@code the folder does not exist}, {@code permission denied}. */
  public static String reason(IOException e) {
    if (e instanceof Failed f) return f.reason();
    if (e instanceof NoSuchFileException) return "the folder does not exist";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
