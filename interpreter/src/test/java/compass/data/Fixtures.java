package compass.data;

import compass.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test helpers: schemas written compactly and CSV files written into a temporary folder. */
final class Fixtures {
  static final List<String> STAGES =
      List.of("prospecting", "qualification", "closed_won", "closed_lost");
  static final LoadOptions OPTIONS = new LoadOptions(STAGES, Set.of("p1", "p2"));

  private Fixtures() {}

  /** "id TEXT, amount MONEY, cancel DATE?" - a trailing ? marks an optional field. */
  static TableSchema schema(String file, String fields) {
    List<FieldSpec> specs = new ArrayList<>();
    for (String part : fields.split(",")) {
      String[] words = part.trim().split(" ");
      boolean optional = words[1].endsWith("?");
      ColumnType type = ColumnType.valueOf(words[1].replace("?", ""));
      specs.add(new FieldSpec(words[0], words[0], type, optional, null));
    }
    return new TableSchema("deals", file, specs, null);
  }

  static Path write(Path dir, String file, String csv) {
    return writeBytes(dir, file, csv.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeBytes(Path dir, String file, byte[] bytes) {
    try {
      Path path = dir.resolve(file);
      Files.createDirectories(path.getParent());
      return Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes deals.csv and loads it with the given fields. */
  static Table load(Path dir, String fields, String csv, Diagnostics diags) {
    write(dir, "deals.csv", csv);
    return TableLoader.load(schema("deals.csv", fields), dir, OPTIONS, diags);
  }
}
