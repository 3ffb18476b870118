package org.languagetool.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A stand-in for LanguageTool's HTTP server, for newslint's test of the local start path.
 *
 * It has the real server's class name and command line (`java -cp JAR
 * org.languagetool.server.HTTPServer --port N`), answers `/v2/languages` and
 * `/v2/check` in the documented JSON shape, and knows one misspelling. Its
 * offsets come from Java's String, so they are UTF-16 code units, as the real
 * server's are. Not LanguageTool: the real one is tested where it is installed.
 */
public final class HTTPServer {
  private static final String WORD = "budjet";

  public static void main(String[] args) throws IOException {
    int port = 8081;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--port")) {
        port = Integer.parseInt(args[i + 1]);
      }
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/v2/languages",
        ex -> send(ex, "[{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"}]"));
    server.createContext("/v2/check", HTTPServer::check);
    server.start();
  }

  private static void check(HttpExchange exchange) throws IOException {
    Map<String, String> form = new HashMap<>();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    String text = form.getOrDefault("text", "");
    StringBuilder matches = new StringBuilder();
    for (int at = text.indexOf(WORD); at >= 0; at = text.indexOf(WORD, at + 1)) {
      if (matches.length() > 0) {
        matches.append(',');
      }
      matches.append("{\"message\":\"Possible spelling mistake found.\",\"shortMessage\":\"Spelling mistake\",")
          .append("\"replacements\":[{\"value\":\"budget\"}],\"offset\":").append(at)
          .append(",\"length\":").append(WORD.length())
          .append(",\"rule\":{\"id\":\"MORFOLOGIK_RULE_EN_US\",\"description\":\"Possible spelling mistake\",")
          .append("\"issueType\":\"misspelling\",\"category\":{\"id\":\"TYPOS\",\"name\":\"Possible Typo\"}}}");
    }
    send(exchange, "{\"software\":{\"name\":\"LanguageTool\",\"version\":\"0.0-stand-in\",\"apiVersion\":1},"
        + "\"language\":{\"name\":\"English (US)\",\"code\":\"" + form.getOrDefault("language", "en-US") + "\"},"
        + "\"matches\":[" + matches + "]}");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, String json) throws IOException {
    byte[] data = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, data.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(data);
    }
  }
}
