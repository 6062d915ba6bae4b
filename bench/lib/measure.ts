/**
 * Runs a command and measures it: wall time, and peak memory two ways.
 *   - `peakTreeRss`: the largest sum of the resident set sizes (RSS) of the process and all its
 *     descendants (Astro's Node and the Pagefind binary it starts), sampled from /proc every 50 ms.
 *   - `maxRss`: the largest RSS of any single process of the tree, as `/usr/bin/time -v` reports
 *     it (the kernel's own high-water mark), when /usr/bin/time is installed.
 * The sampler reads /proc from this process's event loop while the command runs in a child, so it
 * costs the command little; a peak shorter than 50 ms can be missed by it (not by time -v).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
const PAGE = 4096;
const SAMPLE_MS = 50;

export interface Measured {
  ms: number;
  peakTreeRss: number;
  /** Undefined when /usr/bin/time is not installed. */
  maxRss: number | undefined;
  output: string;
}

/** Every process's parent and RSS (bytes), from /proc/<pid>/stat. */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // it ended meanwhile
    }
    // Fields after "(comm)": state, ppid, ... rss is field 24 of the whole line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE });
  }
  return table;
}

/** The RSS of `root` and all its descendants (without `root` itself when `skipRoot`). */
export function treeRss(root: number, skipRoot = false): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    if (pid !== root || !skipRoot) sum += table.get(pid)?.rss ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** A command stopped by a limit of RunOptions, with what was measured until then. */
export class StoppedError extends Error {
  readonly ms: number;
  readonly peakTreeRss: number;
  constructor(message: string, ms: number, peakTreeRss: number) {
    super(message);
    this.ms = ms;
    this.peakTreeRss = peakTreeRss;
  }
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Stop the command after this long; default no limit. */
  timeoutMs?: number;
  /** Stop the command when its process tree's sampled RSS passes this many bytes; default no limit. */
  maxTreeRss?: number;
}

/** Runs `command args` to its end and measures it; rejects with its output if it fails. */
export function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  const timed = existsSync(TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'isk-time-'));
  const report = join(scratch, 'time.txt');
  const [file, argv] = timed ? [TIME, ['-v', '-o', report, command, ...args]] : [command, [...args]];
  const start = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 8_000_000) output = output.slice(-4_000_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakTreeRss = 0;
  let stopped = '';
  const stop = (why: string) => {
    stopped ||= why;
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL'); // the whole process group
  };
  const sample = () => {
    if (!child.pid) return;
    peakTreeRss = Math.max(peakTreeRss, treeRss(child.pid, timed));
    if (options.maxTreeRss !== undefined && peakTreeRss > options.maxTreeRss) {
      stop(`its processes used more than ${(options.maxTreeRss / 2 ** 30).toFixed(1)} GiB`);
    }
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  sample();
  const timer =
    options.timeoutMs === undefined ? undefined : setTimeout(() => stop(`it took longer than ${options.timeoutMs} ms`), options.timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      clearInterval(sampler);
      if (timer) clearTimeout(timer);
      let maxRss: number | undefined;
      if (timed && existsSync(report)) {
        const kib = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'))?.[1];
        if (kib) maxRss = Number(kib) * 1024;
      }
      rmSync(scratch, { recursive: true, force: true });
      if (stopped) reject(new StoppedError(`${command} ${args.join(' ')} was stopped: ${stopped}.`, ms, peakTreeRss));
      else if (code !== 0) {
        // Keep the whole log: the error may be far from its end.
        const log = join(tmpdir(), `isk-bench-failed-${Date.now()}.log`);
        writeFileSync(log, output);
        const errors = output
          .split('\n')
          .filter((l) => /error/i.test(l))
          .slice(0, 20)
          .join('\n');
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (exit ${code}); its output is in ${log}. Lines that mention an error:\n${errors}\nEnd of its output:\n${output.slice(-2000)}`,
          ),
        );
      } else resolve({ ms, peakTreeRss, maxRss, output });
    });
  });
}

/** Total size in bytes of the files under `dir`. */
export function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Whether /usr/bin/time -v measures the largest process (else only the /proc sampler runs). */
export const hasTime = (): boolean => existsSync(TIME);
