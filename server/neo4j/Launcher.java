import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Opens an embedded Neo4j Community database with only the Bolt connector, on 127.0.0.1.
 *
 * Usage: java -cp "lib/*" Launcher.java DATA_DIR BOLT_PORT [PAGECACHE_MB]
 *
 * Speaks to its parent on stdout in single lines: "READY bolt://127.0.0.1:PORT version=X" once
 * the database answers, or "FAILED reason" before exiting 1. It exits when its standard input
 * closes, so a parent that dies without a signal never leaves a database running.
 */
public final class Launcher {
  public static void main(String[] args) {
    if (args.length < 2) {
      fail("usage: Launcher DATA_DIR BOLT_PORT [PAGECACHE_MB]");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 128;

    ensurePortFree(port);

    DatabaseManagementService service;
    try {
      service = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          // Shutdown waits out both (5 s each by default) even with no client left; the app closes its driver first.
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
          .build();
    } catch (RuntimeException e) {
      fail("could not open the database in " + home + ": " + rootMessage(e));
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    awaitAvailable(service, db, home);
    String version;
    try (var tx = db.beginTx()) {
      version = String.valueOf(tx.execute("CALL dbms.components() YIELD versions RETURN versions[0] AS v").next().get("v"));
      tx.commit();
    } catch (RuntimeException e) {
      fail("the database in " + home + " does not answer: " + rootMessage(e));
      return;
    }
    System.out.println("READY bolt://127.0.0.1:" + port + " version=" + version);
    System.out.flush();
    exitWhenParentGoes();
  }

  /** Waits for the database, but gives up at once when the system database reports it failed. */
  private static void awaitAvailable(DatabaseManagementService service, GraphDatabaseService db, Path home) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    while (!db.isAvailable(500)) {
      String failure = startFailure(system, db.databaseName());
      if (failure != null) {
        fail("the database in " + home + " could not start (corrupt data folder?): " + failure);
      }
      if (System.nanoTime() > deadline) {
        fail("the database in " + home + " did not become available within 120 s");
      }
    }
  }

  private static String startFailure(GraphDatabaseService system, String name) {
    try (var tx = system.beginTx();
        var result = tx.execute("SHOW DATABASE $name YIELD currentStatus, statusMessage", java.util.Map.of("name", name))) {
      if (!result.hasNext()) {
        return null;
      }
      var row = result.next();
      String status = String.valueOf(row.get("currentStatus"));
      String message = String.valueOf(row.get("statusMessage"));
      return status.equals("offline") && !message.isBlank() ? message : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void ensurePortFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress("127.0.0.1", port));
    } catch (IOException e) {
      fail("port " + port + " on 127.0.0.1 is already in use");
    }
  }

  private static void exitWhenParentGoes() {
    InputStream in = System.in;
    try {
      while (in.read() != -1) {
        // the parent never writes; reading only detects when the pipe closes
      }
    } catch (IOException ignored) {
      // a broken pipe means the parent is gone as well
    }
    System.exit(0);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void fail(String reason) {
    System.out.println("FAILED " + reason.replace('\n', ' '));
    System.out.flush();
    System.exit(1);
  }
}
