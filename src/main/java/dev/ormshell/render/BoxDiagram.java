package dev.ormshell.render;

import dev.ormshell.render.EntityDiagram.Attribute;
import dev.ormshell.render.EntityDiagram.Entity;
import dev.ormshell.render.EntityDiagram.Relationship;
import java.util.ArrayList;
import java.util.List;

/**
 * A model drawn with box-drawing characters for the terminal: each entity a box of its columns
 * and keys (as many boxes side by side as the width allows), then its relationships with the
 * cardinality at each end, in UML's notation (Role 0..1 ──── * User).
 */
public final class BoxDiagram {

    private static final String GAP = "  ";

    private BoxDiagram() {
    }

    public static String of(EntityDiagram diagram, int width) {
        StringBuilder out = new StringBuilder();
        List<List<String>> row = new ArrayList<>();
        int rowWidth = 0;
        for (Entity entity : diagram.entities()) {
            List<String> box = box(entity);
            int boxWidth = box.get(0).length();
            if (!row.isEmpty() && rowWidth + GAP.length() + boxWidth > width) {
                side(row, out);
                row.clear();
                rowWidth = 0;
            }
            rowWidth += (row.isEmpty() ? 0 : GAP.length()) + boxWidth;
            row.add(box);
        }
        if (!row.isEmpty()) {
            side(row, out);
        }
        if (!diagram.relationships().isEmpty()) {
            out.append("\nRelationships\n");
            int names = diagram.relationships().stream().mapToInt(r -> r.from().length() + r.fromEnd().uml().length()).max().orElse(0);
            int others = diagram.relationships().stream().mapToInt(r -> r.to().length() + r.toEnd().uml().length()).max().orElse(0);
            for (Relationship r : diagram.relationships()) {
                String left = r.from() + " " + r.fromEnd().uml();
                String right = r.toEnd().uml() + " " + r.to();
                out.append("  ").append(" ".repeat(names + 1 - left.length())).append(left).append(" ──── ")
                        .append(right).append(" ".repeat(others + 1 - right.length())).append("  ").append(r.label()).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static List<String> box(Entity entity) {
        String title = entity.name() + (entity.table() == null ? "" : "  (" + entity.table() + ")");
        List<String> lines = new ArrayList<>();
        int columnWidth = entity.attributes().stream().mapToInt(a -> a.column().length()).max().orElse(0);
        int typeWidth = entity.attributes().stream().mapToInt(a -> a.type().length()).max().orElse(0);
        for (Attribute attribute : entity.attributes()) {
            String keys = String.join(",", attribute.keys());
            String line = String.format("%-5s %-" + columnWidth + "s  %-" + typeWidth + "s", keys, attribute.column(), attribute.type());
            lines.add((attribute.property() == null ? line : line + "  " + attribute.property()).stripTrailing());
        }
        int inner = Math.max(title.length(), lines.stream().mapToInt(String::length).max().orElse(0));
        List<String> box = new ArrayList<>();
        box.add("┌" + "─".repeat(inner + 2) + "┐");
        box.add("│ " + pad(title, inner) + " │");
        box.add("├" + "─".repeat(inner + 2) + "┤");
        lines.forEach(line -> box.add("│ " + pad(line, inner) + " │"));
        box.add("└" + "─".repeat(inner + 2) + "┘");
        return box;
    }

    // Boxes of one row side by side, the shorter ones padded below.
    private static void side(List<List<String>> boxes, StringBuilder out) {
        int height = boxes.stream().mapToInt(List::size).max().orElse(0);
        for (int line = 0; line < height; line++) {
            List<String> parts = new ArrayList<>();
            for (List<String> box : boxes) {
                parts.add(line < box.size() ? box.get(line) : " ".repeat(box.get(0).length()));
            }
            out.append(String.join(GAP, parts).stripTrailing()).append('\n');
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
