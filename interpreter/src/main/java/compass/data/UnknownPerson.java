package compass.data;

/**
 * The words of E0507, a person cell naming someone the people file does not have: one wording for
 * every person column (an owner, a split's person, a quota row's participant, a manager).
 */
public final class UnknownPerson {
  private UnknownPerson() {}

  public static String message(String field, String id) {
    return field + " " + id + " is not in people";
  }

  public static String hint(String id) {
    return "add " + id + " to the people file, or correct the id";
  }
}
