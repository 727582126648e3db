package compass.web.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Notices when the plan's folder or the data folder changes on disk: every file's size and time of
 * last change, compared a few times a second. Polling, rather than a watch service, sees the same
 * thing on every file system (network drives, editors that replace a file by a rename).
 */
final class FileWatch implements AutoCloseable {
  private static final long EVERY_MS = 400;

  private final Path[] folders;
  private final Runnable onChange;
  private final Thread thread;
  private volatile boolean running = true;

  FileWatch(Runnable onChange, Path... folders) {
    this.folders = folders;
    this.onChange = onChange;
    this.thread = new Thread(this::loop, "compass-serve-watch");
    thread.setDaemon(true);
  }

  FileWatch start() {
    thread.start();
    return this;
  }

  private void loop() {
    Map<String, String> seen = snapshot();
    while (running) {
      try {
        Thread.sleep(EVERY_MS);
      } catch (InterruptedException e) {
        return;
      }
      Map<String, String> now = snapshot();
      if (!now.equals(seen)) {
        seen = now;
        onChange.run();
      }
    }
  }

  /** Every file directly in the folders, with its size and time of last change. */
  private Map<String, String> snapshot() {
    Map<String, String> out = new TreeMap<>();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.list(folder)) {
        files.forEach(
            f -> {
              try {
                out.put(
                    f.toString(), Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
              } catch (IOException e) {
                out.put(f.toString(), "gone"); // removed while listed: the next look tells
              }
            });
      } catch (IOException e) {
        out.put(folder.toString(), "unreadable");
      }
    }
    return out;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
