import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import yauzl from 'yauzl';

// The lines of a GDELT export, streamed: a plain file, or every file inside a .zip (GDELT
// publishes `<time>.export.CSV.zip`). Memory stays flat whatever the size of the file.

/** The file cannot be read at all (missing, unreadable, a broken zip): the one fatal import error. */
export class GdeltFileError extends Error {
  readonly code = 'GDELT_FILE_UNREADABLE';
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot read ${file}: ${reason}`, options);
    this.name = 'GdeltFileError';
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function isZip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head.equals(ZIP_MAGIC);
  } finally {
    await handle.close();
  }
}

async function* linesOf(stream: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } finally {
    rl.close();
    stream.destroy();
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, zip) => (e ? reject(e) : resolve(zip))),
  );
}

function entries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const found: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) found.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(found));
    zip.once('error', reject);
    zip.readEntry();
  });
}

async function* zipLines(file: string): AsyncGenerator<string> {
  const zip = await openZip(file);
  try {
    const files = await entries(zip);
    if (files.length === 0) throw new Error('the zip holds no file');
    for (const entry of files) {
      const stream = await new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(entry, (e, s) => (e ? reject(e) : resolve(s))),
      );
      yield* linesOf(stream);
    }
  } finally {
    zip.close();
  }
}

/** Every line of `file` (plain text or zip), without line ends. Throws GdeltFileError. */
export async function* readLines(file: string): AsyncGenerator<string> {
  try {
    if (await isZip(file)) yield* zipLines(file);
    else yield* linesOf(createReadStream(file, { encoding: 'utf8' }));
  } catch (e) {
    if (e instanceof GdeltFileError) throw e;
    throw new GdeltFileError(file, e instanceof Error ? e.message : String(e), { cause: e });
  }
}
