package compass.web.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import compass.diag.Printable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON written with Jackson, every string escaped: {@code < > & '} as {@code \u003C}... so that no
 * value can close a script or be sniffed as HTML, and the characters a terminal acts on (controls,
 * bidi) as escapes too. A JSON reader gets the same value.
 */
final class Json {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(new Escapes()).build();

  private Json() {}

  /** What writes one document. */
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  static String write(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private static final class Escapes extends CharacterEscapes {
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
      for (char c : "<>&'".toCharArray()) ASCII[c] = ESCAPE_STANDARD;
      ASCII[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (!Printable.isHostile((char) ch)) return null;
      return new SerializedString(Printable.unicode(ch));
    }
  }
}
