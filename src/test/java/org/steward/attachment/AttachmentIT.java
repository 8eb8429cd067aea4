package org.steward.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Attachments on PostgreSQL over HTTP: staff upload, readers of the case download (Chinese name intact, never shown
 * inline), and everything refused stores nothing. The size limit is lowered to 1 MB here so that the test stays small;
 * the default of 20 MB is the same code path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo.enabled=true", "steward.attachments.max-file-size=1MB",
        "steward.attachments.max-files=3"})
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class AttachmentIT {

  private static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;

  ApiCalls api;
  String caseNumber;

  @BeforeEach
  void newCase() {
    api = new ApiCalls(http, PASSWORD);
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "附件测试"),
        HttpStatus.CREATED).path("caseNumber").asText();
  }

  @Test
  void officerUploads_enterpriseDownloadsTheSameBytesUnderItsChineseName() throws Exception {
    byte[] pdf = SampleFiles.pdf(300_000);
    ResponseEntity<String> uploaded = upload("zhangwei", file("营业执照（副本）.pdf", pdf), file("现场照片.png",
        SampleFiles.png()));

    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode files = JSON.readTree(uploaded.getBody());
    assertThat(files).hasSize(2);
    assertThat(files.get(0).path("fileName").asText()).isEqualTo("营业执照（副本）.pdf");
    assertThat(files.get(0).path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(files.get(0).path("size").asLong()).isEqualTo(pdf.length);
    assertThat(files.get(1).path("contentType").asText()).isEqualTo("image/png");

    JsonNode listed = api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber + "/attachments", null,
        HttpStatus.OK);
    assertThat(listed).hasSize(2);
    long id = listed.get(0).path("id").asLong();
    ResponseEntity<byte[]> download = http.withBasicAuth("ent01", PASSWORD)
        .getForEntity("/api/attachments/" + id, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(pdf);
    HttpHeaders headers = download.getHeaders();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    ContentDisposition disposition = headers.getContentDisposition();
    assertThat(disposition.isAttachment()).isTrue();
    assertThat(disposition.getFilename()).isEqualTo("营业执照（副本）.pdf");
    assertThat(jdbc.sql("select count(*) from attachment_chunk where attachment_id = :id").param("id", id)
        .query(Long.class).single()).isEqualTo(2);
    JsonNode timeline = api.call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("timeline");
    assertThat(timeline.toString()).contains("上传附件", "营业执照（副本）.pdf");
  }

  @Test
  void anotherEnterpriseOrOfficer_findsNoSuchFile() throws Exception {
    upload("zhangwei", file("合同.docx", SampleFiles.docx()));
    long id = attachmentIds().get(0);

    assertThat(http.withBasicAuth("ent02", PASSWORD).getForEntity("/api/attachments/" + id, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("liuyang", PASSWORD).getForEntity("/api/attachments/" + id, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    api.call("ent02", HttpMethod.GET, "/api/requests/" + caseNumber + "/attachments", null, HttpStatus.NOT_FOUND);
    assertThat(upload("liuyang", file("照片.jpg", SampleFiles.jpeg())).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void enterprise_cannotUploadOutsideItsOwnSteps() {
    ResponseEntity<String> refused = upload("ent01", file("照片.jpg", SampleFiles.jpeg()));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(attachmentIds()).isEmpty();
  }

  @Test
  void disguisedFile_isRefusedByName_andNothingIsStored() throws Exception {
    ResponseEntity<String> refused = upload("zhangwei", file("报告.pdf", SampleFiles.pdf()),
        file("说明.pdf", SampleFiles.html()));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = JSON.readTree(refused.getBody());
    assertThat(problem.path("detail").asText()).contains("说明.pdf");
    assertThat(problem.path("detailZh").asText()).contains("说明.pdf", "未保存");
    assertThat(attachmentIds()).isEmpty();
  }

  @Test
  void fileOverTheLimit_answers413NamingIt_andNothingIsStored() throws Exception {
    ResponseEntity<String> refused = upload("zhangwei", file("小.png", SampleFiles.png()),
        file("扫描件.pdf", SampleFiles.pdf(1024 * 1024 + 1)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(JSON.readTree(refused.getBody()).path("detailZh").asText()).contains("扫描件.pdf", "1 MB");
    assertThat(attachmentIds()).isEmpty();
  }

  @Test
  void moreFilesThanAStepTakes_areRefused() {
    ResponseEntity<String> refused = upload("zhangwei", file("1.png", SampleFiles.png()),
        file("2.png", SampleFiles.png()), file("3.png", SampleFiles.png()), file("4.png", SampleFiles.png()));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("4.png");
    assertThat(attachmentIds()).isEmpty();
  }

  private List<Long> attachmentIds() {
    return jdbc.sql("select id from attachment where case_number = :caseNumber order by id")
        .param("caseNumber", caseNumber).query(Long.class).list();
  }

  private ResponseEntity<String> upload(String user, HttpEntity<?>... files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    for (HttpEntity<?> file : files) {
      body.add("files", file);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, PASSWORD).exchange("/api/requests/" + caseNumber + "/attachments",
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /** A multipart part with a UTF-8 file name, as browsers send it. */
  static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(ContentDisposition.formData().name("files").filename(name, StandardCharsets.UTF_8)
        .build());
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    return new HttpEntity<>(new ByteArrayResource(content), headers);
  }
}
