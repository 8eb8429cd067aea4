package org.steward.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Random JSON bodies drawn from jqwik's generators with one seeded {@link Random}: random values of random types
 * (nested objects and arrays, huge and fractional numbers, booleans, texts with NUL, control characters, lone
 * surrogates, zero-width spaces, characters outside the BMP, very long texts), and mutations of a valid body (one
 * field replaced, removed or of the wrong type; extra fields), besides deep nesting and broken JSON.
 */
final class FuzzBodies {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper ESCAPING = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
  private static final int GEN_SIZE = 100;

  private final Random random;
  private final RandomGenerator<JsonNode> values;
  private final RandomGenerator<String> keys;
  private final RandomGenerator<String> specials;

  FuzzBodies(Random random) {
    this.random = random;
    this.values = Arbitraries.recursive(FuzzBodies::scalar, FuzzBodies::nested, 0, 4).generator(GEN_SIZE);
    this.keys = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)).generator(GEN_SIZE);
    this.specials = specialTexts().generator(GEN_SIZE);
  }

  /** One random body for an endpoint whose valid body is {@code valid} (null: the endpoint takes none). */
  String next(ObjectNode valid) {
    ObjectMapper writer = random.nextBoolean() ? JSON : ESCAPING;
    int kind = random.nextInt(20);
    if (kind == 0) {
      return deep();
    }
    if (kind == 1) {
      String whole = write(writer, valid == null ? value() : valid);
      return whole.substring(0, random.nextInt(Math.max(1, whole.length())));
    }
    if (valid == null || kind < 6) {
      return write(writer, value());
    }
    ObjectNode body = valid.deepCopy();
    List<String> fields = new ArrayList<>();
    Iterator<String> names = body.fieldNames();
    names.forEachRemaining(fields::add);
    String field = fields.isEmpty() ? key() : fields.get(random.nextInt(fields.size()));
    if (kind < 14) {
      body.set(field, value());
    } else if (kind < 16) {
      body.remove(field);
    } else if (kind < 18) {
      body.set(field, NODES.textNode(special()));
    } else {
      for (int i = random.nextInt(5); i >= 0; i--) {
        body.set(key(), value());
      }
    }
    return write(writer, body);
  }

  private JsonNode value() {
    return values.next(random).value();
  }

  private String key() {
    return keys.next(random).value();
  }

  private String special() {
    return specials.next(random).value();
  }

  /** Nesting beyond what a parser should follow (Jackson stops at 1,000 levels). */
  private String deep() {
    int depth = 500 + random.nextInt(3000);
    return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  private static Arbitrary<JsonNode> scalar() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(NODES.nullNode())),
        Tuple.of(2, Arbitraries.of(true, false).map(NODES::booleanNode)),
        Tuple.of(3, Arbitraries.longs().map(NODES::numberNode)),
        Tuple.of(2, Arbitraries.integers().between(-3, 100).map(NODES::numberNode)),
        Tuple.of(2, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(60))
            .map(NODES::numberNode)),
        Tuple.of(2, Arbitraries.doubles().map(NODES::numberNode)),
        Tuple.of(2, Arbitraries.of(new BigDecimal("1.7"), new BigDecimal("2.5"), new BigDecimal("1e400"),
            new BigDecimal("-0.0"), new BigDecimal("1e-400")).map(NODES::numberNode)),
        Tuple.of(6, specialTexts().map(NODES::textNode)));
  }

  private static Arbitrary<JsonNode> nested(Arbitrary<JsonNode> inner) {
    Arbitrary<JsonNode> array = inner.list().ofMaxSize(5).map(items -> {
      ArrayNode node = NODES.arrayNode();
      items.forEach(node::add);
      return node;
    });
    Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.strings().ofMaxLength(10).list().ofMaxSize(5),
        inner.list().ofSize(5)).as((names, items) -> {
          ObjectNode node = NODES.objectNode();
          for (int i = 0; i < names.size(); i++) {
            node.set(names.get(i), items.get(i));
          }
          return node;
        });
    return Arbitraries.oneOf(array, object, object);
  }

  /** Texts a careless API stores or chokes on. */
  private static Arbitrary<String> specialTexts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0000', '\u001F').withCharRange('\u007F', '\u009F').ofMaxLength(5)
            .map(controls -> "标题" + controls),
        Arbitraries.of("\u0000", "标题\u0000", "\u200B\u200C\u200D", "\u2060\uFEFF", "\uFFFE", "\uFFFF", "\uD800",
            "a\uDC00b", "第一行\n第二行", "\t", " ", "", "𠀀".repeat(60), "1.7", "12", "true", "null", "NaN",
            "2026-02-30", "9999-12-31", "-1", "SATISFIED", "ACCEPTED", "HAND_OVER", "power", "zhangwei", "admin",
            "'; drop table request; --", "${1+1}", "#{systemProperties}", "../../etc/passwd"),
        Arbitraries.integers().between(3990, 6000).map(length -> "长".repeat(length)),
        Arbitraries.integers().between(3990, 4010).map(length -> "𠀀".repeat(length)));
  }

  private static String write(ObjectMapper writer, JsonNode node) {
    try {
      return writer.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
