package compass.cli;

/** Placeholder entry point, replaced by the picocli command. */
public final class Main {
  public static void main(String[] args) {}
}
