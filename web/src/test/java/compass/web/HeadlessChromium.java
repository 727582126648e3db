package compass.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the page tests: Debian's chromium driven by its chromedriver, both given by path
 * so that Selenium Manager never goes online (CI reaches only the Maven, Debian and npm registries;
 * .ci/run installs both packages). Screenshots go to target/screenshots/.
 */
public final class HeadlessChromium {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private HeadlessChromium() {}

  /**
   * A headless browser with a window of the size given, or null (and a line on stderr naming what
   * is missing) when chromium or chromedriver is not installed.
   */
  public static WebDriver start(String testName, int width, int height) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      System.err.println(
          "\n*** "
              + testName
              + " SKIPPED: no "
              + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
              + " (apt-get install chromium chromium-driver; .ci/run does) ***\n");
      return null;
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    Files.createDirectories(SCREENSHOTS);
    return new ChromeDriver(service, options);
  }
}
