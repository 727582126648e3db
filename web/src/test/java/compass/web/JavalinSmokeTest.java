package compass.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class JavalinSmokeTest {
  @Test
  void servesOnLoopback() throws Exception {
    Javalin app =
        Javalin.create(config -> config.routes.get("/ping", ctx -> ctx.result("pong")))
            .start("127.0.0.1", 0);
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/ping"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals("pong", response.body());
    } finally {
      app.stop();
    }
  }
}
