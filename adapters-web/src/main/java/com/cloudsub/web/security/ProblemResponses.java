package com.cloudsub.web.security;

import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as RFC 9457 problems, like every other refusal. */
final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(String challenge) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
            write(response, 401, "Unauthorized", "unauthenticated",
                    "this call needs valid credentials: a bearer token on /api/v1, an operator login on /admin",
                    request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            if (e instanceof org.springframework.security.web.csrf.CsrfException) {
                write(response, 403, "Forbidden", "csrf-token-missing", "a change through the admin API sends HTTP Basic credentials "
                        + "with Content-Type: application/json; a browser form sends its CSRF token", request.getRequestURI());
            } else {
                write(response, 403, "Forbidden", "forbidden", "these credentials may not make this call", request.getRequestURI());
            }
        };
    }

    private static void write(HttpServletResponse response, int status, String title, String code, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://cloudsub.dev/problems/" + code);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        problem.put("instance", instance);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
