package compass.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --format} of commands that print text or JSON ({@code check}, {@code explain}): exact
 * lower-case names, refused at parse time like {@code run --format} (E0773).
 */
final class TextOrJson {
  static final String TEXT = "text";
  static final String JSON = "json";

  private TextOrJson() {}

  static final class Converter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.equals(TEXT) || value.equals(JSON)) return value;
      throw new TypeConversionException("expected one of text, json but was '" + value + "'");
    }
  }

  /** The accepted names, for picocli's completion candidates and the "did you mean". */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(TEXT, JSON).iterator();
    }
  }
}
