package compass.format;

import java.nio.file.Path;
import java.util.List;

/**
 * The formatter's properties (FormatPropertiesTest, interpreter) over the example plans and test
 * plans of this module.
 */
class StdlibFormatPropertiesTest extends FormatPropertiesTest {
  @Override
  List<Path> corpusRoots() {
    return List.of(Path.of("plans"), Path.of("src", "test", "resources"));
  }

  @Override
  String aPlanOfTheCorpus() {
    return "retro-tiers.comp";
  }

  @Override
  int plansAtLeast() {
    return 15;
  }
}
