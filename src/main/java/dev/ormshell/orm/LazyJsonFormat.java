package dev.ormshell.orm;

import java.io.IOException;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonIntegration;

/**
 * Hibernate's JSON mapper for JSON columns ({@code @JdbcTypeCode(SqlTypes.JSON)}), made when the
 * first JSON value is read or written rather than as the session factory starts: Hibernate makes
 * its Jackson mapper eagerly, which loads some 400 classes (about 0.2 s) on every start, for a
 * model that usually has no JSON column at all. The mapper is the one Hibernate would have chosen.
 */
final class LazyJsonFormat implements FormatMapper {

    private volatile FormatMapper mapper;

    private FormatMapper mapper() {
        FormatMapper made = mapper;
        if (made == null) {
            synchronized (this) {
                made = mapper;
                if (made == null) {
                    made = JacksonIntegration.getJsonJackson3FormatMapperOrNull();
                    if (made == null) {
                        made = JacksonIntegration.getJsonJacksonFormatMapperOrNull();
                    }
                    if (made == null) {
                        throw new IllegalStateException("No JSON library to map a JSON column with: Hibernate needs Jackson"
                                + " beside it to read and write JSON values");
                    }
                    mapper = made;
                }
            }
        }
        return made;
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        return mapper().fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return mapper().toString(value, type, options);
    }

    @Override
    public boolean supportsSourceType(Class<?> sourceType) {
        return mapper().supportsSourceType(sourceType);
    }

    @Override
    public boolean supportsTargetType(Class<?> targetType) {
        return mapper().supportsTargetType(targetType);
    }

    @Override
    public <T> void writeToTarget(T value, JavaType<T> type, Object target, WrapperOptions options) throws IOException {
        mapper().writeToTarget(value, type, target, options);
    }

    @Override
    public <T> T readFromSource(JavaType<T> type, Object source, WrapperOptions options) throws IOException {
        return mapper().readFromSource(type, source, options);
    }
}
