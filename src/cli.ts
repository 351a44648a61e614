import { Command } from 'commander';
import { importGdeltCommand } from './commands/import-gdelt.js';
import { neo4jCommand } from './commands/neo4j.js';
import { serveCommand } from './commands/serve.js';

// The command line. Each command lives in src/commands/<name>.ts and is registered here.

const program = new Command()
  .name('diplograph')
  .description('A knowledge graph of diplomatic relations built from news')
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(neo4jCommand())
  .addCommand(importGdeltCommand());

await program.parseAsync(process.argv);
