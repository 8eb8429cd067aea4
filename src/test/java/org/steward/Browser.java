package org.steward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser for the ITs and benchmarks that call a running node over HTTP: its cookies go with every request, to
 * whichever node (port) it is sent; no redirects. Asks for JSON or HTML unless the call names its own {@code Accept}.
 */
final class Browser {

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  HttpResponse<String> send(int port, String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, content);
    boolean accepts = false;
    for (int i = 0; i < headers.length; i += 2) {
      accepts |= "Accept".equalsIgnoreCase(headers[i]);
    }
    if (!accepts) {
      request.header("Accept", "application/json, text/html");
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      String name = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  /** JSON with the session's CSRF token, as the webapps' JavaScript sends it. */
  String[] csrfJson() {
    return new String[] {"Content-Type", "application/json", "X-XSRF-TOKEN", cookie("XSRF-TOKEN")};
  }
}
