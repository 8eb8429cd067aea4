package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.steward.HeadlessChromium;

/**
 * Draws a picture of every model in {@code processes/} with bpmn-js's viewer in headless Chromium and keeps it in
 * {@code docs/processes/<process id>.svg}, so the pictures in the documentation are the models as they are. A picture
 * is written only when it changed; every element of the model must be in it.
 */
class ProcessPicturesIT {

  private static final Path MODELS = Path.of("processes");
  private static final Path PICTURES = Path.of("docs", "processes");
  private static final Pattern RANDOM_MARKER = Pattern.compile("(-(?:white|black)-(?:white|black)-)[a-z0-9]+");
  private static final String VIEWER = "META-INF/resources/webjars/bpmn-js/8.0.0/dist/bpmn-viewer.production.min.js";

  @Test
  void everyModelHasItsPicture_drawnFromTheModel() throws IOException {
    HeadlessChromium.assumeInstalled();
    Path page = page();
    Files.createDirectories(PICTURES);
    WebDriver browser = HeadlessChromium.start(1600, 1000);
    try {
      browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      browser.get(page.toUri().toString());
      for (Path model : models()) {
        String xml = Files.readString(model);
        Object drawn = ((JavascriptExecutor) browser).executeAsyncScript("""
            const done = arguments[arguments.length - 1];
            draw(arguments[0]).then(done, error => done('ERROR ' + error));
            """, xml);
        // bpmn-js names its arrow markers with a random suffix:
        // a fixed one keeps an unchanged model's picture unchanged
        String svg = RANDOM_MARKER.matcher(String.valueOf(drawn)).replaceAll("$1steward");
        assertThat(svg).as(model.toString()).startsWith("<?xml");
        for (FlowNode node : Bpmn.readModelFromStream(Files.newInputStream(model))
            .getModelElementsByType(FlowNode.class)) {
          assertThat(svg).as(model + " draws " + node.getId()).contains("data-element-id=\"" + node.getId() + "\"");
        }
        Path picture = PICTURES.resolve(model.getFileName().toString().replace(".bpmn", ".svg"));
        if (!Files.exists(picture) || !Files.readString(picture).equals(svg)) {
          Files.writeString(picture, svg);
        }
      }
    } finally {
      browser.quit();
    }
    assertThat(picturesWithoutModel()).as("pictures of models that are gone").isEmpty();
  }

  /** A page with the viewer and a function that draws a model and answers its SVG. */
  private static Path page() throws IOException {
    String viewer;
    try (InputStream in = Objects.requireNonNull(ProcessPicturesIT.class.getClassLoader().getResourceAsStream(VIEWER),
        VIEWER)) {
      viewer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path folder = Files.createDirectories(Path.of("target", "process-pictures"));
    Files.writeString(folder.resolve("bpmn-viewer.js"), viewer);
    Path page = folder.resolve("draw.html");
    Files.writeString(page, """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><script src="bpmn-viewer.js"></script></head>
        <body><div id="canvas" style="width: 1600px; height: 1000px"></div>
        <script>
          const viewer = new BpmnJS({ container: '#canvas' });
          async function draw(xml) {
            await viewer.importXML(xml);
            const { svg } = await viewer.saveSVG({ format: true });
            return svg;
          }
        </script></body></html>
        """);
    return page.toAbsolutePath();
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  private static List<Path> picturesWithoutModel() throws IOException {
    try (Stream<Path> files = Files.list(PICTURES)) {
      return files.filter(f -> f.toString().endsWith(".svg"))
          .filter(f -> !Files.exists(MODELS.resolve(f.getFileName().toString().replace(".svg", ".bpmn")))).toList();
    }
  }
}
