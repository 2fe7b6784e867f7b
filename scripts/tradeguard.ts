import { openAsBlob, readFileSync, statSync } from 'node:fs';
import { decodeInput } from '../lib/cli/decode-input';
import { parseIsoInstant } from '../lib/cli/iso-instant';
import { binaryKind } from '../lib/cli/sniff-input';
import { InputError, parseArgs, UsageError } from './cli/args';

/**
 * tradeguard — the same lib/ code as the extension, on saved pages and files.
 * Commands print a readable summary, or the public JSON with --json.
 * Exit codes: 0 done, 2 bad usage or unreadable input; verify-pack: 0 intact,
 * 1 tampered, 2 unreadable, 3 unverifiable (a pack without history).
 */
const USAGE = `Usage:
  tradeguard audit <file.html|.mhtml|.json>... [--url URL]... [--set fact=value]... [--json]
  tradeguard check-spec <file|-> [--json]
  tradeguard scan-chat <file|-> [--json]
  tradeguard deadlines <timeline.json> [--now ISO] [--tz Area/City] [--json]
  tradeguard verify-pack <pack.zip> [--expect-head [SEQ:]HASH] [--json]`;

const READ_ERROR: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

function readInput(path: string): string {
  const name = path === '-' ? 'standard input' : path;
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${name}: ${(code && READ_ERROR[code]) ?? code ?? String(error)}`);
  }
  // Bytes that are not text would read as a clean chat or spec: say what they are instead.
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`cannot read ${name}: it is ${kind}; give the text itself`);
  return decodeInput(bytes);
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  const json = args.flags.has('--json');
  const print = (result: unknown, format: (r: never) => string) =>
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${format(result as never)}\n`);

  switch (command) {
    case 'audit': {
      if (args.positional.length === 0) throw new UsageError('audit needs at least one saved page');
      const { runAuditFiles } = await import('./cli/audit-files');
      const { formatAudit } = await import('../lib/cli/audit');
      const { parseSetOptions } = await import('./cli/set-option');
      const entered = parseSetOptions(args.options.get('--set') ?? []);
      if (args.positional.filter((file) => file === '-').length > 1)
        throw new UsageError('audit reads standard input (-) once; name the other pages as files');
      const urls = args.options.get('--url') ?? [];
      // Each --url names a page in file order: one left over would name none, and be dropped without a word.
      if (urls.length > args.positional.length)
        throw new UsageError(
          `audit got ${urls.length} --url values for ${args.positional.length} page${args.positional.length === 1 ? '' : 's'}; give at most one per page, in file order`,
        );
      const files = args.positional.map((file) => ({ file, html: readInput(file) }));
      print(await runAuditFiles(files, urls, entered), formatAudit);
      return;
    }
    case 'check-spec': {
      const [file] = args.positional;
      if (!file) throw new UsageError('check-spec needs a file, or - for standard input');
      const { runCheckSpec, formatCheckSpec } = await import('../lib/cli/check-spec');
      print(runCheckSpec(readInput(file)), formatCheckSpec);
      return;
    }
    case 'scan-chat': {
      const [file] = args.positional;
      if (!file) throw new UsageError('scan-chat needs a file, or - for standard input');
      const { runScanChat, formatScanChat } = await import('../lib/cli/scan-chat');
      print(runScanChat(readInput(file)), formatScanChat);
      return;
    }
    case 'deadlines': {
      const [file] = args.positional;
      if (!file) throw new UsageError('deadlines needs a timeline JSON file');
      const nowText = args.options.get('--now')?.[0];
      const now = nowText === undefined ? new Date() : parseIsoInstant(nowText);
      if (!now)
        throw new InputError(
          `--now ${JSON.stringify(nowText)} is not a real ISO-8601 date or date-time (e.g. 2026-06-20 or 2026-06-20T09:30:00+02:00)`,
        );
      const { runDeadlines, formatDeadlines } = await import('../lib/cli/deadlines');
      const timeZone = args.options.get('--tz')?.[0];
      print(
        runDeadlines(readInput(file), { now, ...(timeZone ? { timeZone } : {}) } as never),
        formatDeadlines,
      );
      return;
    }
    case 'verify-pack': {
      const [file] = args.positional;
      if (!file) throw new UsageError('verify-pack needs a dispute pack (.zip)');
      const expectText = args.options.get('--expect-head')?.[0];
      const { parseExpectHead, publicVerdict, formatVerdict, EXIT_CODE } = await import(
        '../lib/cli/verify-pack'
      );
      const expectHead = expectText ? parseExpectHead(expectText) : undefined;
      if (expectHead === null)
        throw new UsageError('--expect-head takes a 64-digit SHA-256, optionally "SEQ:" before it');
      let blob: Blob;
      try {
        // openAsBlob says only "Unable to open file as blob": stat first so the buyer reads why.
        if (!statSync(file).isFile()) throw new InputError(`cannot read ${file}: it is not a file`);
        blob = await openAsBlob(file);
      } catch (error) {
        if (error instanceof InputError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw new InputError(
          `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`,
        );
      }
      const { verifyPack } = await import('../lib/vault/verify-pack');
      const verdict = await verifyPack(blob, expectHead ? { expectHead } : {});
      print(publicVerdict(file, verdict), formatVerdict);
      process.exitCode = EXIT_CODE[verdict.status];
      return;
    }
    case undefined:
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage = error instanceof UsageError;
  const message = error instanceof Error ? error.message : String(error);
  // With --json, stdout stays a JSON document even when the command cannot run, so a script that parses
  // it reads why rather than failing on an empty document; the line on stderr stays for people.
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify({ error: { message, exitCode: 2 } }, null, 2)}\n`);
  process.stderr.write(`tradeguard: ${message}\n${usage ? `${USAGE}\n` : ''}`);
  process.exit(2);
});
