package compass.api;

import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.source.PlanFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A plan as it was in a git revision, written {@code git:REV:path} ({@code path} relative to the
 * current folder, as on disk). Files are read with {@code git cat-file} from the commit that REV
 * names when it is opened, so the plan's imports and base plan come from the same commit. Only the
 * git command line is used, through {@link ProcessBuilder}: no shell, nothing written.
 */
public final class GitRevision implements PlanFiles {
  static final String PREFIX = "git:";
  private static final long TIMEOUT_SECONDS = 60;

  private final Path folder; // where git runs: the current folder
  private final Path top; // the work tree's top folder: plan paths are mapped under it
  private final String rev; // as the user wrote it, for messages
  private final String commit; // the full hash REV named when opened
  private final Path plan; // the plan's path as if checked out under top

  /** The plan {@code spec} names, or the problem (E0720-E0724) why it cannot be read. */
  public record Opened(GitRevision revision, Diagnostic problem) {}

  private GitRevision(Path folder, Path top, String rev, String commit, Path plan) {
    this.folder = folder;
    this.top = top;
    this.rev = rev;
    this.commit = commit;
    this.plan = plan;
  }

  public static boolean isGitSpec(String spec) {
    return spec.startsWith(PREFIX);
  }

  /** Opens {@code git:REV:path} from {@code folder} (the current folder). */
  public static Opened open(String spec, Path folder) {
    String rest = spec.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon <= 0 || colon == rest.length() - 1 || rest.startsWith("-")) {
      return problem(
          Code.E0724,
          "`" + spec + "` is not a plan in git",
          "write git:REVISION:PATH, e.g. git:HEAD~1:plans/ae.comp (PATH relative to the current folder)");
    }
    String rev = rest.substring(0, colon);
    String path = rest.substring(colon + 1);
    Path here;
    try {
      here = folder.toRealPath(); // git reports the top folder without symbolic links
    } catch (IOException e) {
      return problem(Code.E0721, "cannot read the current folder " + folder, null);
    }
    Result topLevel;
    try {
      topLevel = git(here, "rev-parse", "--show-toplevel");
    } catch (IOException e) {
      return problem(
          Code.E0720,
          "cannot run git to read `" + spec + "`: " + e.getMessage(),
          "install git and make sure the `git` command is on the PATH");
    }
    if (topLevel.exit != 0) {
      return problem(
          Code.E0721,
          "the current folder "
              + here
              + " is not inside a git repository, so `"
              + spec
              + "` cannot be read",
          "run compass diff from inside the repository that holds the plan");
    }
    Path top = Path.of(topLevel.text().strip());
    Result commit = gitQuietly(here, "rev-parse", "--verify", "--quiet", rev + "^{commit}");
    if (commit == null || commit.exit != 0) {
      return problem(
          Code.E0722,
          "the git revision `" + rev + "` does not exist in " + top,
          "name a commit, branch or tag, e.g. HEAD~1, main or v1.2 (see `git log --oneline`)");
    }
    Path abs = here.resolve(path).normalize();
    if (!abs.startsWith(top) || abs.equals(top)) {
      return problem(Code.E0723, "`" + path + "` is outside the git repository " + top, null);
    }
    GitRevision revision = new GitRevision(here, top, rev, commit.text().strip(), abs);
    String type = revision.objectType(abs);
    if (!"blob".equals(type)) {
      return problem(
          Code.E0723,
          "`"
              + revision.display(abs)
              + "`: "
              + ("tree".equals(type)
                  ? "that is a folder in " + rev + ", not a plan file"
                  : "there is no such file in " + rev),
          "check the path with `git ls-tree --name-only -r "
              + rev
              + "`; it is relative to the current folder");
    }
    return new Opened(revision, null);
  }

  /** The plan file, as a path under the work tree (what imports are resolved against). */
  public Path plan() {
    return plan;
  }

  @Override
  public byte[] read(Path file) throws IOException {
    String name = inRepository(file);
    Result r = name == null ? null : git(folder, "cat-file", "blob", commit + ":" + name);
    if (r == null || r.exit != 0) throw new NoSuchFileException(display(file));
    return r.out;
  }

  @Override
  public boolean isDirectory(Path file) {
    return "tree".equals(objectType(file));
  }

  /** {@code REV:path}, git's own way to name a file of a revision. */
  @Override
  public String display(Path file) {
    String name = inRepository(file);
    return rev + ":" + (name == null ? file.toString() : name);
  }

  private String objectType(Path file) {
    String name = inRepository(file);
    if (name == null) return null;
    Result r = gitQuietly(folder, "cat-file", "-t", commit + ":" + name);
    return r == null || r.exit != 0 ? null : r.text().strip();
  }

  /** The path inside the repository with {@code /} separators, or null outside it. */
  private String inRepository(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(top) || abs.equals(top)) return null;
    List<String> parts = new ArrayList<>();
    for (Path p : top.relativize(abs)) parts.add(p.toString());
    return String.join("/", parts);
  }

  private static Opened problem(Code code, String message, String hint) {
    return new Opened(null, Diagnostic.error(code, null, message).withHint(hint));
  }

  private record Result(int exit, byte[] out) {
    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private static Result gitQuietly(Path folder, String... args) {
    try {
      return git(folder, args);
    } catch (IOException e) {
      return null;
    }
  }

  private static Result git(Path folder, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(
        System.getProperty("compass.git", "git")); // a test points this at a missing program
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    Process p = pb.start();
    p.getOutputStream().close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(out);
    }
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("git did not finish within " + TIMEOUT_SECONDS + " seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while waiting for git");
    }
    return new Result(p.exitValue(), out.toByteArray());
  }
}
