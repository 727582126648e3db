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
import java.util.UUID;

/**
 * Writes a whole file or nothing: the text goes to a temporary file in the same folder, which is
 * then renamed over the target, so a failure never leaves a half-written statement.
 */
public final class AtomicFile {
  private AtomicFile() {}

  public static void write(Path target, String text) throws IOException {
    Path file = target.toAbsolutePath().normalize();
    if (Files.isDirectory(file)) throw new FileSystemException(target.toString(), null, "is a folder");
    Path folder = file.getParent();
    Path temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      // CREATE_NEW, not createTempFile: the file gets the usual permissions, not owner-only
      try (FileChannel out =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) out.write(bytes);
        out.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      // the first failure is the one to report; a temporary file that cannot be removed (the
      // folder just became read-only) must not hide it
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** Why a write failed, in words: {@code the folder does not exist}, {@code permission denied}. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) return "the folder does not exist";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
