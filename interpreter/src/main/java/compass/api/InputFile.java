package compass.api;

import java.nio.file.Path;

/**
 * A file a run reads: the plan, a plan file it imports or extends, or the data file of one of its
 * inputs. {@code role} says which in words for a message ({@code the plan}, {@code the data file of
 * input `deals`}). Front ends use these to refuse writing an output onto an input.
 */
public record InputFile(Path path, Kind kind, String role) {
  /** A plan file (the plan itself or one it imports or extends), or a data file. */
  public enum Kind {
    PLAN,
    DATA
  }
}
