package org.steward.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * The portal's session in MockMvc tests. It lives in the database (Spring Session), so a request finds it by its
 * cookie, as a browser's does, never by MockMvc's own session object.
 */
final class PortalSessions {

  /** Spring Session's cookie (server.servlet.session.cookie.name). */
  static final String COOKIE = "SESSION";

  private PortalSessions() {
  }

  /** An enterprise's login through the portal's form, landing on its home page. */
  static Cookie login(MockMvc mvc, String user) throws Exception {
    MvcResult login = mvc.perform(formLogin("/portal/login").user(user).password("demo")).andReturn();
    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/portal/");
    return of(login);
  }

  /** The session cookie a response set (an ended session's comes back empty, with no session behind it). */
  static Cookie of(MvcResult result) {
    Cookie cookie = result.getResponse().getCookie(COOKIE);
    assertThat(cookie).as("the session cookie").isNotNull();
    return cookie;
  }
}
