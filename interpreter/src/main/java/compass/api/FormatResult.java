package compass.api;

import compass.diag.Diagnostic;
import java.util.List;

/**
 * One plan file in canonical layout ({@code compass fmt}): its text as read and as formatted;
 * {@code formatted} is null when the plan could not be read or has syntax errors.
 */
public record FormatResult(String original, String formatted, List<Diagnostic> diagnostics) {
  public boolean ok() {
    return formatted != null;
  }

  /** Whether formatting changes the file. */
  public boolean changed() {
    return ok() && !formatted.equals(original);
  }
}
