package dev.ormshell.model;

import java.util.List;

/** The application's entity classes, in the order the shell preloads them. */
public final class Models {

    public static final List<Class<?>> ALL = List.of(Role.class, User.class);

    private Models() {
    }
}
