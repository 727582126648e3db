package compass.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compass init}: what it writes, and that it never writes over anything. */
class InitCommandTest {
  @TempDir Path dir;

  @Test
  void writesThePlanItsDataAndAGitignoreNamedAfterTheFolder() throws Exception {
    Path folder = dir.resolve("emea-ae");
    InProcess.Outcome r = InProcess.execute("init", folder.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertEquals(
        "new plan: "
            + folder
            + "/plan.comp, with people.csv, deals.csv and .gitignore\n"
            + "next: compass test "
            + folder
            + "/plan.comp   (then: compass run "
            + folder
            + "/plan.comp)\n",
        r.out());
    try (var files = Files.list(folder)) {
      assertEquals(
          List.of(".gitignore", "deals.csv", "people.csv", "plan.comp"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    String plan = Files.readString(folder.resolve("plan.comp"));
    assertTrue(plan.contains("plan \"emea-ae\" version 1\n"), plan);
    assertTrue(plan.contains("\ntest \""), plan);
    assertTrue(Files.readString(folder.resolve(".gitignore")).contains("*.rejects.csv"));
  }

  @Test
  void anEmptyFolderIsFine() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("empty"));
    assertEquals(0, InProcess.execute("init", folder.toString()).code());
    assertTrue(Files.isRegularFile(folder.resolve("plan.comp")));
  }

  @Test
  void aFolderWithAnythingInItIsRefusedAndLeftAsItWas() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("used"));
    Files.writeString(folder.resolve(".hidden"), "mine");
    InProcess.Outcome r = InProcess.execute("init", folder.toString());
    assertEquals(2, r.code());
    assertEquals(
        "error[E0781]: the folder "
            + folder
            + " is not empty\n"
            + "   = hint: compass init never writes over files: name a new folder, e.g. `compass"
            + " init my-plan`\n",
        r.err());
    assertEquals("", r.out());
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void aFileIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("plan.comp"), "x");
    InProcess.Outcome r = InProcess.execute("init", file.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error[E0781]: " + file + " is a file, not a folder\n"), r.err());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void anUnwritableFolderIsReportedAndNothingIsLeft() throws Exception {
    Path parent = Files.createDirectory(dir.resolve("locked"));
    Path folder = Files.createDirectory(parent.resolve("plan"));
    assertTrue(folder.toFile().setWritable(false));
    try {
      if (Files.isWritable(folder)) return; // running as root: nothing is unwritable
      InProcess.Outcome r = InProcess.execute("init", folder.toString());
      assertEquals(2, r.code());
      assertTrue(
          r.err().startsWith("error[E0782]: cannot write the new plan in " + folder + ": "),
          r.err());
      try (var files = Files.list(folder)) {
        assertFalse(files.findAny().isPresent());
      }
    } finally {
      folder.toFile().setWritable(true);
    }
  }

  @Test
  void thePlanNameLeavesOutWhatAStringCannotHold() {
    assertEquals("q3 \"push\"".replace("\"", ""), InitCommand.planName(Path.of("/x/q3 \"push\"")));
    assertEquals("My plan", InitCommand.planName(Path.of("/")));
  }
}
