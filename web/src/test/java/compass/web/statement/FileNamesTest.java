package compass.web.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ann|ann.html",
        "Ann.Archer-2_x|Ann.Archer-2_x.html",
        "a/b|a%2Fb.html", // a folder separator
        "a\\b|a%5Cb.html",
        "100%|100%25.html", // the escape character itself
        "../up|%2E.%2Fup.html", // no way out of the folder
        ".hidden|%2Ehidden.html", // no hidden file
        "index|%69ndex.html", // never the index page
        "INDEX|%49NDEX.html",
        "CON|%43ON.html", // names Windows reserves
        "nul.txt|%6Eul.txt.html",
        "com1|%63om1.html",
        "console|console.html", // only the reserved names themselves
        "x.|x%2E.html", // Windows drops a last dot
        "a b|a%20b.html",
        "Zoë|Zo%C3%AB.html", // UTF-8 bytes
        "<script>|%3Cscript%3E.html",
        "a:b*c?|a%3Ab%2Ac%3F.html",
      })
  void encodesReversibly(String id, String file) {
    assertEquals(file, FileNames.of(id));
    assertEquals(id, FileNames.id(file));
  }

  @Test
  void aLinkEscapesThePercentSign() {
    // the browser decodes %25 to %, finding the file a%2Fb.html
    assertEquals("a%252Fb.html", FileNames.href("a/b"));
    assertEquals("ann.html", FileNames.href("ann"));
  }

  @Test
  void otherFileNamesAreNotStatements() {
    assertNull(FileNames.id("ann.txt"));
    assertNull(FileNames.id("a%2.html"));
    assertNull(FileNames.id("a%zz.html"));
    assertNull(FileNames.id("a b.html"));
  }
}
