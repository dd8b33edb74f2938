/*
 * Newsgraph local Neo4j: starts Neo4j Community in-process with Bolt on loopback, for machines
 * without Docker. Configured by environment variables (the TypeScript helper in db/ sets them):
 *
 *   NEWSGRAPH_NEO4J_DATA      data directory            (default .data/neo4j)
 *   NEWSGRAPH_NEO4J_BOLT_PORT Bolt port on 127.0.0.1    (default 7687; 0 picks a free port)
 *   NEWSGRAPH_NEO4J_PAGECACHE page cache size in MiB    (default 1024)
 *   NEWSGRAPH_NEO4J_TX_TIMEOUT_S transaction timeout backstop in seconds (default 120)
 *   NEO4J_USER / NEO4J_PASSWORD  enable auth with this user when both are set
 *
 * Prints one line "NEWSGRAPH_NEO4J_READY bolt://127.0.0.1:PORT" when Bolt accepts connections and
 * shuts the database down cleanly on SIGTERM/SIGINT.
 */
package dev.newsgraph.neo4j;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(env("NEWSGRAPH_NEO4J_DATA", ".data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("NEWSGRAPH_NEO4J_BOLT_PORT", "7687"));
    if (port == 0) port = freePort();
    long pageCacheMiB = Long.parseLong(env("NEWSGRAPH_NEO4J_PAGECACHE", "1024"));
    long txTimeoutS = Long.parseLong(env("NEWSGRAPH_NEO4J_TX_TIMEOUT_S", "120"));
    String user = System.getenv("NEO4J_USER");
    String password = System.getenv("NEO4J_PASSWORD");
    boolean auth = user != null && !user.isBlank() && password != null && !password.isBlank();

    Files.createDirectories(dataDir);
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // Netty's graceful shutdown waits 5 s per connector by default; nothing is in flight by
        // then (the databases have already stopped), so a short wait keeps SIGTERM prompt.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutS))
        // Embedded Neo4j would otherwise let LOAD CSV read any file the process can read.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Launcher: shutting down");
      dbms.shutdown();
      stopped.countDown();
    }, "newsgraph-neo4j-shutdown"));

    if (auth) ensureUser(dbms, user, password);
    // Touch the default database so Bolt clients find it online.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

    System.out.println("NEWSGRAPH_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static void ensureUser(DatabaseManagementService dbms, String user, String password) {
    var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    Map<String, Object> params = Map.of("user", user, "password", password);
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    system.executeTransactionally(
        "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
