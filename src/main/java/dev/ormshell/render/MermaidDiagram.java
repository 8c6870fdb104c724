package dev.ormshell.render;

import dev.ormshell.render.EntityDiagram.Attribute;
import dev.ormshell.render.EntityDiagram.Cardinality;
import dev.ormshell.render.EntityDiagram.Entity;
import dev.ormshell.render.EntityDiagram.Relationship;

/** A model as a Mermaid {@code erDiagram}, for documentation that renders it (GitHub, GitLab, many wikis). */
public final class MermaidDiagram {

    private MermaidDiagram() {
    }

    public static String of(EntityDiagram diagram) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (Entity entity : diagram.entities()) {
            out.append("    ").append(word(entity.name())).append(" {\n");
            for (Attribute attribute : entity.attributes()) {
                out.append("        ").append(word(attribute.type())).append(' ').append(word(attribute.column()));
                if (!attribute.keys().isEmpty()) {
                    out.append(' ').append(String.join(", ", attribute.keys()));
                }
                if (attribute.property() != null) {
                    out.append(" \"").append(attribute.property().replace("\"", "'")).append('"');
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (Relationship relationship : diagram.relationships()) {
            out.append("    ").append(word(relationship.from())).append(' ')
                    .append(left(relationship.fromEnd())).append("--").append(right(relationship.toEnd())).append(' ')
                    .append(word(relationship.to())).append(" : \"").append(relationship.label().replace("\"", "'")).append("\"\n");
        }
        return out.toString();
    }

    // Mermaid's words take letters, digits, '_', '-', parentheses and brackets.
    private static String word(String text) {
        String word = text.strip().replaceAll("\\s+", "-").replaceAll("[^A-Za-z0-9_\\-()\\[\\]]", "_");
        return word.isEmpty() || !Character.isLetter(word.charAt(0)) ? "x" + word : word;
    }

    private static String left(Cardinality end) {
        return switch (end) {
            case ZERO_OR_ONE -> "|o";
            case EXACTLY_ONE -> "||";
            case ZERO_OR_MORE -> "}o";
            case ONE_OR_MORE -> "}|";
        };
    }

    private static String right(Cardinality end) {
        return switch (end) {
            case ZERO_OR_ONE -> "o|";
            case EXACTLY_ONE -> "||";
            case ZERO_OR_MORE -> "o{";
            case ONE_OR_MORE -> "|{";
        };
    }
}
