package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 7: no output may depend on the default locale, where {@code String.format("%d")}
 * writes ٢٠٢٧ under Arabic and {@code toLowerCase()} writes a dotless ı under Turkish. So the
 * sources of the interpreter and the CLI never call a formatting method without a locale: this test
 * lists every call that does, so a new one fails the build where it is written rather than on a
 * payroll run in Cairo.
 */
final class LocaleIndependenceTest {
  private static final Path ROOT = CompassProcess.ROOT;

  /** A call that uses the default locale when it is not given one. */
  private static final Pattern DEFAULT_LOCALE =
      Pattern.compile(
          "String\\.format\\((?!\\s*(java\\.util\\.)?Locale\\.)"
              + "|\\.formatted\\((?!\\))"
              + "|\\.printf\\((?!\\s*(java\\.util\\.)?Locale\\.)"
              + "|\\.to(Lower|Upper)Case\\(\\)"
              + "|NumberFormat\\.get\\w*Instance\\(\\)"
              + "|new DecimalFormat\\(");

  @Test
  void noSourceFormatsWithTheDefaultLocale() throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : List.of("interpreter/src/main/java", "repl/src/main/java")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          // the whole file, not line by line: a formatter may put the locale on the next line
          String text = Files.readString(f);
          String[] lines = text.split("\n", -1);
          Matcher m = DEFAULT_LOCALE.matcher(text);
          while (m.find()) {
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            found.add(ROOT.relativize(f) + ":" + (line + 1) + ": " + lines[line].strip());
          }
        }
      }
    }
    assertEquals(List.of(), found, "pass java.util.Locale.ROOT");
  }
}
