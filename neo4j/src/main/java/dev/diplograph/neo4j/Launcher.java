package dev.diplograph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.FulltextSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

/**
 * Opens a Neo4j Community DBMS over a data folder with the Bolt connector on 127.0.0.1:port,
 * prints one ready line, and shuts down cleanly on SIGTERM/SIGINT or when its standard input
 * closes (the Node parent died), so no orphan JVM is ever left behind.
 *
 * Usage: Launcher --data DIR --port N [--pagecache MB] [--watch-stdin]
 */
public final class Launcher {
  public static final String READY = "DIPLOGRAPH_NEO4J_READY";

  public static void main(String[] args) {
    Path data = null;
    int port = 7687;
    long pageCacheMb = 512;
    boolean watchStdin = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache" -> pageCacheMb = Long.parseLong(args[++i]);
        case "--watch-stdin" -> watchStdin = true;
        default -> fail("unknown argument: " + args[i]);
      }
    }
    if (data == null) fail("--data DIR is required");

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(data)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(384))
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
          .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
          // Lucene (the full-text indexes) merges its segments with a merge factor of 2 by
          // default: with one small segment per transaction, a merge after nearly every commit
          // (the busiest threads during ingestion; ~25% of the JVM's CPU per article went with
          // 16). 16 merges rarely, for slightly more segments per search.
          .setConfig(LuceneSettings.lucene_merge_factor, 16)
          // By default the eventually consistent full-text indexes open a new Lucene reader after
          // every applied batch of updates, which flushes a tiny segment each time (~40 ms of JVM
          // CPU per ingested article). Refreshing at most every 5 s measured 109 -> 69 ms of JVM
          // CPU per article (0 s: 14.7/s, 1 s: 16.7/s, 5 s: 21.2/s, 30 s: 22.4/s). Search stays
          // exact after a write: ingestion calls awaitEventuallyConsistentIndexRefresh(), which
          // refreshes at once (test/integration/graph/search-refresh.test.ts).
          .setConfig(FulltextSettings.eventually_consistent_refresh_interval, Duration.ofSeconds(5))
          .build();
      // Opening the default database proves the store is usable before we say ready.
      dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    } catch (Throwable t) {
      System.err.println("Neo4j failed to start: " + rootMessage(t));
      t.printStackTrace(System.err);
      System.exit(2);
      return;
    }

    final DatabaseManagementService running = dbms;
    Thread stopper = new Thread(() -> {
      System.err.println("Neo4j shutting down");
      running.shutdown();
    }, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);

    System.out.println(READY + " bolt://127.0.0.1:" + port);
    System.out.flush();

    if (watchStdin) {
      // The parent holds our stdin open; EOF means it is gone, so we go too.
      try (InputStream in = System.in) {
        byte[] buf = new byte[256];
        while (in.read(buf) >= 0) {
          // ignore anything written; we only wait for EOF
        }
      } catch (IOException ignored) {
        // a broken pipe is the same as EOF
      }
      System.exit(0);
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) c = c.getCause();
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(64);
  }
}
