package compass.diag;

import compass.source.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the diagnostics of one phase or run; nothing is thrown. */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public Diagnostic add(Diagnostic d) {
    all.add(d);
    return d;
  }

  public Diagnostic error(Code code, Location at, String message) {
    return add(Diagnostic.error(code, at, message));
  }

  public Diagnostic error(Code code, Location at, String message, String hint) {
    return add(Diagnostic.error(code, at, message).withHint(hint));
  }

  public Diagnostic warning(Code code, Location at, String message, String hint) {
    return add(new Diagnostic(Severity.WARNING, code, at, message, hint, List.of()));
  }

  public void addAll(Iterable<Diagnostic> more) {
    for (Diagnostic d : more) all.add(d);
  }

  public boolean hasErrors() {
    for (Diagnostic d : all) if (d.isError()) return true;
    return false;
  }

  public int errorCount() {
    int n = 0;
    for (Diagnostic d : all) if (d.isError()) n++;
    return n;
  }

  public List<Diagnostic> all() {
    return Collections.unmodifiableList(all);
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }
}
