package dev.ormshell.repl;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code System.exit} typed in a snippet, which must not end the shell (snippets run in the
 * shell's own JVM, and Java 25 has no SecurityManager left to refuse it). The classes JShell
 * compiles from snippets are loaded with their calls to {@code System.exit} pointed here
 * instead: {@link #exit} remembers the status and throws, so the snippet ends where it called
 * it, and the loop leaves as {@code /exit} does (a script ends with that status).
 */
public final class SnippetExit {

    private static final String TARGET = SnippetExit.class.getName().replace('.', '/');
    private static final AtomicReference<Integer> requested = new AtomicReference<>();

    private SnippetExit() {
    }

    /** What a snippet's {@code System.exit(status)} calls. */
    public static void exit(int status) {
        requested.compareAndSet(null, status);
        throw new Requested(status);
    }

    /** The status a snippet asked to exit with since the last call, if one did. */
    static OptionalInt take() {
        Integer status = requested.getAndSet(null);
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Unwinds the snippet; an Error, so that the usual {@code catch (Exception e)} lets it through. */
    static final class Requested extends Error {
        Requested(int status) {
            super("System.exit(" + status + ")", null, false, false);
        }
    }

    /**
     * The class file with its calls to {@code System.exit(int)} calling {@link #exit} instead. Only
     * the constant pool changes: the method reference's class becomes this one (same name, same
     * descriptor, still static), so no instruction moves and the rest of the file is copied as is.
     */
    static byte[] redirect(byte[] classFile) {
        try {
            ConstantPool pool = ConstantPool.read(classFile);
            int exitCall = pool.methodRef("java/lang/System", "exit", "(I)V");
            return exitCall < 0 ? classFile : pool.withClassOf(exitCall, TARGET);
        } catch (IOException | RuntimeException unreadable) {
            return classFile; // not a class file we understand: load it unchanged
        }
    }

    /** The constant pool of a class file: where each entry starts, enough to find and repoint one. */
    private record ConstantPool(byte[] file, int count, int[] offsets, int end) {

        static ConstantPool read(byte[] file) throws IOException {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(file));
            in.skipNBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            int[] offsets = new int[count];
            int position = 10;
            for (int index = 1; index < count; index++) {
                offsets[index] = position;
                int tag = in.readUnsignedByte();
                int size = switch (tag) {
                    case 1 -> 2 + in.readUnsignedShort(); // Utf8: its length, then the bytes
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> 4;
                    case 5, 6 -> 8;
                    case 7, 8, 16, 19, 20 -> 2;
                    case 15 -> 3;
                    default -> throw new IOException("unknown constant pool tag " + tag);
                };
                in.skipNBytes(tag == 1 ? size - 2 : size);
                position += 1 + size;
                if (tag == 5 || tag == 6) {
                    index++; // a long or double takes two slots
                }
            }
            return new ConstantPool(file, count, offsets, position);
        }

        /** The index of the Methodref to this method, or -1. */
        int methodRef(String owner, String name, String descriptor) {
            for (int index = 1; index < count; index++) {
                if (tag(index) == 10 && owner.equals(className(u2(offsets[index] + 1)))) {
                    int nameAndType = offsets[u2(offsets[index] + 3)];
                    if (name.equals(utf8(u2(nameAndType + 1))) && descriptor.equals(utf8(u2(nameAndType + 3)))) {
                        return index;
                    }
                }
            }
            return -1;
        }

        /** The class file with two entries added (the class's name and the class) and the Methodref pointing at them. */
        byte[] withClassOf(int methodRef, String className) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(file.length + className.length() + 8);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(file, 0, 8);
            out.writeShort(count + 2);
            byte[] entries = java.util.Arrays.copyOfRange(file, 10, end);
            ByteBuffer.wrap(entries).putShort(offsets[methodRef] + 1 - 10, (short) (count + 1));
            out.write(entries);
            out.writeByte(1);
            out.writeUTF(className);
            out.writeByte(7);
            out.writeShort(count);
            out.write(file, end, file.length - end);
            return bytes.toByteArray();
        }

        private int tag(int index) {
            return file[offsets[index]] & 0xff;
        }

        private int u2(int at) {
            return ((file[at] & 0xff) << 8) | (file[at + 1] & 0xff);
        }

        private String className(int classIndex) {
            return tag(classIndex) == 7 ? utf8(u2(offsets[classIndex] + 1)) : null;
        }

        private String utf8(int index) {
            int at = offsets[index];
            try {
                return new DataInputStream(new java.io.ByteArrayInputStream(file, at + 1, file.length - at - 1)).readUTF();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
