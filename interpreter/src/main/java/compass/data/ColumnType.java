package compass.data;

/** The type a plan declares for one CSV field; it decides how cells are parsed and stored. */
public enum ColumnType {
  TEXT,
  NUMBER,
  INTEGER,
  MONEY,
  PERCENT,
  DATE,
  BOOL,
  PERSON,
  STAGE,
  PERIOD
}
