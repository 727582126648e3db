package compass.data;

/** Where a reader of a workbook or JSON Lines file hands its rows, in file order. */
interface RowSink {
  /**
   * The header row naming the columns, or null when the file has no row at all; false (reported)
   * when there is no header to read rows against, and the reader then stops.
   */
  boolean header(CellRow header);

  /** The header's width: the cells each row is cut or padded to. */
  int width();

  /** The next row after the header, blank rows included (trailing ones are not rows). */
  void row(CellRow row);
}
