package compass.syntax;

import compass.diag.Code;
import compass.diag.Diagnostics;
import compass.source.PlanFiles;
import compass.source.SourceFile;
import compass.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads the files named by {@code import} and {@code extends}: paths relative to the
 * naming file, kept inside the root plan's folder, or {@code stdlib/...} from the classpath.
 */
final class PlanSources {
  static final String STDLIB_PREFIX = "stdlib/";
  private static final String RESOURCE_ROOT = "compass/stdlib/";
  static final String CHECKOUT_PROPERTY = "compass.stdlib.dir";

  /**
   * One plan file: on disk ({@code file} set) or a stdlib resource ({@code resource} set). {@code
   * key} identifies it for cycle detection and caching; {@code display} is the path diagnostics
   * show.
   */
  record Origin(String key, String display, Path file, String resource) {}

  private final Path root;
  private final PlanFiles files;
  private final Diagnostics diags;

  /**
   * {@code rootFolder}: every file on disk must be inside it, so a shared plan cannot read the
   * disk.
   */
  PlanSources(Path rootFolder, PlanFiles files, Diagnostics diags) {
    this.root = rootFolder.toAbsolutePath().normalize();
    this.files = files;
    this.diags = diags;
  }

  /** The origin of the root plan itself. */
  Origin rootOrigin(Path planFile, String display) {
    Path abs = planFile.toAbsolutePath().normalize();
    return new Origin(abs.toString(), display, abs, null);
  }

  /** Where {@code written}, named by a file from {@code from}, is; null (reported) when refused. */
  Origin resolve(Origin from, String written, String keyword, Span at) {
    if (written.startsWith(STDLIB_PREFIX)) {
      return stdlib(List.of(), written.substring(STDLIB_PREFIX.length()), written, keyword, at);
    }
    if (isAbsolute(written)) {
      diags.error(
          Code.E0408,
          at,
          keyword + " path `" + written + "` is absolute",
          "write the path relative to this file, e.g. lib/tiers.comp, or stdlib/... for a standard plan");
      return null;
    }
    if (from.resource() != null) {
      // a stdlib plan names its neighbours relative to its own folder inside the stdlib
      List<String> dir = segments(from.resource().substring(RESOURCE_ROOT.length()));
      dir = dir.subList(0, Math.max(0, dir.size() - 1));
      return stdlib(dir, written, written, keyword, at);
    }
    Path target;
    try {
      target = from.file().getParent().resolve(written).normalize();
    } catch (InvalidPathException e) {
      diags.error(
          Code.E0408,
          at,
          keyword + " path `" + written + "` is not a valid file name",
          "write the path relative to this file, e.g. lib/tiers.comp");
      return null;
    }
    if (!target.startsWith(root) || target.equals(root)) {
      diags.error(
          Code.E0408,
          at,
          keyword + " path `" + written + "` leads outside the plan's folder " + root,
          "move the file into the plan's folder (or a folder under it) and name it relative to this file");
      return null;
    }
    String display = String.join("/", names(root.relativize(target)));
    return new Origin(target.toString(), display, target, null);
  }

  /**
   * The text of a plan file, strict UTF-8; null (reported at {@code at}) when it cannot be read.
   */
  SourceFile read(Origin origin, String keyword, Span at) {
    byte[] bytes;
    Path checkout = checkoutCopy(origin);
    if (checkout != null) {
      try {
        bytes = java.nio.file.Files.readAllBytes(checkout);
      } catch (IOException e) {
        diags.error(
            Code.E0412,
            at,
            "cannot find standard plan " + origin.display() + " (looked for " + checkout + ")",
            "check the name against stdlib-plans/plans");
        return null;
      }
    } else if (origin.resource() != null) {
      try (InputStream in =
          PlanAssembler.class.getClassLoader().getResourceAsStream(origin.resource())) {
        if (in == null) {
          diags.error(
              Code.E0412,
              at,
              "cannot find standard plan "
                  + origin.display()
                  + " (looked for the classpath resource "
                  + origin.resource()
                  + ")",
              "check the name against stdlib-plans/plans, and that the compass-stdlib-plans jar is on the classpath");
          return null;
        }
        bytes = in.readAllBytes();
      } catch (IOException e) {
        diags.error(
            Code.E0412,
            at,
            "cannot read standard plan " + origin.display() + ": " + e.getMessage());
        return null;
      }
    } else {
      Path path = origin.file();
      if (files.isDirectory(path)) {
        diags.error(
            Code.E0412,
            at,
            keyword + " names a folder, not a plan file: " + origin.display() + " (" + path + ")");
        return null;
      }
      try {
        bytes = files.read(path);
      } catch (NoSuchFileException e) {
        diags.error(
            Code.E0412,
            at,
            "cannot find " + origin.display() + " (looked for " + path + ")",
            "check the file name; paths are relative to the folder of the file that names them");
        return null;
      } catch (IOException e) {
        diags.error(
            Code.E0412,
            at,
            "cannot read " + origin.display() + " (" + path + "): " + e.getMessage());
        return null;
      }
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      diags.error(
          Code.E0510, at, origin.display() + " is not UTF-8 text", "save the file as UTF-8");
      return null;
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return new SourceFile(origin.display(), text);
  }

  /**
   * Where a standard plan is read from when the launcher runs from a source checkout: the launcher
   * names the checkout's {@code stdlib-plans/plans} folder in the system property {@value
   * #CHECKOUT_PROPERTY}, so an edited standard plan is read as it is now, without rebuilding the
   * jar (whose copies, for installs without the sources, are then not used). Null otherwise.
   */
  private static Path checkoutCopy(Origin origin) {
    String folder = System.getProperty(CHECKOUT_PROPERTY);
    if (origin.resource() == null || folder == null || folder.isEmpty()) return null;
    // the resource path has no `..` (see stdlib below): the file stays inside the folder
    try {
      return Path.of(folder).resolve(origin.resource().substring(RESOURCE_ROOT.length()));
    } catch (InvalidPathException e) {
      return Path.of(folder); // a folder: reading it fails, and says so
    }
  }

  private Origin stdlib(
      List<String> dir, String relative, String written, String keyword, Span at) {
    List<String> parts = new ArrayList<>(dir);
    for (String seg : relative.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".")) continue;
      if (seg.equals("..")) {
        if (parts.isEmpty()) {
          diags.error(
              Code.E0408,
              at,
              keyword + " path `" + written + "` leads outside the standard plans",
              "name a standard plan as stdlib/<folder>/<file>.comp");
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(seg);
      }
    }
    if (parts.isEmpty() || relative.contains("\\")) {
      diags.error(
          Code.E0408,
          at,
          keyword + " path `" + written + "` does not name a standard plan file",
          "name a standard plan as stdlib/<folder>/<file>.comp");
      return null;
    }
    String rest = String.join("/", parts);
    return new Origin("stdlib:" + rest, STDLIB_PREFIX + rest, null, RESOURCE_ROOT + rest);
  }

  private static boolean isAbsolute(String written) {
    if (written.startsWith("/") || written.startsWith("\\")) return true;
    // a drive letter is absolute on Windows and meaningless elsewhere; refuse it everywhere alike
    if (written.length() >= 2 && written.charAt(1) == ':' && Character.isLetter(written.charAt(0)))
      return true;
    try {
      return Path.of(written).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) if (!s.isEmpty()) out.add(s);
    return out;
  }

  private static List<String> names(Path relative) {
    List<String> out = new ArrayList<>();
    for (Path p : relative) out.add(p.toString());
    return out;
  }
}
