package compass.cli.repl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REPL's commands: their names (for completion), usage lines, help and an example each. To add
 * a command: an {@code add(...)} here, its name in {@link #NAMES} (and {@link #NEED_A_PLAN} when it
 * works on a loaded plan), a case in {@code Repl.dispatch}, and, if its words deserve it, a case in
 * {@code ReplCompleter.words} (otherwise it completes like an expression).
 */
final class Commands {
  private Commands() {}

  private record Entry(String usage, String help, String example) {}

  private static final Map<String, Entry> ALL = new LinkedHashMap<>();

  static {
    add(
        "load",
        "load PLAN [--data DIR]",
        "Loads a plan and its data (default: the plan's folder) and evaluates everyone. A plan with"
            + " errors shows them and is remembered: fix it, then `reload`.",
        "load stdlib-plans/plans/ae-quota/ae-quota.comp");
    add(
        "reload",
        "reload",
        "Reads the plan and data again, keeping the what-ifs that still apply; after a plan that did"
            + " not load, tries it again. Also happens by itself when the plan file changed on disk.",
        "reload");
    add(
        "payout",
        "payout [PARTICIPANT] [PERIOD]",
        "Payouts of one participant or everyone, in one pay period or all.",
        "payout ann 2027-Q1");
    add(
        "explain",
        "explain PARTICIPANT PERIOD",
        "How a payout was computed, from the payout down to each deal.",
        "explain ann 2027-Q1");
    add(
        "EXPRESSION",
        "EXPRESSION for PARTICIPANT in PERIOD",
        "The value of any expression of the plan language for a"
            + " participant over a period (a pay period, a half, a year).",
        "attainment for ann in 2027-Q1");
    add(
        "let",
        "let NAME = EXPRESSION",
        "Defines a temporary definition for this session, for expressions and what-ifs.",
        "let big_deals = sum of amount where amount >= 100_000");
    add(
        "what if",
        "what if PARTICIPANT closes AMOUNT on DATE [with FIELD = VALUE, ...]\n"
            + "  what if deal ID has FIELD = VALUE[, FIELD = VALUE ...]\n"
            + "  what if deal ID is removed\n"
            + "  what if NAME = EXPRESSION            (a definition or parameter, e.g. the quota)\n"
            + "  what if override NAME for PARTICIPANT = EXPRESSION   (for one participant, role or team)\n"
            + "  what if \"TITLE\" band from BOUND pays RATE | starts at BOUND | is removed\n"
            + "  what if \"TITLE\" adds band from BOUND pays RATE\n"
            + "  what if \"TITLE\" cap = AMOUNT | has no cap | pays AMOUNT\n"
            + "  what if component \"TITLE\" ...        (the whole component written anew)",
        "Imagines a change on top of the active what-ifs and shows, for every participant and period it changes,"
            + " the payout before and after, the difference and why, and the plan's total cost before and after."
            + " A component named by its title keeps what the plan says except the part named: the band that starts"
            + " at BOUND (as the plan writes it, e.g. 100%), the cap (added when there is none), or the amount of its"
            + " `pay` clause. Values are expressions of the plan language.",
        "what if ann closes 20_000 on 2027-03-20\n  what if \"Commission\" band from 100% pays 14%");
    add("whatifs", "whatifs", "Lists the active what-ifs, oldest first.", "whatifs");
    add("undo", "undo", "Drops the last what-if and shows what that changes back.", "undo");
    add("reset", "reset", "Drops every what-if.", "reset");
    add(
        "save",
        "save FILE [--force]",
        "Writes the session as a script that `compass repl --script FILE` replays: the `load` of the"
            + " plan and its data, the `let` definitions, then the what-ifs. An existing file is"
            + " replaced only with --force; the plan and its data never are.",
        "save q1-scenarios.repl");
    add(
        "plot",
        "plot curve PARTICIPANT [COMPONENT] [PERIOD]\n  plot payouts [PERIOD]",
        "Pictures in the terminal: a tiered component's payout against attainment, the participant's position"
            + " marked; or how payouts are spread across participants.",
        "plot curve ann Commission 2027-Q1");
    add(
        "forecast",
        "forecast [PARTICIPANT | team TEAM] [as of DATE]",
        "What the open pipeline could pay (issue 18): earned so far, stage-weighted, and the P10,"
            + " P50, P90 and mean of 1,000 simulated runs (seed 1), per open period, for one participant,"
            + " a team's members (their `team`, else another text field such as `region`) or everyone,"
            + " as of a date (default: the latest date of a closed deal)."
            + " Reads the plan and data from disk: what-ifs are not part of it. `compass forecast`"
            + " has every option.",
        "forecast ann\n  forecast team east as of 2027-06-30");
    add("help", "help [COMMAND]", "Lists the commands, or explains one.", "help what if");
    add("quit", "quit", "Leaves the REPL (also exit, or Ctrl-D).", "quit");
  }

  private static void add(String name, String usage, String help, String example) {
    ALL.put(name, new Entry(usage, help, example));
  }

  /** The words that start a command. */
  static final List<String> NAMES =
      List.of(
          "load",
          "reload",
          "payout",
          "explain",
          "let",
          "what",
          "whatifs",
          "undo",
          "reset",
          "save",
          "plot",
          "forecast",
          "help",
          "quit",
          "exit");

  /** The commands that work on a loaded plan. */
  static final java.util.Set<String> NEED_A_PLAN =
      java.util.Set.of(
          "reload",
          "payout",
          "explain",
          "let",
          "what",
          "whatifs",
          "undo",
          "reset",
          "save",
          "plot",
          "forecast");

  static String usage(String name) {
    String usage = ALL.get(name).usage;
    int more = usage.indexOf('\n');
    return "usage: "
        + (more < 0 ? usage : usage.substring(0, more) + " (more forms: help " + name + ")");
  }

  static String help(String topic) {
    StringBuilder out = new StringBuilder();
    if (topic == null) {
      out.append("commands (help COMMAND for more):\n");
      for (Map.Entry<String, Entry> e : ALL.entrySet()) {
        out.append("  ").append(e.getValue().usage.replaceAll("\\s+\\(.*\\)", "")).append('\n');
      }
      out.append("Ctrl-C cancels the line or a running evaluation; Ctrl-D leaves.\n");
      return out.toString();
    }
    Entry e = ALL.get(topic);
    if (e == null && (topic.equals("expression") || topic.equals("for"))) e = ALL.get("EXPRESSION");
    if (e == null && topic.equals("exit")) e = ALL.get("quit");
    if (e == null) return "no command `" + topic + "`; `help` lists them\n";
    return "  " + e.usage + "\n" + e.help + "\nexample:\n  " + e.example + "\n";
  }
}
