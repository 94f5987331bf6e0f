package org.civicgrid.shared.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers by itself, before the application sees the request (a malformed URL, headers
 * too large): problem details for {@code /api}, the GeoReport error list for {@code /open311}, and a
 * short plain page elsewhere — never Tomcat's HTML report with its server details.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String uri = request.getDecodedRequestURI() == null ? "" : request.getDecodedRequestURI();
        try {
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (uri.startsWith("/open311/")) {
                response.setContentType("application/json");
                writer.write("[{\"code\":" + status + ",\"description\":\"request refused\"}]");
            } else if (uri.startsWith("/api/") || uri.isEmpty()) {
                response.setContentType("application/problem+json");
                writer.write("{\"type\":\"" + Problems.BASE + "http-" + status + "\",\"title\":\"Request refused\","
                        + "\"status\":" + status + ",\"detail\":\"The request could not be read\"}");
            } else {
                response.setContentType("text/plain");
                writer.write(status + " — 请求有误 / The request could not be read");
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more to say
        }
    }
}
