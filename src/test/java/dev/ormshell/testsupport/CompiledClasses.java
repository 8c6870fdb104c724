package dev.ormshell.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a few classes with the JDK's compiler, against the shell's class path (the JPA API
 * and Bean Validation are there): a small application for {@code --classpath}, with no Maven.
 */
public final class CompiledClasses {

    private CompiledClasses() {
    }

    /** Writes the sources (keyed by class name, e.g. {@code "org.shop.Item"}) and compiles them into {@code dir}/classes. */
    public static Path compile(Path dir, Map<String, String> sources) {
        try {
            Path src = dir.resolve("src");
            Path classes = dir.resolve("classes");
            Files.createDirectories(classes);
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(),
                    "-cp", System.getProperty("java.class.path"), "-proc:none"));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', File.separatorChar) + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter errors = new StringWriter();
            int exit = javac.run(null, null, new java.io.PrintStream(new java.io.ByteArrayOutputStream()) {
                @Override
                public void write(byte[] b, int off, int len) {
                    errors.write(new String(b, off, len));
                }
            }, arguments.toArray(String[]::new));
            if (exit != 0) {
                throw new AssertionError("the test's classes do not compile: " + errors);
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
