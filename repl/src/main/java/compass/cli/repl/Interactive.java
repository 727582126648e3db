package compass.cli.repl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * The interactive REPL on a JLine terminal: history in a file, tab completion ({@link
 * ReplCompleter}), colour for plan code (none on a dumb terminal or with NO_COLOR), multi-line
 * input while a block or bracket is open, Ctrl-C to cancel the line or the running work (commands
 * run on a worker thread; a {@link ProgressBar} shows while they run long), Ctrl-D to leave.
 */
public final class Interactive {
  static final String PROMPT = "compass> ";
  static final String MORE = "       > ";

  private final Terminal terminal;
  private final Repl repl;
  private final Path history;
  private final boolean colour;

  public Interactive(Terminal terminal, Repl repl, Path history) {
    this(terminal, repl, history, true);
  }

  /** With {@code colour} false (NO_COLOR), plan code is not coloured as it is typed either. */
  public Interactive(Terminal terminal, Repl repl, Path history, boolean colour) {
    this.terminal = terminal;
    this.repl = repl;
    this.history = history;
    this.colour = colour;
  }

  /** Reads and runs commands until Ctrl-D or `quit`. */
  public void run() {
    run(null, null);
  }

  /**
   * Loads {@code plan} (when not null) as the first command, Ctrl-C cancelling it like any other,
   * then reads and runs commands until Ctrl-D or `quit`. A plan that does not load leaves the
   * session open: `reload` tries it again.
   */
  public void run(Path plan, Path data) {
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("compass")
            .completer(new ReplCompleter(repl))
            .highlighter(colour ? new PlanHighlighter() : new DefaultHighlighter())
            .parser(new MultiLineParser())
            .variable(LineReader.HISTORY_FILE, history)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, MORE)
            .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // `!` is not history expansion
            .build();
    PrintWriter out = terminal.writer();
    ExecutorService worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "compass-repl-eval");
              t.setDaemon(true);
              return t;
            });
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> repl.cancel());
    try {
      if (plan != null && !onWorker(worker, () -> repl.load(plan, data), out)) return;
      while (!repl.quitRequested()) {
        String line;
        try {
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) { // Ctrl-C: drop the line, keep going
          continue;
        } catch (EndOfFileException e) { // Ctrl-D
          break;
        }
        if (line.isBlank()) continue;
        if (!onWorker(worker, () -> repl.execute("<input>", 1, line), out)) break;
        out.flush();
      }
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      worker.shutdownNow();
      try {
        reader.getHistory().save();
      } catch (java.io.IOException e) {
        out.print("warning: cannot save the history to " + history + ": " + e.getMessage() + "\n");
      }
      out.flush();
    }
  }

  /**
   * Runs one command on the worker thread, so that Ctrl-C (on this one) can cancel it; false when
   * this thread was interrupted.
   */
  private boolean onWorker(ExecutorService worker, Runnable command, PrintWriter out) {
    Future<?> running = worker.submit(command);
    try {
      running.get();
    } catch (InterruptedException e) {
      repl.cancel();
      Thread.currentThread().interrupt();
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      // out of memory ends the session: compass.cli.Main says how much was read and how to give
      // more
      if (cause instanceof OutOfMemoryError oom) throw oom;
      out.print(
          "internal error: "
              + (cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage())
              + " (please report this)\n");
    }
    out.flush();
    return true;
  }

  /**
   * JLine's parser, asking for more lines while the command is not whole ({@link Continuation}).
   */
  static final class MultiLineParser extends DefaultParser {
    MultiLineParser() {
      setEscapeChars(new char[0]); // a backslash is just a character
      setQuoteChars(new char[] {'"'});
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      if (context == ParseContext.ACCEPT_LINE && Continuation.incomplete(line)) {
        throw new EOFError(-1, cursor, "the command goes on", "more");
      }
      return super.parse(
          line, cursor, context == ParseContext.ACCEPT_LINE ? ParseContext.COMPLETE : context);
    }
  }
}
