package org.steward;

import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.directory.DemoLogin;
import org.steward.directory.DemoLogins;

/** Tells whoever started Steward where to log in, and with which demo users when the demo organisation is on. */
@Component
@RequiredArgsConstructor
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  private final ObjectProvider<DemoLogins> demoLogins;

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String base = "http://localhost:" + web.getWebServer().getPort();
    StringBuilder report = new StringBuilder()
        .append("\n\n  Steward 服务管家 已启动 / is up\n")
        .append("  企业门户 portal    ").append(base).append("/portal/  (企业 enterprises, e.g. ent01)\n")
        .append("  任务列表 Tasklist  ").append(base).append("/camunda/app/tasklist/\n")
        .append("  驾驶舱   Cockpit   ").append(base).append("/camunda/app/cockpit/\n")
        .append("  督办看板 dashboard ").append(base)
        .append("/camunda/app/cockpit/default/#/steward-dashboard  (督办负责人 supervisors)\n")
        .append("  管理     Admin     ").append(base).append("/camunda/app/admin/\n")
        .append("  接口     API       ").append(base).append("/api/directory/enterprises  (HTTP basic)\n")
        .append("  引擎接口 engine    ").append(base).append("/engine-rest/  (HTTP basic)\n")
        .append("  健康检查 health    ").append(base).append("/actuator/health\n")
        .append("  运行指标 metrics   ").append(base).append("/actuator/prometheus  (运行监控 monitoring, HTTP basic)\n");
    DemoLogins demo = demoLogins.getIfAvailable();
    if (demo != null) {
      report.append("\n  演示账号 demo logins (密码 password: ").append(DemoLogins.PASSWORD).append(")\n")
          .append("    admin (系统管理员)\n")
          .append(demo.logins().stream()
              .collect(Collectors.groupingBy(DemoLogin::role, java.util.LinkedHashMap::new,
                  Collectors.mapping(login -> login.userId() + " " + login.name(), Collectors.joining(", "))))
              .entrySet().stream()
              .map(role -> "    " + role.getKey() + ": " + role.getValue())
              .collect(Collectors.joining("\n")))
          .append('\n');
    }
    log.info("{}", report);
  }
}
