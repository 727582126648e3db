package compass.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import compass.diag.Printable;

/**
 * JSON strings with every character a terminal could act on written as a JSON escape: the standard
 * ones (controls below U+0020 as {@code \n} or {@code \u001B}) and also DEL, the C1 controls, the
 * line and paragraph separators and the bidi controls ({@code \u202E}), which JSON allows raw but
 * which reorder or restyle what {@code cat out.json} shows. The value a JSON reader gets is the
 * same.
 */
final class JsonEscapes extends CharacterEscapes {
  /** The factory every JSON output of compass is written with. */
  static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(new JsonEscapes()).build();

  private static final int[] ASCII = standardAsciiEscapesForJSON();

  static {
    ASCII[0x7F] = ESCAPE_STANDARD;
  }

  private JsonEscapes() {}

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
