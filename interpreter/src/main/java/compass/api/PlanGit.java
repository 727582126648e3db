package compass.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The git commit a plan's folder is at, when the folder is in a git work tree with nothing changed:
 * recorded in a closed period's manifest. No git, no repository or a changed tree all give null:
 * the content hashes are what count, the commit is a convenience.
 */
final class PlanGit {
  private PlanGit() {}

  static String cleanCommit(Path folder) {
    String status = git(folder, "status", "--porcelain", "--untracked-files=no");
    if (status == null || !status.isBlank()) return null;
    String head = git(folder, "rev-parse", "--verify", "HEAD");
    return head == null || !head.strip().matches("[0-9a-f]{40,64}") ? null : head.strip();
  }

  private static String git(Path folder, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(args));
    try {
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null; // no git on the PATH: fine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
