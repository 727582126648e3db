package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code compass completion bash|zsh}: the script names every subcommand and its options. */
class CompletionCommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void theScriptCompletesEverySubcommand(String shell) {
    InProcess.Outcome r = InProcess.execute("completion", shell);
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    String script = r.out();
    assertTrue(script.startsWith("#!/usr/bin/env bash\n"), script);
    // one function per subcommand, and the list offered after `compass `
    for (String command : Main.COMMANDS.keySet()) {
      assertTrue(script.contains("function _picocli_compass_" + command + "()"), command);
    }
    assertTrue(
        script.contains("local commands=\"" + String.join(" ", Main.COMMANDS.keySet()) + "\""),
        script.lines().filter(l -> l.contains("local commands=")).findFirst().orElse(""));
    // options of a subcommand, and the zsh set-up
    assertTrue(script.contains("--keep-going"), "run's options");
    assertTrue(script.contains("bashcompinit"), "zsh loads its bash compatibility");
    assertTrue(script.contains("complete -F _complete_compass"), "registered for `compass`");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fish", "BASH", ""})
  void anotherShellIsAUsageError(String shell) {
    InProcess.Outcome r = InProcess.execute("completion", shell);
    assertEquals(2, r.code());
    assertEquals(
        "error[E0780]: no completion for shell `"
            + shell
            + "`\n   = hint: the shells are bash and zsh, e.g. `compass completion bash`\n",
        r.err());
    assertEquals("", r.out());
  }
}
