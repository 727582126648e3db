package compass.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code compass run --format}. */
enum Format {
  TABLE,
  CSV,
  JSON;

  /** The format of a name ({@code csv}); the names are those of {@link Names}. */
  static Format of(String flag) {
    return valueOf(flag.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * {@code --format} as given (null: not given), or the format {@code --out}'s extension names,
   * else table; an extension that disagrees is E0777 (see {@link OutputFormats}).
   */
  static OutputFormats.Choice choose(Format given, java.nio.file.Path out) {
    return OutputFormats.choose(
        given == null ? null : given.flag(), out, List.of("table", "csv", "json"), "table");
  }

  /** The name as written on the command line. */
  String flag() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses {@code --format}: exact lower-case names, listed in the message when it fails. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : values()) if (f.flag().equals(value)) return f;
      throw new TypeConversionException(
          "expected one of " + String.join(", ", new Names()) + " but was '" + value + "'");
    }
  }

  /** The accepted names, for picocli's completion candidates and the help text. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(TABLE.flag(), CSV.flag(), JSON.flag()).iterator();
    }
  }
}
