package org.steward.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.DurablePostgres;
import org.steward.attachment.SampleFiles;

/**
 * The portal at a district's scale, on a durable embedded PostgreSQL 17: 我的诉求 and 诉求详情 for an enterprise with
 * 1,000 requests among 100,000 (bulk-inserted, not through the engine), server time measured around each call, p95 of
 * many runs after a warm-up (target: 100 ms); and a 20 MB upload over HTTP, with the heap's old generation watched
 * (a file held whole in memory would land there at once). Not part of {@code ./mvnw verify}:
 * {@code ./mvnw -B verify -Pbenchmark -Dit.test=PortalBenchmark} (docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo.enabled=true", "logging.level.org.camunda=WARN"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(DurablePostgres.class)
@WithMockUser(username = "bench01", roles = "enterprises")
class PortalBenchmark {

  private static final Logger log = LoggerFactory.getLogger(PortalBenchmark.class);
  private static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
  /** The enterprise's own requests: 1,000, or a tenth of all when a quick run asks for fewer than 10,000. */
  private static final int OWN = Math.min(1_000, CASES / 10);
  private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 20);
  private static final int RUNS = Integer.getInteger("benchmark.runs", 200);

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcClient jdbc;
  @LocalServerPort
  int port;

  @Test
  void myRequestsAndACase_forAnEnterpriseWithAThousandRequestsAmongAHundredThousand() throws Exception {
    insertCases();
    String settings = String.join(", ", Stream.of("fsync", "synchronous_commit", "server_version")
        .map(name -> name + "=" + jdbc.sql("show " + name).query(String.class).single()).toList());
    String one = "P" + String.format("%08d", OWN / 2);
    for (int i = 0; i < WARM_UP; i++) {
      call("/portal/requests?page=" + i % 100);
      call("/portal/requests/" + one);
    }
    List<Double> list = times(i -> "/portal/requests?page=" + i % 100);
    List<Double> filtered = times(i -> "/portal/requests?state=CLOSED&page=" + i % 50);
    List<Double> detail = times(i -> "/portal/requests/P" + String.format("%08d", i % OWN + 1));

    String result = String.format(Locale.ROOT, """
        Portal benchmark (%s)
          data: %d requests of %d enterprises; the enterprise read holds %d, each with 2 units and 6 timeline lines
          我的诉求 GET /portal/requests?page=n             p50 %.1f ms  p95 %.1f ms  (%d runs)
          我的诉求 GET /portal/requests?state=CLOSED&page=n p50 %.1f ms  p95 %.1f ms  (%d runs)
          诉求详情 GET /portal/requests/{caseNumber}        p50 %.1f ms  p95 %.1f ms  (%d runs)
        """, settings, count("request"), count("directory_enterprise"), OWN, pct(list, 50), pct(list, 95), RUNS,
        pct(filtered, 50), pct(filtered, 95), RUNS, pct(detail, 50), pct(detail, 95), RUNS);
    log.info("\n{}", result);
    write("portal.txt", result);
    assertThat(pct(list, 95)).as("p95 of 我的诉求").isLessThan(100);
    assertThat(pct(detail, 95)).as("p95 of 诉求详情").isLessThan(100);
  }

  @Test
  void twentyMegabyteUpload_leavesTheOldGenerationFlat() throws Exception {
    long ent01 = jdbc.sql("select enterprise_id from directory_enterprise_login where user_id = 'ent01'")
        .query(Long.class).single();
    String caseNumber = "U00000001";
    jdbc.sql("""
        insert into request (case_number, enterprise_id, enterprise_name, category, title, description, contact_name,
          contact_phone, urgency, channel, state, officer_id, submitted_by, submitted_at, response_due,
          response_light, reopen_count)
        values (:c, :e, '企业', 'land', '上传', '说明', '联系人', '13800000000', 'NORMAL', 'PORTAL', 'ACKNOWLEDGED',
          'zhangwei', 'ent01', now(), now(), 'GREEN', 0)""").param("c", caseNumber).param("e", ent01).update();
    Path file = Files.createTempFile("steward-upload-", ".pdf");
    Files.write(file, SampleFiles.pdf(20 * 1024 * 1024 - 4096));
    upload(caseNumber, file);
    System.gc();
    MemoryPoolMXBean old = oldGeneration();
    long before = used();
    old.resetPeakUsage();
    long oldBefore = old.getUsage().getUsed();

    long start = System.nanoTime();
    int status = upload(caseNumber, file);
    double seconds = (System.nanoTime() - start) / 1e9;
    long oldPeak = old.getPeakUsage().getUsed();
    System.gc();
    long after = used();

    String result = String.format(Locale.ROOT, """
        Upload benchmark: one %.1f MB PDF over HTTP (multipart), checked by content and stored in 256 KB chunks
          answer %d in %.2f s
          heap used after GC: before %.1f MB, after %.1f MB
          old generation: before %.1f MB, peak during the upload %.1f MB (+%.1f MB); the file is %.1f MB
        """, Files.size(file) / 1048576.0, status, seconds, before / 1048576.0, after / 1048576.0,
        oldBefore / 1048576.0, oldPeak / 1048576.0, (oldPeak - oldBefore) / 1048576.0, Files.size(file) / 1048576.0);
    log.info("\n{}", result);
    write("upload.txt", result);
    assertThat(status).isEqualTo(201);
    assertThat(oldPeak - oldBefore).as("old generation growth during the upload").isLessThan(Files.size(file) / 2);
  }

  /** A multipart upload streamed from the file (fixed-length streaming mode: the client holds no copy either). */
  private int upload(String caseNumber, Path file) throws IOException {
    String boundary = "steward-bench-boundary";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"扫描件.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/requests/"
        + caseNumber + "/attachments").toURL().openConnection();
    connection.setDoOutput(true);
    connection.setRequestMethod("POST");
    connection.setRequestProperty("Authorization", "Basic "
        + Base64.getEncoder().encodeToString("zhangwei:demo".getBytes(StandardCharsets.UTF_8)));
    connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
    connection.setFixedLengthStreamingMode(head.length + Files.size(file) + tail.length);
    try (OutputStream out = connection.getOutputStream(); InputStream in = Files.newInputStream(file)) {
      out.write(head);
      in.transferTo(out);
      out.write(tail);
    }
    int status = connection.getResponseCode();
    connection.disconnect();
    return status;
  }

  private static MemoryPoolMXBean oldGeneration() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old Gen"))
        .findFirst().orElseThrow();
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private List<Double> times(java.util.function.IntFunction<String> path) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call(path.apply(i));
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    return times;
  }

  private static double pct(List<Double> sorted, int percent) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
  }

  private void call(String path) throws Exception {
    mvc.perform(get(path)).andExpect(status().isOk());
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private static void write(String name, String result) throws IOException {
    Path out = Path.of("target", "benchmark", name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, result);
  }

  // 2,000 enterprises, 100,000 requests: the first 1,000 (P00000001…) belong to enterprise 'bench01', the rest spread
  // over the others; states cycle through every state, two units and six timeline lines per request of 'bench01'.
  private void insertCases() {
    jdbc.sql("""
        insert into directory_enterprise (name, credit_code, area, created_at)
        select '基准企业' || i, 'B' || lpad(i::text, 17, '0'), '区' || (i % 12), now() from generate_series(1, 2000) i""")
        .update();
    long first = jdbc.sql("select min(id) from directory_enterprise where name like '基准企业%'").query(Long.class)
        .single();
    jdbc.sql("insert into directory_enterprise_login (user_id, enterprise_id, created_at) "
        + "values ('bench01', :e, now())")
        .param("e", first).update();
    jdbc.sql("""
        insert into request (case_number, enterprise_id, enterprise_name, category, title, description, contact_name,
          contact_phone, urgency, channel, state, outcome, officer_id, submitted_by, submitted_at, response_due,
          response_light, acknowledged_at, reopen_count, resolution_due)
        select 'P' || lpad(i::text, 8, '0'), e.id, e.name,
               (array['land','power','water','permits','licences','talent'])[i % 6 + 1],
               '诉求' || i, '说明', '联系人', '13800000000', 'NORMAL', 'PORTAL',
               (array['SUBMITTED','ACKNOWLEDGED','HANDLING','CONSOLIDATING','REPLYING','RETURN_VISIT','CLOSED',
                      'CLOSED','WITHDRAWN','AWAITING_MATERIAL'])[i % 10 + 1],
               'TRACKED', 'zhangwei', 'bench01', s.at, s.at + interval '24 hours', 'GREEN',
               s.at + interval '2 hours', 0,
               cast(s.at + interval '14 days' as date)
          from generate_series(1, :cases) i
          join directory_enterprise e on e.id = case when i <= :own then :first else :first + 1 + i % 1999 end
          cross join lateral (select timestamptz '2026-01-01 00:00:00+08' + i * interval '315 seconds' as at) s
        """).param("cases", CASES).param("own", OWN).param("first", first).update();
    jdbc.sql("""
        insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
          handed_over_by, due_date, state, light)
        select r.case_number, 1, p, case when p = 0 then 'resources' else 'housing' end,
               case when p = 0 then 'LEAD' else 'COOPERATING' end, 10, r.acknowledged_at, 'zhangwei',
               r.resolution_due, 'SIGNED', 'GREEN'
          from request r cross join generate_series(0, 1) p
         where r.case_number <= 'P' || lpad(:own::text, 8, '0') and r.case_number like 'P%'
        """).param("own", OWN).update();
    jdbc.sql("""
        insert into timeline_entry (case_number, occurred_at, action, actor, description, detail)
        select r.case_number, r.submitted_at + k * interval '1 hour',
               (array['SUBMITTED','ROUTED','ACKNOWLEDGED','HANDED_OVER','UNIT_SIGNED','URGED'])[k], 'zhangwei',
               '步骤' || k, '说明'
          from request r cross join generate_series(1, 6) k
         where r.case_number <= 'P' || lpad(:own::text, 8, '0') and r.case_number like 'P%'
        """).param("own", OWN).update();
    jdbc.sql("analyze").update();
  }
}
