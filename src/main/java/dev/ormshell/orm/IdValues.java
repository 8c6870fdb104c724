package dev.ormshell.orm;

import jakarta.persistence.metamodel.EntityType;

/** Lets {@code get(1)} work whatever numeric type the entity's id has (Integer, Long …). */
final class IdValues {

    private IdValues() {
    }

    static Object convert(EntityType<?> type, Object id) {
        Class<?> idType = type.getIdType().getJavaType();
        if (idType.isInstance(id) || !(id instanceof Number number)) {
            if (!idType.isInstance(id) && !(idType.isPrimitive())) {
                throw new ShellDatabaseException(type.getName() + " ids are " + idType.getSimpleName()
                        + ", not " + id.getClass().getSimpleName() + " (" + id + ")");
            }
            return id;
        }
        if (idType == Integer.class || idType == int.class) {
            return number.intValue();
        }
        if (idType == Long.class || idType == long.class) {
            return number.longValue();
        }
        if (idType == Short.class || idType == short.class) {
            return number.shortValue();
        }
        return id;
    }
}
