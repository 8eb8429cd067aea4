package org.steward.security.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Cookies and the Camunda CSRF token of one browser, for driving the webapps' login flow in tests. */
public final class BrowserSession {

  private final TestRestTemplate http;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public BrowserSession(TestRestTemplate http) {
    this.http = http;
  }

  /** Opens the app page (session + XSRF-TOKEN cookie), then logs in through the webapp's own login endpoint. */
  public static BrowserSession loggedIn(TestRestTemplate http, String userId, String password) {
    BrowserSession browser = new BrowserSession(http);
    browser.open("/camunda/app/tasklist/default/");
    HttpHeaders headers = browser.csrfHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = browser.send(HttpMethod.POST,
        "/camunda/api/admin/auth/user/default/login/tasklist", headers, "username=" + userId + "&password=" + password);
    if (login.getStatusCode() != HttpStatus.OK) {
      throw new IllegalStateException("webapp login failed: " + login.getStatusCode() + " " + login.getBody());
    }
    // the login starts a new session; like the apps, ask who is logged in, which hands out that session's CSRF token
    browser.open("/camunda/api/admin/auth/user/default");
    return browser;
  }

  public ResponseEntity<String> open(String path) {
    return send(HttpMethod.GET, path, new HttpHeaders(), null);
  }

  public ResponseEntity<String> send(HttpMethod method, String path, HttpHeaders headers, Object body) {
    HttpHeaders all = new HttpHeaders();
    all.addAll(headers);
    if (!cookies.isEmpty()) {
      all.set(HttpHeaders.COOKIE, cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
    }
    ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, all), String.class);
    List<String> setCookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return response;
  }

  /** JSON headers carrying the session's CSRF token, as the webapps' JavaScript sends them. */
  public HttpHeaders csrfHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    return headers;
  }

  HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
