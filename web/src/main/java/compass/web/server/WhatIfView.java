package compass.web.server;

import compass.session.Impact;
import compass.session.WhatIf;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A what-if's answer as the page shows it: the command it stands for, its impact (null after
 * errors), and the form's values to show again.
 */
public record WhatIfView(
    String command, List<String> errors, Impact impact, Map<String, String> form) {
  static final List<String> FIELDS =
      List.of("kind", "owner", "amount", "date", "with", "deal", "field", "value", "text");

  static WhatIfView of(LiveData data, Function<String, String> field) {
    Map<String, String> form = new HashMap<>();
    for (String k : FIELDS) {
      String v = field.apply(k);
      form.put(k, v == null ? "" : v);
    }
    WhatIf w;
    try {
      w = WhatIfForm.parse(field);
    } catch (WhatIfForm.Refused e) {
      return new WhatIfView("", List.of(e.getMessage()), null, form);
    }
    LiveData.WhatIfAnswer answer = data.whatIf(w);
    return new WhatIfView(w.command(), answer.errors(), answer.impact(), form);
  }

  /** A form value to show again (empty when not given). */
  public String value(String name) {
    return form.getOrDefault(name, "");
  }

  /** Whether the form was for this kind of what-if (the first one when none was chosen). */
  public static boolean chosen(WhatIfView w, String kind) {
    return w == null || w.value("kind").isEmpty()
        ? kind.equals("add")
        : w.value("kind").equals(kind);
  }

  public BigDecimal delta() {
    return impact == null ? null : impact.totalDelta();
  }
}
