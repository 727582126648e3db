package compass.web.statement;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders statements with the precompiled jte templates under {@code src/main/jte/statement} (jte
 * escapes every value, so a name from the data is text, never markup). {@link #page} is a whole
 * self-contained page (CSS inline, no script, nothing fetched: its Content-Security-Policy forbids
 * it); {@link #body} the statement alone, for a page that embeds it with {@link #styles}.
 */
public final class StatementPages {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** A participant's statement as a whole HTML page. */
  public String page(StatementModel model) {
    return render("statement/page.jte", Map.of("model", model));
  }

  /**
   * A participant's statement as a whole HTML page, followed by their "could be earned" box (a
   * forecast, labelled as one) when {@code couldBeEarned} is not null.
   */
  public String page(StatementModel model, CouldBeEarned couldBeEarned) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("model", model);
    params.put("couldBeEarned", couldBeEarned);
    return render("statement/page.jte", params);
  }

  /** The statement's body: an {@code <article class="st-statement">}, without page or styles. */
  public String body(StatementModel model) {
    return render("statement/body.jte", Map.of("model", model));
  }

  /**
   * The statements' CSS as a {@code <style>} element (every class starts with {@code st-}), for a
   * page embedding {@link #body}.
   */
  public String styles() {
    return render("statement/style.jte", Map.of());
  }

  /** The index page of a statements folder. */
  public String index(StatementIndex index) {
    return render("statement/index.jte", Map.of("index", index));
  }

  private String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    return out.toString();
  }
}
