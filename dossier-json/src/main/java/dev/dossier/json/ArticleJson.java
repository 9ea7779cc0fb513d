package dev.dossier.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.dossier.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;

/**
 * The output contract (docs/schema.md): an {@link Article} as one compact JSON object, field
 * names in snake_case from the record components (a new component is a new field, no code
 * here), nulls written as null so the shape is stable. Enums with a {@code code()} method are
 * written as that code ({@code zh}, {@code Hant}, {@code date}, {@code contradicted}); others as
 * their names ({@code PERSON}, {@code VISIT}). Immutable and thread-safe after construction.
 */
public final class ArticleJson {
  private final ObjectMapper mapper;

  public ArticleJson() {
    SimpleModule codes = new SimpleModule("dossier-enum-codes");
    codes.addSerializer(new CodeSerializer());
    codes.setDeserializerModifier(new CodeDeserializers());
    this.mapper =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(codes)
            .build();
  }

  /** One line of JSON (no newline). */
  public String write(Article article) {
    try {
      return mapper.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write article " + article.id(), e);
    }
  }

  /** Reads back what {@link #write} wrote (unknown fields are ignored: later versions add some). */
  public Article read(String json) {
    try {
      return mapper.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Not an article: " + e.getOriginalMessage(), e);
    }
  }

  /** The mapper, for callers writing other records with the same conventions. */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  private static Method codeMethod(Class<?> type) {
    try {
      Method m = type.getMethod("code");
      return m.getReturnType() == String.class ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class CodeSerializer extends StdSerializer<Enum> {
    CodeSerializer() {
      super(Enum.class);
    }

    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Method code = codeMethod(value.getDeclaringClass());
      if (code == null) {
        gen.writeString(value.name());
        return;
      }
      try {
        gen.writeString((String) code.invoke(value));
      } catch (ReflectiveOperationException e) {
        throw new IOException("Cannot read code() of " + value, e);
      }
    }
  }

  private static final class CodeDeserializers extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config, JavaType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      Class<?> raw = type.getRawClass();
      Method code = codeMethod(raw);
      if (code == null) {
        return deserializer;
      }
      return new JsonDeserializer<Object>() {
        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          String text = p.getValueAsString();
          for (Object constant : raw.getEnumConstants()) {
            try {
              if (code.invoke(constant).equals(text) || ((Enum<?>) constant).name().equals(text)) {
                return constant;
              }
            } catch (ReflectiveOperationException e) {
              throw new IOException("Cannot read code() of " + constant, e);
            }
          }
          return ctxt.handleWeirdStringValue(raw, text, "not one of the codes of %s", raw.getSimpleName());
        }
      };
    }
  }
}
