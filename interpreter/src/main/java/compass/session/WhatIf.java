package compass.session;

import compass.source.SourceFile;
import compass.source.Span;
import java.util.List;

/**
 * One change a session is asked to imagine. {@code command} is the text the analyst typed, so the
 * active what-ifs can be listed and saved as a script that re-runs them.
 */
public sealed interface WhatIf {
  String command();

  /**
   * A value the analyst gave for a deal field, with where the value and the field name were typed
   * (for a caret).
   */
  record FieldValue(String field, String text, Span span, Span fieldSpan) {
    public FieldValue(String field, String text, Span span) {
      this(field, text, span, span);
    }
  }

  /** The credited person's field in a deal, whatever the plan calls it. */
  String OWNER = "@owner";

  /** The deal's first money field (its amount). */
  String AMOUNT = "@amount";

  /** The deal's crediting date field. */
  String DATE = "@date";

  /** A new deal: {@code what if ann closes 20_000 on 2027-03-20 with term_months = 24}. */
  record AddDeal(String command, List<FieldValue> values) implements WhatIf {}

  /** Other values for an existing deal: {@code what if deal O-1003 has amount = 90_000}. */
  record ChangeDeal(String command, FieldValue deal, List<FieldValue> values) implements WhatIf {}

  /** A deal that never happened: {@code what if deal O-1003 is removed}. */
  record RemoveDeal(String command, FieldValue deal) implements WhatIf {}

  /**
   * Definitions or components written anew ({@code what if quota = 300_000 per quarter}): each
   * replaces the plan's declaration with the same name, as {@code extends} does.
   */
  record Redefine(String command, SourceFile source) implements WhatIf {}

  /**
   * One part of a component changed ({@code what if "Commission" band from 100% pays 14%}): the
   * component as the plan has it at that point, with the edit applied, replaces it. Worked out
   * again on each reload, so it applies to the plan as it is then.
   */
  record ChangeComponent(String command, String title, Span titleSpan, ComponentEdit edit)
      implements WhatIf {}
}
