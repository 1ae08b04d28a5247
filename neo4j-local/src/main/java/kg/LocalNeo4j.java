package kg;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j 5.26 Community embedded, with Bolt on 127.0.0.1 only, for the project's tests and
 * for users without Docker. Usage: LocalNeo4j HOME_DIR [PORT]. Prints "NEO4J READY bolt://..."
 * once the default database answers, and shuts down cleanly on SIGINT/SIGTERM.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : "data/neo4j-local").toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            // defence in depth for the console: no CSV from files, a memory ceiling per transaction
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 256L * 1024 * 1024)
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    long deadline = System.currentTimeMillis() + 120_000;
    while (!db.isAvailable(1000)) {
      if (System.currentTimeMillis() > deadline) {
        System.err.println("NEO4J FAILED: default database not available after 120 s");
        System.exit(1);
      }
    }
    System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
