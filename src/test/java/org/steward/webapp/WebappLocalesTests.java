package org.steward.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks Steward's Chinese Camunda webapp files against the English originals in the 7.24 webjar.
 */
class WebappLocalesTests {

    private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

    private static final String WEBJAR = "camunda-webapp-webjar";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseLabels_haveExactlyTheKeysOfTheWebjarEnglish(String app) {
        // given
        JsonNode english = webjarEnglish(app).get("labels");

        // when
        JsonNode chinese = stewardChinese(app).get("labels");

        // then
        assertThat(fieldNames(chinese)).containsExactlyInAnyOrderElementsOf(fieldNames(english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseLabels_areFilledWhereverEnglishIs(String app) {
        JsonNode english = webjarEnglish(app).get("labels");
        JsonNode chinese = stewardChinese(app).get("labels");

        List<String> empty = new ArrayList<>();
        for (String key : fieldNames(english)) {
            JsonNode value = chinese.get(key);
            // NO_TASK_FORM is empty in the English original as well; Cockpit's plural suffix PLGN_BATCH_S ("s") is a
            // single space in Chinese, which has no plural.
            boolean englishHasText = !english.get(key).asText().isEmpty();
            if (value == null || !value.isTextual() || (englishHasText && value.asText().isEmpty())) {
                empty.add(key);
            }
        }

        assertThat(empty).as("labels without Chinese text in %s", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseLabels_keepEveryPlaceholderOfTheEnglishText(String app) {
        JsonNode english = webjarEnglish(app).get("labels");
        JsonNode chinese = stewardChinese(app).get("labels");

        List<String> broken = new ArrayList<>();
        for (String key : fieldNames(english)) {
            JsonNode value = chinese.get(key);
            String zh = value == null ? "" : value.asText();
            for (String placeholder : placeholders(english.get(key).asText())) {
                if (!placeholders(zh).contains(placeholder)) {
                    broken.add(key + " lacks {{" + placeholder + "}}");
                }
            }
        }

        assertThat(broken).as("placeholders lost in %s", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void chineseDateLocales_defineTheSameSettingsAsEnglish(String app) {
        JsonNode english = webjarEnglish(app).get("dateLocales");
        JsonNode chinese = stewardChinese(app).get("dateLocales");

        assertThat(chinese).as("dateLocales of %s", app).isNotNull();
        assertThat(fieldNames(chinese)).containsExactlyInAnyOrderElementsOf(fieldNames(english));
        for (String key : fieldNames(english)) {
            assertThat(chinese.get(key).getNodeType()).as("type of dateLocales.%s", key)
                    .isEqualTo(english.get(key).getNodeType());
            assertThat(fieldNames(chinese.get(key))).as("keys of dateLocales.%s", key)
                    .containsExactlyInAnyOrderElementsOf(fieldNames(english.get(key)));
            assertThat(chinese.get(key).size()).as("size of dateLocales.%s", key).isEqualTo(english.get(key).size());
        }
        assertThat(chinese.at("/longDateFormat/LL").asText()).isEqualTo("YYYY年M月D日");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void config_offersChineseAndFallsBackToEnglish(String app) {
        // Comment lines repeat the webjar's own example ("en", "de"), so only live code counts.
        String code = withoutLineComments(read(resource(app + "/scripts/config.js", isWebjar().negate())));

        Matcher locales = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]").matcher(code);

        assertThat(locales.find()).as("availableLocales in %s config.js", app).isTrue();
        assertThat(locales.group(1)).contains("'zh'").contains("'en'");
        assertThat(code).containsPattern("fallbackLocale\\s*:\\s*'en'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void config_loadsTheScriptThatKeepsDatesInTheLabelLanguage(String app) {
        String code = withoutLineComments(read(resource(app + "/scripts/config.js", isWebjar().negate())));

        // first, so that it runs before any plugin (Cockpit adds the dashboard after it)
        assertThat(code).containsPattern("customScripts\\s*:\\s*\\[\\s*'scripts/steward-date-locale\\.js'\\s*[],]");
        assertThat(read(resource(app + "/scripts/steward-date-locale.js", isWebjar().negate())))
                .contains("amMoment.changeLocale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void communityEditionBanner_asksNobodyToMigrateToCamunda8(String app) {
        String banner = stewardChinese(app).at("/labels/BANNER_CE_EOL_TEXT").asText();
        String styles = read(resource(app + "/styles/user-styles.css", isWebjar().negate()));

        assertThat(banner).isNotBlank().doesNotContain("Camunda 8").doesNotContain("迁移").doesNotContain("href");
        assertThat(styles).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    private static JsonNode webjarEnglish(String app) {
        return parse(resource(app + "/locales/en.json", isWebjar()));
    }

    private static JsonNode stewardChinese(String app) {
        return parse(resource(app + "/locales/zh.json", isWebjar().negate()));
    }

    private static Predicate<URL> isWebjar() {
        return url -> "jar".equals(url.getProtocol()) && url.getPath().contains(WEBJAR);
    }

    /** Both the webjar and Steward's own resources hold app/<app>/..., so the caller says which one it wants. */
    private static URL resource(String path, Predicate<URL> origin) {
        try {
            List<URL> found = Collections.list(
                    WebappLocalesTests.class.getClassLoader().getResources(APP_ROOT + path));
            return found.stream().filter(origin).findFirst()
                    .orElseThrow(() -> new AssertionError("no matching " + path + " among " + found));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(URL url) {
        // The webjar's en.json files start with a UTF-8 byte order mark.
        String text = read(url);
        try {
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).replaceAll("\\s+", ""));
        }
        return found;
    }

    private static String withoutLineComments(String code) {
        return code.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
    }
}
