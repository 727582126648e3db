package compass.syntax;

import java.nio.file.Path;

/**
 * The parser and checker never throw (MutatedPlansTest, interpreter) on mutations of this module's
 * example plans.
 */
class StdlibMutatedPlansTest extends MutatedPlansTest {
  @Override
  Path corpusRoot() {
    return Path.of("plans");
  }
}
