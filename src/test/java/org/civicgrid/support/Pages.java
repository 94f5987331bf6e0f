package org.civicgrid.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Uses the browser pages as a signed-in person would, without a browser: signs in through the real
 * form (the session cookie — sessions live in the database — and CSRF included), then GETs pages and
 * POSTs forms.
 */
public class Pages {

    /** The cookies of a signed-in browser. */
    public static final class Session {

        private final java.util.Map<String, Cookie> cookies = new java.util.LinkedHashMap<>();

        void keep(Cookie[] received) {
            for (Cookie c : received) {
                if (c.getMaxAge() == 0) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c);
                }
            }
        }

        Cookie[] all() {
            return cookies.values().toArray(Cookie[]::new);
        }
    }

    public record Page(int status, String html, String redirect, MockHttpServletResponse raw) {

        public boolean contains(String text) {
            return html.contains(text);
        }
    }

    private final MockMvc mvc;

    Pages(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A session signed in as the user (password demo-2026 unless given). */
    public Session signIn(String username) {
        return signIn(username, Api.DEMO_PASSWORD);
    }

    public Session signIn(String username, String password) {
        Session session = new Session();
        Page page = perform(MockMvcRequestBuilders.post("/login").param("username", username).param("password", password)
                .with(csrf()), session);
        if (page.redirect() == null || page.redirect().contains("/login")) {
            throw new IllegalStateException("Cannot sign in as " + username + ": " + page.redirect());
        }
        return session;
    }

    public Page get(Session session, String path, Object... vars) {
        return perform(MockMvcRequestBuilders.get(path, vars), session);
    }

    public Page post(Session session, String path, Map<String, String> form, Object... vars) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path, vars).with(csrf());
        form.forEach(request::param);
        return perform(request, session);
    }

    public Page perform(AbstractMockHttpServletRequestBuilder<?> request, Session session) {
        if (session != null && session.all().length > 0) {
            request.cookie(session.all());
        }
        try {
            org.springframework.test.web.servlet.MvcResult result = mvc.perform(request).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
            }
            MockHttpServletResponse response = result.getResponse();
            if (session != null) {
                session.keep(response.getCookies());
            }
            return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                    response.getRedirectedUrl(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
