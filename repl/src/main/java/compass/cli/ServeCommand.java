package compass.cli;

import compass.diag.DiagnosticRenderer;
import compass.web.server.Dashboard;
import compass.web.server.ServeProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compass serve}: the local dashboard (issue 17). Prints the analyst's URL with its token,
 * writes the shared links when asked, and serves until interrupted.
 */
@Command(
    name = "serve",
    description =
        "Serve a dashboard of the plan's payouts, statements, what-ifs and history in a browser.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "2:could not start: the port, --bind, --no-token or --share (E0765-E0769)",
      "70:internal error (please report it)",
      "130:stopped with Ctrl-C (it serves until then)"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
  private Path plan;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the plan's data files (default: the plan's folder).")
  private Path data;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
  private int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every network).")
  private String bind;

  @Option(
      names = "--no-token",
      description = "Open the dashboard without a token (only on the loopback address).")
  private boolean noToken;

  @Option(
      names = "--share",
      paramLabel = "FOLDER",
      description =
          "Write one secret link per participant (and per manager: their team) to FOLDER/links.csv.")
  private Path share;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!java.nio.file.Files.exists(plan)) {
      // a plan with errors is shown on the dashboard until fixed, but no plan file at all is
      // the same usage error as for every other command (exit 2), not a server to wait on
      compass.diag.Diagnostics missing = new compass.diag.Diagnostics();
      compass.api.Compass.load(plan, missing);
      err.print(DiagnosticRenderer.renderAll(missing.all()));
      err.flush();
      return ExitCodes.of(missing.all());
    }
    Path dataDir = data != null ? data : folderOf(plan);
    Dashboard dashboard;
    try {
      dashboard = Dashboard.start(new Dashboard.Options(plan, dataDir, bind, port, noToken, share));
    } catch (ServeProblem e) {
      err.print(DiagnosticRenderer.render(e.diagnostic()));
      err.print("1 error(s)\n");
      err.flush();
      return Main.USAGE;
    }
    for (String e : dashboard.planErrors()) err.print(e + "\n");
    if (!dashboard.planErrors().isEmpty())
      err.print("the plan has errors: the dashboard shows them until the files are fixed\n");
    out.print("compass serve: open " + dashboard.analystUrl() + "\n");
    if (share != null)
      out.print(
          dashboard.sharedLinks().size()
              + " shared link(s) in "
              + share.resolve("links.csv")
              + " (one per participant and manager)\n");
    out.print("Ctrl-C stops the server.\n");
    out.flush();
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dashboard.close();
                  stopped.countDown();
                }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      dashboard.close();
    }
    return 0;
  }

  private static Path folderOf(Path plan) {
    Path parent = plan.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
