package dev.ormshell.cli;

import dev.ormshell.project.LoadedModel;
import dev.ormshell.project.ModelSource;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the model of {@code --project} or {@code --classpath} while picocli reads the command
 * line (about 0.2 s of the main thread, see ShellLauncher): the options are picked out of the
 * raw arguments, and the model is used only if picocli then reads the very same ones.
 */
final class ModelHeadStart {

    private record Started(Path project, String classpath, String profile, CompletableFuture<LoadedModel> model) {
    }

    private static volatile Started started;

    private ModelHeadStart() {
    }

    static void begin(String[] args) {
        String project = value(args, "--project");
        String classpath = value(args, "--classpath");
        if ((project == null) == (classpath == null)) {
            return; // the built-in model, or both options: picocli's reading decides
        }
        String profile = value(args, "--profile");
        ModelSource source = project != null ? ModelSource.mavenProject(Path.of(project), profile, System.err)
                : ModelSource.classpath(classpath, profile);
        CompletableFuture<LoadedModel> model = CompletableFuture.supplyAsync(source::load, task -> {
            Thread thread = new Thread(task, "model head start");
            thread.setDaemon(true);
            thread.start();
        });
        started = new Started(project == null ? null : Path.of(project), classpath, profile, model);
    }

    /** The model loaded early for exactly these options (its failure thrown as it was), or null. */
    static LoadedModel take(Path project, String classpath, String profile) {
        Started early = started;
        started = null;
        if (early == null || !Objects.equals(early.project(), project) || !Objects.equals(early.classpath(), classpath)
                || !Objects.equals(early.profile(), profile)) {
            return null;
        }
        try {
            return early.model().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }

    // "--name value" or "--name=value", the last one given, as picocli takes a repeated option.
    private static String value(String[] args, String name) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                found = args[i + 1];
            } else if (args[i].startsWith(name + "=")) {
                found = args[i].substring(name.length() + 1);
            }
        }
        return found;
    }
}
