package compass.api;

import compass.check.CheckedPlan;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.source.PlanFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gets a plan ready on a spare core while a front end is still busy with something else (the
 * command line reading its arguments, some 60 ms of picocli's reflection): reading, parsing and
 * checking a plan is most of a small run's start-up, and the first plan a JVM parses costs some 40
 * ms more than the next one (ANTLR builds its prediction tables as it goes, and the code is not yet
 * compiled; issue 20).
 *
 * <p>Given the plan file the command line names, the warm-up reads, parses and checks that plan,
 * recording every file it read; {@link Compass#load(Path, PlanFiles, Diagnostics)} from the disk
 * then takes the result instead of loading the plan again, but only after reading each of those
 * files again and finding the same bytes. Parsing and checking depend on nothing but those bytes,
 * so the plan and its diagnostics are the ones the load would have made. (Standard plans, {@code
 * stdlib/...}, come from the jar, the same for the whole process, or in a development checkout from
 * {@code compass.stdlib.dir}, which is not read again: an edit to those in the few milliseconds
 * between the two loads is seen by the next run.) Given no plan, the warm-up parses and checks a
 * small built-in plan ({@code warm-up.comp}) and drops the result: ANTLR's tables are shared and
 * safe across threads, so the real plan's parse finds them ready. Either way no result depends on
 * the warm-up: when it fails, or has not been asked, the load does its work as before.
 */
public final class WarmUp {
  private static final Path BUILT_IN = Path.of("/compass-warm-up/warm-up.comp");

  /** The plan being loaded ahead, until a load takes it. */
  private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

  private WarmUp() {}

  /** A plan file being read, parsed and checked on the warm-up's thread. */
  private record Ahead(Path plan, CompletableFuture<Loaded> loaded) {}

  /** A plan loaded ahead, with what it was made from. */
  record Loaded(
      CheckedPlan plan,
      List<Diagnostic> diagnostics,
      Map<Path, byte[]> files,
      Map<Path, Boolean> folders) {}

  /** Warms up on the built-in plan, on a daemon thread, and returns at once. */
  public static void inBackground() {
    inBackground(null);
  }

  /**
   * Loads {@code plan} ahead (read from disk, parsed, checked) on a daemon thread and returns at
   * once; null warms up on the built-in plan instead.
   */
  public static void inBackground(Path plan) {
    CompletableFuture<Loaded> loaded = new CompletableFuture<>();
    if (plan != null) AHEAD.set(new Ahead(plan, loaded));
    Thread thread =
        new Thread(
            () -> {
              try {
                if (plan == null) load(new Diagnostics());
                loaded.complete(plan == null ? null : loadAhead(plan));
              } catch (Throwable e) { // a failed warm-up only leaves the real load to do the work
                loaded.complete(null);
              }
            },
            "compass-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The plan loaded ahead from this file on disk, waiting for it if need be; null when there is
   * none, or a file it read has changed since (the caller then loads the plan). Taken once.
   */
  static Loaded take(Path plan) {
    Ahead ahead = AHEAD.get();
    if (ahead == null || !ahead.plan().equals(plan) || !AHEAD.compareAndSet(ahead, null))
      return null;
    Loaded loaded = ahead.loaded().join();
    return loaded != null && unchanged(loaded) ? loaded : null;
  }

  /** Makes a plan taken the one loaded ahead again (for tests that wait for it). */
  static void putBack(Path plan, Loaded loaded) {
    AHEAD.set(new Ahead(plan, CompletableFuture.completedFuture(loaded)));
  }

  private static Loaded loadAhead(Path plan) {
    Recording files = new Recording();
    Diagnostics diags = new Diagnostics();
    CheckedPlan checked = Compass.load(plan, files, diags);
    // a file that could not be read: the load reports it, with the reason of its own moment
    return files.failed ? null : new Loaded(checked, diags.all(), files.read, files.folders);
  }

  /** Whether every file the load ahead read still has the same bytes, and folders are the same. */
  private static boolean unchanged(Loaded loaded) {
    for (Map.Entry<Path, Boolean> folder : loaded.folders().entrySet())
      if (PlanFiles.DISK.isDirectory(folder.getKey()) != folder.getValue()) return false;
    for (Map.Entry<Path, byte[]> file : loaded.files().entrySet()) {
      try {
        if (!Arrays.equals(PlanFiles.DISK.read(file.getKey()), file.getValue())) return false;
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  /** The plan files on disk, each file read and each folder asked about recorded. */
  private static final class Recording implements PlanFiles {
    final Map<Path, byte[]> read = new LinkedHashMap<>();
    final Map<Path, Boolean> folders = new LinkedHashMap<>();
    boolean failed;

    @Override
    public byte[] read(Path file) throws IOException {
      try {
        byte[] bytes = DISK.read(file);
        read.put(file, bytes);
        return bytes;
      } catch (IOException | RuntimeException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public boolean isDirectory(Path file) {
      boolean folder = DISK.isDirectory(file);
      folders.put(file, folder);
      return folder;
    }
  }

  /** Parses and checks the built-in plan: the work of the warm-up, and what its test looks at. */
  static CheckedPlan load(Diagnostics diags) {
    return Compass.load(BUILT_IN, new BuiltIn(), diags);
  }

  /** The plan files of the warm-up: its one plan, from this class's resources. */
  private static final class BuiltIn implements PlanFiles {
    @Override
    public byte[] read(Path file) throws IOException {
      if (!file.equals(BUILT_IN)) throw new NoSuchFileException(file.toString());
      try (InputStream in = WarmUp.class.getResourceAsStream("warm-up.comp")) {
        if (in == null) throw new NoSuchFileException(file.toString());
        return in.readAllBytes();
      }
    }

    @Override
    public boolean isDirectory(Path file) {
      return false;
    }
  }
}
