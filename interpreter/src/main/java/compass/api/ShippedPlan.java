package compass.api;

import compass.check.CheckedPlan;
import compass.data.TableSchema;
import compass.diag.Diagnostics;
import compass.eval.Participants;
import compass.eval.Workbench;
import compass.source.PlanFiles;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plan checked once where a distributed job starts (issue 21), with the text of every file it
 * read (the plan, what it imports or extends), so it can be shipped to other machines as text and
 * checked there again once per JVM, from the same bytes, never from their disks.
 */
public final class ShippedPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One checked plan per JVM and plan text (an executor runs many tasks of one job). */
  private static final Map<String, CheckedPlan> CHECKED = new ConcurrentHashMap<>();

  private final String root;
  private final Map<String, byte[]> files;
  private final String digest;

  private ShippedPlan(String root, Map<String, byte[]> files) {
    this.root = root;
    this.files = files;
    this.digest = digest(root, files);
  }

  /**
   * Reads and checks the plan file (with its imports and tests, as {@code compass check} does);
   * null when it has errors, reported in diags.
   */
  public static ShippedPlan check(Path plan, Diagnostics diags) {
    Map<String, byte[]> read = new LinkedHashMap<>();
    PlanFiles recording =
        new PlanFiles() {
          @Override
          public byte[] read(Path file) throws IOException {
            byte[] bytes = PlanFiles.DISK.read(file);
            read.put(file.toString(), bytes);
            return bytes;
          }

          @Override
          public boolean isDirectory(Path file) {
            return PlanFiles.DISK.isDirectory(file);
          }
        };
    CheckResult result = Compass.check(plan, recording);
    diags.addAll(result.diagnostics());
    if (!result.ok()) return null;
    ShippedPlan shipped = new ShippedPlan(plan.toString(), Map.copyOf(read));
    return shipped.checked() == null ? null : shipped;
  }

  /** The plan file as the user named it, as diagnostics name it. */
  public String path() {
    return root;
  }

  /** The checked plan, checked once per JVM from the shipped text. */
  CheckedPlan checked() {
    return CHECKED.computeIfAbsent(
        digest,
        d -> {
          Diagnostics diags = new Diagnostics();
          CheckedPlan plan = Compass.load(Path.of(root), shipped(), diags);
          if (plan == null) // the same bytes checked fine where the job started
          throw new IllegalStateException("the shipped plan did not check: " + diags.all());
          return plan;
        });
  }

  /** The people file the plan reads, or null when its participants are named by the data. */
  public String peopleFile() {
    return Participants.fromData(checked()) ? null : checked().people().file();
  }

  /** The file of the deals (the default credit source), or null when the plan has none. */
  public String dealsFile() {
    CheckedPlan plan = checked();
    return plan.deals() == null ? null : plan.deals().file();
  }

  /** The other files the plan reads (quotas, splits, FX rates, other credit sources ...). */
  public List<String> otherFiles() {
    List<String> out = new ArrayList<>();
    for (TableSchema s : checked().otherTables().values()) out.add(s.file());
    return out;
  }

  /**
   * Why the deals cannot be split by participant, or null when they can: under a pool or a team
   * budget one deal changes everyone's payout; when the data names the participants, every deal is
   * needed to know who they are. Such a plan is evaluated in one partition.
   */
  public String whyOnePartition() {
    CheckedPlan plan = checked();
    if (plan.deals() == null) return "the plan reads no deals";
    if (Participants.fromData(plan)) return "the participants are those the data names";
    for (compass.ast.Expr e : plan.types().keySet())
      if (e instanceof compass.ast.Expr.FirstOf)
        return "`first deal of` looks at every participant's deals";
    if (Workbench.sharesAcross(plan))
      return "a pool or a team budget shares amounts across participants";
    return null;
  }

  /** Whether {@code text} names one pay period of the plan ({@code --period}); else reported. */
  public boolean isPeriod(String text, Diagnostics diags) {
    return Compass.periodLabel(checked(), text, diags) != null;
  }

  private PlanFiles shipped() {
    return new PlanFiles() {
      @Override
      public byte[] read(Path file) throws IOException {
        byte[] bytes = files.get(file.toString());
        if (bytes == null) throw new NoSuchFileException(file.toString());
        return bytes;
      }

      @Override
      public boolean isDirectory(Path file) {
        String prefix = file.toString() + java.io.File.separator;
        return files.keySet().stream().anyMatch(f -> f.startsWith(prefix));
      }
    };
  }

  private static String digest(String root, Map<String, byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(root.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (String name : new java.util.TreeSet<>(files.keySet())) {
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(files.get(name));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
