package compass.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where plan files are read from: the disk, or one revision of a git repository (so that a plan of
 * an earlier commit imports the files of that same commit). Paths are absolute and normalised.
 */
public interface PlanFiles {
  /** The plan files on disk. */
  PlanFiles DISK =
      new PlanFiles() {
        @Override
        public byte[] read(Path file) throws IOException {
          return Files.readAllBytes(file);
        }

        @Override
        public boolean isDirectory(Path file) {
          return Files.isDirectory(file);
        }
      };

  /** The bytes of a file; {@link java.nio.file.NoSuchFileException} when there is none. */
  byte[] read(Path file) throws IOException;

  boolean isDirectory(Path file);

  /** How diagnostics name the root plan file. */
  default String display(Path file) {
    return file.toString();
  }
}
