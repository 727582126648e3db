package compass.data;

import compass.diag.Code;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Whole-file problems of a workbook in words an analyst can act on: the wrong kind of file, a
 * password, a corrupt file, a zip bomb. Never a stack trace.
 */
final class Workbooks {
  static final String LONG_HINT = "shorten the cell in the workbook; a value is at most a line";

  private Workbooks() {}

  /** The 0-based column of a cell reference: `C14` is 2, `AA3` is 26. */
  static int columnOf(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = Character.toUpperCase(ref.charAt(i));
      if (c < 'A' || c > 'Z') break;
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  /**
   * Refuses a file that is not the workbook its name says, before POI reads it: a password-
   * protected .xlsx is an encrypted OLE2 file, an .xls renamed .xlsx is OLE2 too.
   */
  static void checkMagic(Path path, String file, InputFormat expected) throws Unreadable {
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw new Unreadable(
          Code.E0501, "cannot read data file " + file + ": " + e.getMessage(), null);
    }
    if (magic == FileMagic.OLE2 && encrypted(path)) throw passwordProtected(file);
    if (expected == InputFormat.XLSX && magic == FileMagic.OLE2) {
      throw new Unreadable(
          Code.E0533,
          file + " is an Excel 97-2003 workbook, not an .xlsx one",
          "rename it to end in .xls (and the input's file name in the plan)");
    }
    if (expected == InputFormat.XLS && magic == FileMagic.OOXML) {
      throw new Unreadable(
          Code.E0533,
          file + " is an .xlsx workbook, not an Excel 97-2003 one",
          "rename it to end in .xlsx (and the input's file name in the plan)");
    }
    FileMagic wanted = expected == InputFormat.XLSX ? FileMagic.OOXML : FileMagic.OLE2;
    if (magic != wanted) {
      throw new Unreadable(
          Code.E0533,
          file
              + " is not an Excel workbook"
              + (magic == FileMagic.UNKNOWN ? "" : " (it looks like " + magic + ")")
              + ": it may be damaged, or another kind of file renamed",
          "open it in Excel and save it again as " + expected.extension);
    }
  }

  private static boolean encrypted(Path path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static Unreadable passwordProtected(String file) {
    return new Unreadable(
        Code.E0533,
        file + " is protected by a password, so it cannot be read",
        "open it in Excel, remove the password (File > Info > Protect Workbook) and save it");
  }

  /** What went wrong reading a workbook, from POI's exception. */
  static Unreadable unreadable(Exception e, String file, InputFormat format) {
    if (e instanceof EncryptedDocumentException) return passwordProtected(file);
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (why.contains("Zip bomb")) {
      return new Unreadable(
          Code.E0533,
          file
              + " expands to far more data than it holds (a zip bomb, or a damaged file), so it"
              + " is not read",
          "open it in Excel and save it again; if it is genuine, export the sheet as CSV");
    }
    String first = why.lines().findFirst().orElse(why);
    if (first.length() > 200) first = first.substring(0, 200) + "...";
    return new Unreadable(
        Code.E0533,
        "cannot read workbook "
            + file
            + ": it is damaged or not a "
            + format.extension
            + " file ("
            + first
            + ")",
        "open it in Excel and save it again as " + format.extension);
  }
}
