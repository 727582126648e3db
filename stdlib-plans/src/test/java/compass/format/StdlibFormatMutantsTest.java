package compass.format;

import java.nio.file.Path;
import java.util.List;

/**
 * The formatter's mutants (FormatMutantsTest, interpreter) made from this module's example plans
 * and test plans.
 */
class StdlibFormatMutantsTest extends FormatMutantsTest {
  @Override
  List<Path> corpusRoots() {
    return List.of(Path.of("plans"), Path.of("src", "test", "resources"));
  }
}
