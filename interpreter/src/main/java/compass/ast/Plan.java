package compass.ast;

import compass.source.SourceFile;
import java.util.List;

/** One plan file: its header and its declarations, in source order. */
public record Plan(SourceFile file, Header header, List<Decl> decls) {

  /** The declarations of one kind, in source order. */
  public <T extends Decl> List<T> all(Class<T> kind) {
    return decls.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
