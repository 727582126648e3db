package compass.check;

/** Where an expression is evaluated: for a participant and span, or for one deal. */
enum Scope {
  /** Participant fields, definitions and measures; no deal fields. */
  PARTICIPANT,
  /** One deal: its fields are visible too (inside {@code sum of}, filters, {@code per deal}). */
  DEAL
}
