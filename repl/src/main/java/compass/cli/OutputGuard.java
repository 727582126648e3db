package compass.cli;

import compass.api.InputFile;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Says whether an output may be written where it was asked to go, before anything is written: an
 * output never replaces the plan, a plan file it imports or extends, or a data file of the run
 * (compared as files, so another name, a symbolic link or a hard link to one of them is caught
 * too), and never goes to a folder or to something that is not a regular file (a device such as
 * {@code /dev/null}, a FIFO), which replacing would destroy.
 */
public final class OutputGuard {
  private OutputGuard() {}

  /**
   * Why {@code what} (in words: {@code the output}, {@code the rejects file}) must not be written
   * to {@code target}, with {@code hint} saying what to do instead; null when it may. {@code at} is
   * where the file was named, or null on the command line.
   */
  public static Diagnostic refusal(
      Path target, String what, List<InputFile> inputs, Location at, String hint) {
    String refusing = "refusing to write " + what + " to " + target + ": ";
    if (Files.isSymbolicLink(target) && !Files.exists(target)) {
      return refuse(Code.E0713, at, refusing + "it is a symbolic link to a missing file", hint);
    }
    if (Files.isDirectory(target)) return refuse(Code.E0712, at, refusing + "it is a folder", hint);
    if (!Files.exists(target)) return null; // a new file cannot be anything the run reads
    if (!Files.isRegularFile(target)) {
      return refuse(
          Code.E0713,
          at,
          refusing
              + "it is not a regular file but a device (such as /dev/null), "
              + "a FIFO or a socket",
          hint);
    }
    for (InputFile input : inputs) {
      if (!same(target, input.path())) continue;
      String also =
          input.path().equals(target.toAbsolutePath().normalize()) ? "" : " (" + input.path() + ")";
      Code code = input.kind() == InputFile.Kind.PLAN ? Code.E0710 : Code.E0711;
      return refuse(
          code, at, refusing + "it is " + input.role() + also + ", which would be lost", hint);
    }
    return null;
  }

  /** The same file on disk: after symbolic links, and the same inode for a hard link. */
  private static boolean same(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // cannot be read, so it was not an input of this run
    }
  }

  private static Diagnostic refuse(Code code, Location at, String message, String hint) {
    Diagnostic d = Diagnostic.error(code, at, message);
    return hint == null ? d : d.withHint(hint);
  }
}
