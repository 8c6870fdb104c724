package dev.ormshell.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server restart without restarting the shared server: a TCP proxy on a port of its own that
 * forwards to the real server. {@link #down()} closes every connection through it and stops
 * listening, as a server going down does; {@link #up()} listens on the same port again.
 */
public final class ServerRestart implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private volatile Thread acceptor;

    private ServerRestart(int targetPort, int port) {
        this.targetPort = targetPort;
        this.port = port;
    }

    /** A proxy to the server on 127.0.0.1:targetPort, listening on a free port. */
    public static ServerRestart proxyTo(int targetPort) {
        try {
            ServerSocket first = listen(0);
            ServerRestart proxy = new ServerRestart(targetPort, first.getLocalPort());
            proxy.accept(first);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The server goes down: connections break, new ones are refused. */
    public void down() {
        closeQuietly(listener);
        open.forEach(ServerRestart::closeQuietly);
        open.clear();
        // A socket closed while another thread waits in accept() lets go of its port only once
        // that thread has left accept(): wait for it, or up() could not listen there again.
        try {
            if (acceptor != null) {
                acceptor.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server is back, on the same port. */
    public void up() {
        try {
            accept(listen(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        down();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void accept(ServerSocket socket) {
        listener = socket;
        acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket client = socket.accept();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    open.add(client);
                    open.add(server);
                    pump(client, server);
                    pump(server, client);
                }
            } catch (IOException closed) {
                // down(): no more connections
            }
        }, "server-restart-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException broken) {
                // one side closed: close both, as a dying server would
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "server-restart-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // already closed
        }
    }
}
