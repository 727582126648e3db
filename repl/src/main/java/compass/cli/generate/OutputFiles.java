package compass.cli.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A set of files written into one folder under temporary names and renamed into place only when all
 * of them are complete: a failure leaves no half-written file behind. In workbook mode the tables
 * become the sheets of one {@code .xlsx} file instead (a table {@code people.csv} is the sheet
 * {@code people}), written under a temporary name and renamed the same way.
 */
final class OutputFiles implements AutoCloseable {
  private final Path dir;
  private final Path workbookFile;
  private final WorkbookOutput workbook;
  private final List<Path> temps = new ArrayList<>();
  private final List<Path> targets = new ArrayList<>();
  private boolean committed;

  /** CSV files in {@code dir}. */
  OutputFiles(Path dir) {
    this.dir = dir;
    this.workbookFile = null;
    this.workbook = null;
  }

  private OutputFiles(Path workbookFile, WorkbookOutput workbook) {
    Path parent = workbookFile.toAbsolutePath().getParent();
    this.dir = parent;
    this.workbookFile = workbookFile;
    this.workbook = workbook;
  }

  /** One workbook {@code file}, a sheet per table opened. */
  static OutputFiles workbook(Path file) {
    return new OutputFiles(file, new WorkbookOutput());
  }

  /** The file or the folder written. */
  Path target() {
    return workbookFile != null ? workbookFile : dir;
  }

  /** Opens {@code name} for writing, under a temporary name until {@link #commit}. */
  CsvBuffer open(String name) throws IOException {
    if (workbook != null) {
      return new CsvBuffer(workbook.sheet(name.replaceFirst("\\.csv$", "")));
    }
    return new CsvBuffer(new BufferedOutputStream(temporary(dir.resolve(name)), 1 << 16));
  }

  private OutputStream temporary(Path target) throws IOException {
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    OutputStream out =
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    temps.add(temp);
    targets.add(target);
    return out;
  }

  /** Renames every finished file over its target (after writing the workbook, in that mode). */
  void commit() throws IOException {
    if (workbook != null) {
      try (OutputStream out = new BufferedOutputStream(temporary(workbookFile), 1 << 16)) {
        workbook.write(out);
      }
    }
    for (int i = 0; i < temps.size(); i++) {
      try {
        Files.move(temps.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(temps.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  /** Deletes the temporary files that were not renamed (all of them after a failure). */
  @Override
  public void close() throws IOException {
    try {
      if (workbook != null) workbook.close();
    } finally {
      if (!committed) {
        for (Path temp : temps) Files.deleteIfExists(temp);
      }
    }
  }
}
