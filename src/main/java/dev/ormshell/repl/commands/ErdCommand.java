package dev.ormshell.repl.commands;

import dev.ormshell.render.BoxDiagram;
import dev.ormshell.render.EntityDiagram;
import dev.ormshell.render.MermaidDiagram;
import dev.ormshell.repl.Outcome;
import dev.ormshell.repl.Shell;
import dev.ormshell.repl.ShellCommand;
import dev.ormshell.schema.EntityDiagramReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** /erd: a picture of the model (entities, columns, keys, relationships), or a Mermaid erDiagram in a file. */
public final class ErdCommand implements ShellCommand {

    private static final String MERMAID = "--mermaid";

    @Override
    public String name() {
        return "erd";
    }

    @Override
    public String usage() {
        return "/erd [--mermaid FILE]";
    }

    @Override
    public String help() {
        return "draw the model's entities and relationships; --mermaid FILE writes a Mermaid erDiagram";
    }

    @Override
    public List<String> argumentWords(Shell shell) {
        return List.of(MERMAID);
    }

    @Override
    public Outcome run(String arguments, Shell shell) {
        EntityDiagram diagram = EntityDiagramReader.read(shell.db().database().metadata());
        if (arguments.isBlank()) {
            shell.output().println(BoxDiagram.of(diagram, shell.results().width()));
            return Outcome.NOTHING;
        }
        String[] words = arguments.split("\\s+", 2);
        if (!words[0].equals(MERMAID) || words.length < 2) {
            return Outcome.error("/erd draws the model; /erd --mermaid FILE writes it as a Mermaid erDiagram");
        }
        try {
            Path file = Path.of(words[1]);
            Files.writeString(file, MermaidDiagram.of(diagram), StandardCharsets.UTF_8);
            shell.output().println("Wrote the diagram of " + diagram.entities().size() + " entities to " + file + ".");
            return Outcome.NOTHING;
        } catch (InvalidPathException | IOException e) {
            return Outcome.error("cannot write " + words[1] + ": " + e.getMessage());
        }
    }
}
