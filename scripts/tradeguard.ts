import { openAsBlob, readFileSync, statSync } from 'node:fs';
import { decodeInput } from '../lib/cli/decode-input';
import { parseIsoInstant } from '../lib/cli/iso-instant';
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

function readInput(path: string): string {
  try {
    return decodeInput(path === '-' ? readFileSync(0) : readFileSync(path));
  } catch (error) {
    throw new UsageError(
      `cannot read ${path === '-' ? 'standard input' : path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
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
      const files = args.positional.map((file) => ({ file, html: readInput(file) }));
      print(await runAuditFiles(files, args.options.get('--url') ?? [], entered), formatAudit);
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
      if (!file) throw new UsageError('scan-chat needs a file');
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
  process.stderr.write(
    `tradeguard: ${error instanceof Error ? error.message : String(error)}\n${usage ? `${USAGE}\n` : ''}`,
  );
  process.exit(2);
});
