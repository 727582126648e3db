package compass.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder unwritable for the fault tests, and writable again on close: read-only
 * permissions, or for root (whom permissions do not stop) the immutable attribute.
 */
final class UnwritableFolder implements AutoCloseable {
  private final Path folder;
  private boolean immutable;

  private UnwritableFolder(Path folder) {
    this.folder = folder;
  }

  /** Locks the folder; {@link #locked()} says whether that worked on this machine. */
  static UnwritableFolder lock(Path folder) throws IOException, InterruptedException {
    UnwritableFolder f = new UnwritableFolder(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (f.writable()) f.immutable = chattr("+i", folder);
    return f;
  }

  boolean locked() {
    return !writable();
  }

  private boolean writable() {
    try {
      Files.delete(Files.createFile(folder.resolve(".probe")));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean chattr(String flag, Path folder) throws IOException, InterruptedException {
    try {
      Process p =
          new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true).start();
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) { // no chattr here
      return false;
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (immutable) chattr("-i", folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
