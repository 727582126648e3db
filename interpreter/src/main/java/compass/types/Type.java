package compass.types;

/**
 * The type of a plan value (SEMANTICS 1). Money is always in the plan currency here: amounts in
 * other currencies are converted when data is read. INTEGER data columns are NUMBER in plans.
 */
public enum Type {
  MONEY("money"),
  PERCENT("percent"),
  NUMBER("number"),
  DATE("date"),
  PERIOD("period"),
  DURATION("duration"),
  BOOL("yes/no"),
  TEXT("text"),
  STAGE("stage"),
  PERSON("person"),
  /** A named set ({@code new_regions = ("LATAM", "APAC")}): only ever the right side of `in`. */
  SET("set"),
  /** The type of an expression that already has an error; it combines silently with anything. */
  ERROR("?");

  private final String label;

  Type(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Money, percent and plain numbers: what arithmetic works on. */
  public boolean isNumeric() {
    return this == MONEY || this == PERCENT || this == NUMBER;
  }

  @Override
  public String toString() {
    return label;
  }
}
