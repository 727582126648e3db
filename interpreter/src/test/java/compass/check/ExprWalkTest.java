package compass.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import compass.ast.Expr;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lint walker handles every kind of expression (STYLE: no node type missed). */
class ExprWalkTest {
  @Test
  void everyExpressionKindIsWalked() throws Exception {
    List<String> walked = new ArrayList<>();
    for (Class<?> kind : Expr.class.getPermittedSubclasses()) {
      RecordComponent[] parts = kind.getRecordComponents();
      Class<?>[] types = new Class<?>[parts.length];
      Object[] values = new Object[parts.length];
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        values[i] = types[i] == boolean.class ? false : types[i] == List.class ? List.of() : null;
      }
      Constructor<?> make = kind.getDeclaredConstructor(types);
      Expr e = (Expr) make.newInstance(values);
      ExprWalk.each(e, x -> walked.add(x.getClass().getSimpleName()));
    }
    assertEquals(Expr.class.getPermittedSubclasses().length, walked.size(), walked.toString());
  }
}
