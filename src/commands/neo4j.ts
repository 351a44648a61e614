import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { startEmbeddedNeo4j } from '../graph/embedded.js';
import { config, fail, onSignals } from './common.js';

function portNumber(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is 0..65535');
  return n;
}

export function neo4jCommand(): Command {
  return new Command('neo4j')
    .description('run the embedded Neo4j alone in the foreground and print its Bolt URI')
    .option('--port <n>', 'Bolt port on 127.0.0.1 (0: any free port)', portNumber)
    .option('--data <dir>', 'data folder (default: $DATA_DIR/neo4j)')
    .action(async (opts: { port?: number; data?: string }) => {
      try {
        const cfg = config();
        const neo = await startEmbeddedNeo4j({
          dataDir: opts.data ?? path.join(cfg.DATA_DIR, 'neo4j'),
          port: opts.port ?? cfg.NEO4J_EMBEDDED_PORT,
          heapMb: cfg.NEO4J_HEAP_MB,
          pageCacheMb: cfg.NEO4J_PAGECACHE_MB,
          onProgress: (m) => process.stderr.write(`${m}\n`),
        });
        process.stdout.write(`${neo.uri}\n`);
        process.stderr.write(`Neo4j is running; use NEO4J_URI=${neo.uri} in other processes. Ctrl-C stops it.\n`);
        let stopping = false;
        onSignals(() => {
          stopping = true;
          return neo.stop();
        });
        const code = await neo.exited;
        if (!stopping) {
          process.stderr.write(`diplograph: Neo4j exited unexpectedly (code ${code})\n`);
          process.exit(1);
        }
      } catch (e) {
        fail(e);
      }
    });
}
