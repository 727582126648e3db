package compass.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;

class SkeletonTest {
  @Test
  void precompiledTemplatesEscapeValues() {
    TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    StringOutput out = new StringOutput();
    engine.render("hello.jte", "<script>", out);
    assertEquals("<p>Hello &lt;script&gt;</p>", out.toString().trim());
  }
}
