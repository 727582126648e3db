package compass.syntax;

import compass.ast.Decl;
import compass.ast.Header;
import compass.ast.Plan;
import compass.diag.Code;
import compass.diag.Diagnostic;
import compass.diag.Diagnostics;
import compass.diag.Label;
import compass.source.PlanFiles;
import compass.source.SourceFile;
import compass.source.Span;
import compass.syntax.PlanSources.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code import} and {@code extends}: the result is one plan with neither left, as if it
 * had been written in a single file. Imported files contribute their definitions and {@code when}
 * rules; a base plan contributes everything the extending plan does not change.
 */
public final class PlanAssembler {
  /** How many files may be open at once along one chain of imports and extends. */
  static final int MAX_DEPTH = 16;

  private final PlanSources sources;
  private final Diagnostics diags;
  // the files being assembled, outermost first, with the keyword that reached each: cycle detection
  private final List<Origin> chain = new ArrayList<>();
  private final List<String> via = new ArrayList<>();
  // one assembly per file, so a file imported along two paths gives the same declarations
  private final Map<String, Plan> done = new HashMap<>();
  private final Set<String> failed = new HashSet<>();

  private PlanAssembler(PlanSources sources, Diagnostics diags) {
    this.sources = sources;
    this.diags = diags;
  }

  /**
   * The plan with its imports and base plan resolved, or null when there were errors (they are in
   * {@code diags}). {@code planFile} is where the plan was read from: paths are relative to it, and
   * no file outside its folder is read except {@code stdlib/...} plans.
   */
  public static Plan assemble(Plan plan, Path planFile, Diagnostics diags) {
    return assemble(plan, planFile, PlanFiles.DISK, diags);
  }

  /** As above, reading the imported files through {@code files} (a git revision, say). */
  public static Plan assemble(Plan plan, Path planFile, PlanFiles files, Diagnostics diags) {
    if (plan == null) return null;
    if (plan.all(Decl.Import.class).isEmpty() && plan.all(Decl.Extends.class).isEmpty())
      return plan;
    Path folder = planFile.toAbsolutePath().normalize().getParent();
    PlanSources sources = new PlanSources(folder, files, diags);
    Origin root = sources.rootOrigin(planFile, plan.file().path());
    return new PlanAssembler(sources, diags).assemble(root, null, plan);
  }

  private Plan assemble(Origin origin, String keyword, Plan plan) {
    chain.add(origin);
    via.add(keyword);
    try {
      return resolve(origin, plan);
    } finally {
      chain.remove(chain.size() - 1);
      via.remove(via.size() - 1);
    }
  }

  private Plan resolve(Origin origin, Plan plan) {
    boolean ok = true;
    List<Decl.Extends> bases = plan.all(Decl.Extends.class);
    for (int i = 1; i < bases.size(); i++) {
      diags.add(
          Diagnostic.error(Code.E0414, bases.get(i).span(), "a plan extends at most one base plan")
              .withHint("keep one `extends`; `import` the definitions of the other")
              .withLabel(new Label(bases.get(0).span(), "first extends here")));
      ok = false;
    }
    List<Decl> decls = new ArrayList<>();
    for (Decl d : plan.decls())
      if (!(d instanceof Decl.Import) && !(d instanceof Decl.Extends)) decls.add(d);
    Header header = plan.header();
    if (!bases.isEmpty()) {
      Decl.Extends ext = bases.get(0);
      Plan base = load(origin, ext.file(), "extends", ext.span());
      if (base == null) {
        ok = false;
      } else {
        decls = PlanMerge.decls(base.decls(), decls);
        header = PlanMerge.header(base.header(), header);
      }
    }
    if (!addImports(origin, plan, decls)) ok = false;
    return ok ? new Plan(plan.file(), header, decls) : null;
  }

  /** Appends the definitions and when rules of each imported file; false after an error. */
  private boolean addImports(Origin origin, Plan plan, List<Decl> decls) {
    boolean ok = true;
    Map<String, Decl.Definition> defined = new LinkedHashMap<>();
    for (Decl d : decls)
      if (d instanceof Decl.Definition def) defined.putIfAbsent(def.name().text(), def);
    Set<Decl> present = Collections.newSetFromMap(new IdentityHashMap<>());
    present.addAll(decls);
    for (Decl.Import imp : plan.all(Decl.Import.class)) {
      Plan lib = load(origin, imp.file(), "import", imp.span());
      if (lib == null) {
        ok = false;
        continue;
      }
      for (Decl d : lib.decls()) {
        // the same file reached along two paths (a diamond) brings the very same declarations
        if (present.contains(d)) continue;
        if (d instanceof Decl.Definition def) {
          Decl.Definition first = defined.putIfAbsent(def.name().text(), def);
          if (first != null) {
            duplicate(first, def, imp);
            ok = false;
            continue;
          }
        } else if (!(d instanceof Decl.When)) {
          continue; // a library gives values and rules, not a plan's inputs or pay
        }
        decls.add(d);
        present.add(d);
      }
    }
    return ok;
  }

  private void duplicate(Decl.Definition first, Decl.Definition imported, Decl.Import imp) {
    String name = first.name().text();
    diags.add(
        Diagnostic.error(
                Code.E0303,
                first.name().span(),
                "`" + name + "` is defined here and in " + imported.name().span().file().path())
            .withHint(
                "rename one of them; to change an imported value, remove it from the library "
                    + "or `extends` a plan instead of importing it")
            .withLabel(new Label(imported.name().span(), "also defined here"))
            .withLabel(new Label(imp.span(), "imported here")));
  }

  /** Reads, parses and assembles the file {@code written} names; null after an error. */
  private Plan load(Origin from, String written, String keyword, Span at) {
    Origin target = sources.resolve(from, written, keyword, at);
    if (target == null) return null;
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).key().equals(target.key())) {
        diags.error(
            Code.E0411,
            at,
            "plan files import or extend each other in a cycle: " + cycle(i, keyword, target),
            "a file cannot import or extend itself, even through other files; move the shared "
                + "definitions into a library that both import");
        return null;
      }
    }
    if (chain.size() >= MAX_DEPTH) {
      diags.error(
          Code.E0413,
          at,
          "imports and extends nest more than " + MAX_DEPTH + " files deep",
          "import the definitions the plan needs directly instead of through a chain of files");
      return null;
    }
    if (done.containsKey(target.key())) return done.get(target.key());
    if (failed.contains(target.key())) return null; // already reported where it was first named
    SourceFile text = sources.read(target, keyword, at);
    Plan parsed = text == null ? null : PlanParser.parsePlan(text, diags);
    Plan assembled = parsed == null ? null : assemble(target, keyword, parsed);
    if (assembled == null) failed.add(target.key());
    else done.put(target.key(), assembled);
    return assembled;
  }

  /** {@code a.comp imports b.comp extends a.comp}, from the first file of the cycle. */
  private String cycle(int from, String keyword, Origin target) {
    StringBuilder out = new StringBuilder(chain.get(from).display());
    for (int i = from + 1; i < chain.size(); i++) {
      out.append(' ').append(verb(via.get(i))).append(' ').append(chain.get(i).display());
    }
    return out.append(' ').append(verb(keyword)).append(' ').append(target.display()).toString();
  }

  private static String verb(String keyword) {
    return keyword.equals("import") ? "imports" : "extends";
  }
}
