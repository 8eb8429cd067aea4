package org.steward.notification.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for a 企业微信 group robot on an ephemeral port: answers each POST as scripted (ok by default) and
 * keeps the bodies it received. {@link Answer#HANG} holds the answer until {@link #close}, so that the caller's read
 * timeout strikes.
 */
public final class RobotStub implements AutoCloseable {

  /** How the robot answers one request. */
  public enum Answer {
    OK, REFUSE, HTTP_500, HANG
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);

  /** A robot listening on an ephemeral port of localhost. */
  public static RobotStub start() {
    try {
      return new RobotStub();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RobotStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext("/cgi-bin/webhook/send", this::answer);
    server.setExecutor(threads);
    server.start();
  }

  /** The webhook URL of a robot with that key. */
  public URI webhook(String key) {
    return URI.create("http://localhost:" + server.getAddress().getPort() + "/cgi-bin/webhook/send?key=" + key);
  }

  /** The next requests are answered so, in order; after the script, OK. */
  public void script(Answer... answers) {
    script.addAll(List.of(answers));
  }

  public List<String> received() {
    return received;
  }

  private void answer(HttpExchange exchange) throws IOException {
    received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Answer answer = script.poll();
    if (answer == Answer.HANG) {
      try {
        released.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    int status = answer == Answer.HTTP_500 ? 500 : 200;
    String body = answer == Answer.REFUSE ? "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"
        : answer == Answer.HTTP_500 ? "busy" : "{\"errcode\":0,\"errmsg\":\"ok\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
