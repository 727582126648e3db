package compass.result;

import compass.diag.Code;

/**
 * A row left out of a run by --keep-going: where it is (its first line; the line and column of its
 * first problem), every problem found in it, and the row as written in the file.
 */
public record RejectedRow(
    String file, long line, int column, Code code, String error, String text) {}
