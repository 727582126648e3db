package compass.session;

import compass.ast.Decl;
import compass.ast.Plan;
import compass.check.CheckedPlan;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Suggestions;
import compass.source.Span;
import compass.syntax.PlanParser;
import java.util.ArrayList;
import java.util.List;

/**
 * What a what-if on the plan replaces: the changed component or definitions, each checked against
 * the plan it changes.
 */
final class PlanWhatIfs {
  private PlanWhatIfs() {}

  /** The component of a ChangeComponent with its part changed; null after errors. */
  static Decl.Component componentChange(
      WhatIf.ChangeComponent c, CheckedPlan plan, Diagnostics diags) {
    Decl.Component component =
        plan.components().stream()
            .filter(x -> x.title().equals(c.title()))
            .findFirst()
            .orElse(null);
    if (component == null) {
      List<String> titles = plan.components().stream().map(Decl.Component::title).toList();
      diags.add(
          Diagnostic.error(
                  Code.E0736,
                  c.titleSpan(),
                  "the plan has no component \"" + c.title() + "\" to change")
              .withHint(
                  hintOr(
                      Suggestions.hint(c.title(), titles),
                      "the components are "
                          + String.join(
                              ", ", titles.stream().map(t -> "\"" + t + "\"").toList()))));
      return null;
    }
    return ComponentEdits.apply(component, c.edit(), diags);
  }

  /**
   * Earlier plan changes with newer ones on top: a newer change to the same definition or component
   * takes the earlier one's place (it was worked out on top of it), rather than being a second
   * declaration of the same name.
   */
  static List<Decl> replacing(List<Decl> earlier, List<Decl> newer) {
    List<Decl> out = new ArrayList<>(earlier);
    for (Decl d : newer) out.removeIf(e -> key(e) != null && key(e).equals(key(d)));
    out.addAll(newer);
    return out;
  }

  private static String key(Decl d) {
    if (d instanceof Decl.Definition def) return "definition " + def.name().text();
    if (d instanceof Decl.Component c) return "component " + c.title();
    if (d instanceof Decl.Override o) return overrideKey(o);
    return null;
  }

  /**
   * What an override replaces (issue 20: `what if override quota for ann = ...`): an override of
   * the same value for the same participant, role or team from the same date; two such overrides
   * that disagree would otherwise be an error (E0406).
   */
  static String overrideKey(Decl.Override o) {
    return "override "
        + o.target().text()
        + " for "
        + o.scope()
        + " "
        + o.who().text()
        + " from "
        + o.from();
  }

  /** The declarations of a Redefine, each replacing one the plan has; null after errors. */
  static List<Decl> redefinitions(WhatIf.Redefine r, CheckedPlan plan, Diagnostics diags) {
    Plan fragment = PlanParser.parsePlan(r.source(), diags);
    if (fragment == null || diags.hasErrors()) return null;
    if (fragment.decls().isEmpty()) {
      diags.add(
          Diagnostic.error(
                  Code.E0731,
                  new Span(r.source(), 0, r.source().text().length()),
                  "nothing to change")
              .withHint("write `what if quota = 300_000 per quarter` or a whole component"));
      return null;
    }
    for (Decl d : fragment.decls()) {
      if (d instanceof Decl.Definition def) {
        String name = def.name().text();
        boolean known = plan.definitions().stream().anyMatch(x -> x.name().text().equals(name));
        if (!known) {
          diags.add(
              Diagnostic.error(
                      Code.E0736,
                      def.name().span(),
                      "the plan has no definition `" + name + "` to change")
                  .withHint(
                      hintOr(
                          Suggestions.hint(
                              name, plan.definitions().stream().map(x -> x.name().text()).toList()),
                          "to add a new one for this session, write `let " + name + " = ...`")));
          return null;
        }
      } else if (d instanceof Decl.Component c) {
        boolean known = plan.components().stream().anyMatch(x -> x.title().equals(c.title()));
        if (!known) {
          diags.add(
              Diagnostic.error(
                      Code.E0736,
                      c.titleSpan(),
                      "the plan has no component \"" + c.title() + "\" to change")
                  .withHint(
                      Suggestions.hint(
                          c.title(),
                          plan.components().stream().map(Decl.Component::title).toList())));
          return null;
        }
      } else if (!(d instanceof Decl.Override)) { // checked with the plan: target, who, value
        diags.add(
            Diagnostic.error(
                    Code.E0736,
                    d.span(),
                    "a what-if can change definitions, components and overrides only")
                .withHint(
                    "write `what if quota = 300_000 per quarter` or `what if override quota"
                        + " for ann = 300_000 per quarter`"));
        return null;
      }
    }
    return fragment.decls();
  }

  private static String hintOr(String hint, String otherwise) {
    return hint != null ? hint : otherwise;
  }
}
