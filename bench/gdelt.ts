// GDELT import speed: 100k event rows (the 100 real sample rows, varied deterministically) and
// 100k mention rows, into a fresh embedded Neo4j. Target: the events in under 60 s.
// Run: npx tsx bench/gdelt.ts [rows]   (the sample must be at ../shared/reference/gdelt)
//      GDELT_PASSES=2 npx tsx bench/gdelt.ts   imports a second, distinct 100k into the same, now warm, server
//      GDELT_BATCH=2000 npx tsx bench/gdelt.ts  rows per transaction (the import's default otherwise)
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT, MENTION } from '../src/gdelt/index.js';
import { createDriver } from '../src/graph/db.js';
import { startEmbeddedNeo4j } from '../src/graph/embedded.js';
import { migrate } from '../src/graph/migrate.js';
import { importGdelt } from '../src/use-cases/import-gdelt.js';
import { TimingDb } from './timing-db.js';

const total = Number(process.argv[2] ?? 100_000);
const sampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/reference/gdelt');
if (!existsSync(path.join(sampleDir, 'events.csv'))) throw new Error(`GDELT sample missing in ${sampleDir}`);
const lines = (f: string) => readFileSync(path.join(sampleDir, f), 'utf8').split('\n').filter((l) => l.trim());
const events = lines('events.csv').map((l) => l.split('\t'));
const mentions = lines('mentions.csv').map((l) => l.split('\t'));
const dir = mkdtempSync(path.join(tmpdir(), 'gdelt-bench-'));

const ymd = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '');

// Row i is sample row i % 100 with its own id, a day shifted by i / 100 (so most rows are
// distinct events, some merge as in real data) and its own source url.
async function write(file: string, make: (i: number) => string): Promise<string> {
  const out = createWriteStream(file);
  for (let i = 0; i < total; i++) {
    if (!out.write(`${make(i)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return file;
}
// Pass p (GDELT_PASSES > 1: the same import again into the now warm server) has its own ids,
// urls and days after the previous pass's, so it merges with nothing the earlier passes wrote.
const passes = Math.max(1, Number(process.env.GDELT_PASSES ?? 1));
async function filesOf(pass: number): Promise<{ eventsFile: string; mentionsFile: string }> {
  const idOf = (i: number) => String(2_000_000_000 + pass * total + i);
  const firstDay = Date.UTC(2015, 0, 1) + pass * Math.ceil(total / events.length + 2) * 86_400_000;
  const eventsFile = await write(path.join(dir, `events-${pass}.csv`), (i) => {
    const row = [...events[i % events.length]!];
    const day = new Date(firstDay + Math.floor(i / events.length) * 86_400_000);
    row[EVENT.GLOBALEVENTID] = idOf(i);
    row[EVENT.SQLDATE] = ymd(day);
    row[EVENT.SOURCEURL] = `${row[EVENT.SOURCEURL]}?bench=${pass * total + i}`;
    return row.join('\t');
  });
  const mentionsFile = await write(path.join(dir, `mentions-${pass}.csv`), (i) => {
    const row = [...mentions[i % mentions.length]!];
    row[MENTION.GLOBALEVENTID] = idOf((i * 7919) % total);
    row[MENTION.MentionIdentifier] = `${row[MENTION.MentionIdentifier]}?mention=${pass * 20_000 + (i % 20_000)}`;
    return row.join('\t');
  });
  return { eventsFile, mentionsFile };
}

const neo = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'neo4j'), port: 0, heapMb: 1024, pageCacheMb: 512 });
const db = new TimingDb(createDriver({ uri: neo.uri }));
try {
  await migrate(db);
  for (let pass = 0; pass < passes; pass++) {
    const { eventsFile, mentionsFile } = await filesOf(pass);
    let last = 0;
    const t0 = performance.now();
    const timeOf: Record<string, number> = {};
    const report = await importGdelt(db, {
      events: [eventsFile],
      mentions: [mentionsFile],
      ...(process.env.GDELT_BATCH ? { batchSize: Number(process.env.GDELT_BATCH) } : {}),
      onProgress: (f) => {
        timeOf[f.table] = performance.now() - t0;
        if (f.lines - last >= 20_000 || f.lines < last) {
          last = f.lines;
          process.stderr.write(`${f.table}: ${f.lines} rows, ${(timeOf[f.table]! / 1000).toFixed(1)} s\n`);
        }
      },
    });
    const [ev, me] = report.files;
    const eventsS = timeOf.events! / 1000;
    const mentionsS = (timeOf.mentions! - timeOf.events!) / 1000;
    if (passes > 1) console.log(`pass ${pass + 1} of ${passes}${pass === 0 ? ' (fresh JVM)' : ' (same server, warm)'}`);
    console.log(`events:   ${ev!.valid} rows in ${eventsS.toFixed(1)} s (${Math.round(ev!.valid / eventsS)} rows/s): ` +
      `${ev!.created} events created, ${ev!.merged} rows merged, ${ev!.skipped} skipped`);
    console.log(`mentions: ${me!.valid} rows in ${mentionsS.toFixed(1)} s (${Math.round(me!.valid / mentionsS)} rows/s): ` +
      `${me!.linked} linked, ${me!.unknownEvent} unknown event`);
    console.log(`target: events < 60 s: ${eventsS < 60 ? 'met' : 'MISSED'}`);
    console.log('where the time went, by statement (all passes so far):');
    for (const t of db.top()) console.log(`  ${t.name}: ${t.count} x ${t.meanMs} ms = ${(t.totalMs / 1000).toFixed(1)} s`);
  }
} finally {
  await db.close();
  await neo.stop();
  rmSync(dir, { recursive: true, force: true });
}
