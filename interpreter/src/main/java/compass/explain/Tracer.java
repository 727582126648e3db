package compass.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the evaluator records its decisions for one computation (a component's earnings in a span,
 * a line item). Plain runs pass {@link #OFF}: it is one shared object, records nothing, and callers
 * ask {@link #on()} before building a step, so a batch run builds no words and no steps.
 */
public interface Tracer {
  /** The no-op tracer of plain runs. */
  Tracer OFF = Off.INSTANCE;

  /** A tracer that keeps every step with its detail: {@code explain}, the REPL's reasons. */
  static Tracer recording() {
    return new Recording(true);
  }

  /**
   * A tracer that keeps the steps the notes of {@code run --lines} are written from, without the
   * detail of each deal (the row it was read from): a line per deal then costs no more than its
   * note.
   */
  static Tracer notes() {
    return new Recording(false);
  }

  /** Whether steps are kept: callers build a step only when this is true. */
  boolean on();

  /** Whether each deal's own steps (its data row, its share) are kept too. */
  boolean detail();

  void add(TraceStep step);

  void addAll(List<TraceStep> steps);

  /** The steps recorded so far, in order (empty for {@link #OFF}). */
  List<TraceStep> steps();

  /**
   * A fresh tracer of the same kind for another computation; OFF gives itself, allocating nothing.
   */
  Tracer fresh();

  /** Records nothing. */
  enum Off implements Tracer {
    INSTANCE;

    @Override
    public boolean on() {
      return false;
    }

    @Override
    public boolean detail() {
      return false;
    }

    @Override
    public void add(TraceStep step) {}

    @Override
    public void addAll(List<TraceStep> steps) {}

    @Override
    public List<TraceStep> steps() {
      return List.of();
    }

    @Override
    public Tracer fresh() {
      return this;
    }
  }

  /** Keeps every step in order. */
  final class Recording implements Tracer {
    private final List<TraceStep> steps = new ArrayList<>();
    private final boolean detail;

    private Recording(boolean detail) {
      this.detail = detail;
    }

    @Override
    public boolean on() {
      return true;
    }

    @Override
    public boolean detail() {
      return detail;
    }

    @Override
    public void add(TraceStep step) {
      steps.add(step);
    }

    @Override
    public void addAll(List<TraceStep> more) {
      steps.addAll(more);
    }

    @Override
    public List<TraceStep> steps() {
      return steps;
    }

    @Override
    public Tracer fresh() {
      return new Recording(detail);
    }
  }
}
