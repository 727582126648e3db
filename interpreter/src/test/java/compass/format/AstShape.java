package compass.format;

import compass.source.SourceFile;
import compass.source.Span;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of an AST without its source positions: each record becomes its type and its named
 * components, spans and source files left out, so two parses of differently laid out text can be
 * compared with equals (and a failure shows both as text).
 */
final class AstShape {
  private AstShape() {}

  static Object of(Object node) {
    if (node instanceof Record r) {
      List<Object> out = new ArrayList<>();
      out.add(r.getClass().getSimpleName());
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (c.getType() == Span.class || c.getType() == SourceFile.class) continue;
        try {
          out.add(c.getName() + "=" + of(c.getAccessor().invoke(r)));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
      return out;
    }
    if (node instanceof List<?> list) return list.stream().map(AstShape::of).toList();
    return node; // text, numbers, dates, enums, booleans, null
  }
}
