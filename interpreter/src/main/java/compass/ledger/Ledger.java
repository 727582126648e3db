package compass.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The ledger folder: one sub-folder per closed period (named by its label, e.g. {@code 2027-Q1})
 * holding {@code statement.csv}, {@code lines.csv} and {@code manifest.txt}, and an append-only
 * {@code reopened.log}. A folder is written whole or not at all: into a hidden temporary folder
 * beside it, renamed into place only when complete, and never over an existing one.
 */
public final class Ledger {
  public static final String REOPENED_LOG = "reopened.log";
  private static final String TEMP_PREFIX = ".compass-";

  private final Path dir;
  private final List<ClosedPeriod> closed;
  private final Map<String, String> damaged;

  private Ledger(Path dir, List<ClosedPeriod> closed, Map<String, String> damaged) {
    this.dir = dir;
    this.closed = List.copyOf(closed);
    this.damaged = Map.copyOf(damaged);
  }

  /**
   * Reads every closed period of the ledger in {@code dir} (none when the folder does not exist
   * yet), ordered by pay date, then label. A period folder whose manifest is missing or edited is
   * listed in {@link #damaged()}; a statement or lines file that no longer matches its manifest is
   * read as it is now and named in {@link ClosedPeriod#edited()}.
   */
  public static Ledger open(Path dir) throws LedgerException {
    List<ClosedPeriod> closed = new ArrayList<>();
    Map<String, String> damaged = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) return new Ledger(dir, closed, damaged);
    List<Path> folders = new ArrayList<>();
    try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
      for (Path p : all) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p) && !name.startsWith(".")) folders.add(p);
      }
    } catch (IOException e) {
      throw new LedgerException("cannot read the ledger folder " + dir + ": " + e.getMessage(), e);
    }
    folders.sort(Comparator.naturalOrder());
    for (Path folder : folders) {
      try {
        closed.add(read(folder));
      } catch (LedgerException e) {
        damaged.put(folder.getFileName().toString(), e.getMessage());
      }
    }
    closed.sort(
        Comparator.comparing((ClosedPeriod c) -> c.manifest().payDate())
            .thenComparing(ClosedPeriod::period));
    return new Ledger(dir, closed, damaged);
  }

  private static ClosedPeriod read(Path folder) throws LedgerException {
    String where = Manifest.FILE; // the folder is named by the caller
    Manifest manifest;
    try {
      manifest = Manifest.parse(Files.readString(folder.resolve(Manifest.FILE)));
    } catch (NoSuchFileException e) {
      throw new LedgerException(where + " is missing");
    } catch (IOException e) {
      throw new LedgerException("cannot read " + where + ": " + e.getMessage(), e);
    } catch (LedgerException e) {
      throw new LedgerException(where + " " + e.getMessage());
    }
    if (!manifest.period().equals(folder.getFileName().toString()))
      throw new LedgerException(
          where + " is for period " + manifest.period() + ": the folder was renamed by hand");
    List<String> edited = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : manifest.files().entrySet()) {
      String name = folder.getFileName() + "/" + f.getKey();
      try {
        byte[] bytes = Files.readAllBytes(folder.resolve(f.getKey()));
        if (!Sha256.of(bytes).equals(f.getValue())) edited.add(name);
        texts.put(f.getKey(), new String(bytes, StandardCharsets.UTF_8));
      } catch (IOException e) {
        edited.add(name + " (missing)");
      }
    }
    String statement = texts.getOrDefault(PaidCsv.STATEMENT, "");
    String lines = texts.getOrDefault(PaidCsv.LINES, "");
    try {
      String deals = texts.get(DealSnapshot.FILE);
      String localRows = texts.get(LocalCsv.STATEMENT);
      String localLines = texts.get(LocalCsv.LINES);
      return new ClosedPeriod(
          manifest,
          statement.isEmpty() ? List.of() : PaidCsv.readStatement(statement),
          lines.isEmpty() ? List.of() : PaidCsv.readLines(lines),
          edited,
          deals == null ? null : DealSnapshot.read(deals),
          localRows == null ? List.of() : LocalCsv.read(localRows, LocalCsv.STATEMENT),
          localLines == null ? List.of() : LocalCsv.read(localLines, LocalCsv.LINES));
    } catch (LedgerException e) {
      if (edited.isEmpty()) throw e;
      return new ClosedPeriod(manifest, List.of(), List.of(), edited); // edited past reading
    }
  }

  public Path dir() {
    return dir;
  }

  /** The closed periods, earliest first. */
  public List<ClosedPeriod> closed() {
    return closed;
  }

  /**
   * The period folders that cannot be read (folder name to why): a manifest missing, edited by hand
   * or unreadable. No command trusts such a ledger until the folder is restored from git.
   */
  public Map<String, String> damaged() {
    return damaged;
  }

  public Optional<ClosedPeriod> period(String label) {
    return closed.stream().filter(c -> c.period().equals(label)).findFirst();
  }

  public boolean isClosed(String label) {
    return period(label).isPresent();
  }

  /**
   * Writes a closed period's folder: {@code files} (name to text) and a manifest listing their
   * hashes. All is written into a temporary folder in the ledger folder and renamed into place; a
   * period already closed is never overwritten.
   */
  public static Path write(Path dir, Manifest withoutFiles, Map<String, String> files)
      throws LedgerException {
    Path target = dir.resolve(withoutFiles.period());
    Path temp = dir.resolve(TEMP_PREFIX + withoutFiles.period() + "-" + UUID.randomUUID());
    try {
      Files.createDirectories(dir);
      if (Files.exists(target))
        throw new LedgerException(target + " already exists: the period is closed");
      Files.createDirectory(temp);
      Map<String, String> hashes = new LinkedHashMap<>();
      // in name order, whatever map is given: the same period gives the same manifest
      for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
        writeSynced(temp.resolve(f.getKey()), f.getValue());
        hashes.put(f.getKey(), Sha256.of(f.getValue()));
      }
      Manifest manifest =
          new Manifest(
              withoutFiles.period(),
              withoutFiles.payDate(),
              withoutFiles.closedOn(),
              withoutFiles.compassVersion(),
              withoutFiles.planHash(),
              withoutFiles.gitCommit(),
              withoutFiles.planFiles(),
              withoutFiles.dataFiles(),
              hashes);
      writeSynced(temp.resolve(Manifest.FILE), manifest.write());
      // a folder rename is atomic and fails when the target exists (another close won the race)
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (FileAlreadyExistsException e) {
      removeQuietly(temp);
      throw new LedgerException(target + " already exists: the period is closed");
    } catch (AtomicMoveNotSupportedException e) {
      removeQuietly(temp);
      throw new LedgerException("cannot rename a folder atomically in " + dir, e);
    } catch (IOException | UncheckedIOException e) {
      removeQuietly(temp);
      throw new LedgerException("cannot write the ledger folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes a closed period's folder and appends the reopening to {@code reopened.log}: the date,
   * the period, the reason and the hashes of the removed manifest. The folder is first renamed
   * aside (atomic), so a failure to write the log puts it back.
   */
  public static void reopen(Path dir, ClosedPeriod period, String reason, String today)
      throws LedgerException {
    Path folder = dir.resolve(period.period());
    Path aside = dir.resolve(TEMP_PREFIX + "reopen-" + period.period() + "-" + UUID.randomUUID());
    try {
      Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new LedgerException("cannot remove " + folder + ": " + e.getMessage(), e);
    }
    Manifest m = period.manifest();
    String entry =
        today
            + "\treopened "
            + m.period()
            + "\treason: "
            + reason.replace('\n', ' ').replace('\t', ' ')
            + "\tplan_hash: "
            + m.planHash()
            + "\tmanifest: "
            + Sha256.of(m.write())
            + "\n";
    try {
      Files.writeString(
          dir.resolve(REOPENED_LOG),
          entry,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      try {
        Files.move(aside, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException back) {
        e.addSuppressed(back);
      }
      throw new LedgerException("cannot append to " + dir.resolve(REOPENED_LOG), e);
    }
    removeQuietly(aside);
  }

  private static void writeSynced(Path file, String text) throws IOException {
    try (FileChannel out =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) out.write(bytes);
      out.force(true);
    }
  }

  private static void removeQuietly(Path folder) {
    if (!Files.exists(folder)) return;
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException | UncheckedIOException e) {
      // a leftover hidden temporary folder is ignored by open(); nothing to report over the cause
    }
  }
}
