import { Command } from 'commander';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { importGdeltCommand } from './commands/import-gdelt.js';
import { ingestCommand } from './commands/ingest.js';
import { neo4jCommand } from './commands/neo4j.js';
import { serveCommand } from './commands/serve.js';
import { watchCommand } from './commands/watch.js';

// The command line. Each command lives in src/commands/<name>.ts and is registered here.

const program = new Command()
  .name('diplograph')
  .description('A knowledge graph of diplomatic relations built from news')
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(neo4jCommand())
  .addCommand(importGdeltCommand())
  .addCommand(ingestCommand())
  .addCommand(extractCommand())
  .addCommand(watchCommand())
  .addCommand(exportCommand());

await program.parseAsync(process.argv);
