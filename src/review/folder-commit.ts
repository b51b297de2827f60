/**
 * Crash-safe replacement of an article folder's files (node only), shared by the review save and
 * `npm run ingest` (issue 19.3).
 *
 * A save never moves the article folder: at every instant `<parent>/<id>/` exists, and a reader that
 * finds no journal sees either every old file or every new one. The protocol:
 *
 *   1. stage   every new file in `<parent>/.<id>.review-<stamp>/new/`, a copy of every file it
 *              replaces in `…/old/` (hook `staged`);
 *   2. journal `<parent>/.<id>.save-journal.json`, written aside then renamed (one atomic step):
 *              from here the save is committed and is finished, never undone (hook `journal`);
 *   3. replace each file by a rename from `new/` (atomic per file; hook `replaced:<file>`);
 *   4. keep    `old/` becomes the previous version (`previous`, when given; hook `kept-previous`);
 *   5. finish  the journal is removed (hook `journal-removed`), then the staging folder.
 *
 * {@link recoverFolders} runs when the review server and ingest start: a journal left by a crash is
 * rolled forward (the remaining renames done, the previous version kept); a staging folder without
 * a journal is dropped (nothing had been replaced); the hidden folders the former two-rename save left
 * (`.<id>.old-*`, `.<id>.review-*`, `.<id>.ingest-*`) are restored when the article folder is missing
 * and removed otherwise. Each action is returned as a sentence to print.
 *
 * A new article (no folder yet) is staged whole and renamed into place: one atomic step.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The step just completed, for tests that interrupt a save there (throw, or kill the process). */
export type CommitStep = 'staged' | 'journal' | `replaced:${string}` | 'kept-previous' | 'journal-removed';

/** Every step of a save that replaces `files`, in order. */
export function commitSteps(files: readonly string[]): CommitStep[] {
  return [
    'staged',
    'journal',
    ...files.map((f) => `replaced:${f}` as const),
    'kept-previous',
    'journal-removed',
  ];
}

export interface CommitOptions {
  /** Where the replaced files go (the folder is replaced whole); nothing kept when absent. */
  previous?: string;
  /** Called after each step; a test throws or kills the process there. */
  hook?: (step: CommitStep) => void;
}

interface Journal {
  id: string;
  staging: string;
  files: string[];
  previous?: string;
}

const journalPath = (parent: string, id: string) => join(parent, `.${id}.save-journal.json`);
const STAGING = /^\.(.+)\.(review|ingest|old)-[^/]*$/;

/** Replaces (or creates) `files` in `<parent>/<id>/` crash-safely; see the module comment. Throws on I/O errors. */
export function commitFolder(
  parent: string,
  id: string,
  files: Readonly<Record<string, string | Uint8Array>>,
  options: CommitOptions = {},
): void {
  const hook = options.hook ?? (() => {});
  const dir = join(parent, id);
  const names = Object.keys(files);
  const staging = join(parent, `.${id}.review-${process.pid}-${Date.now()}`);
  mkdirSync(join(staging, 'new'), { recursive: true });
  let journaled = false;
  try {
    for (const f of names) writeFileSync(join(staging, 'new', f), files[f]!);
    if (!existsSync(dir)) {
      hook('staged');
      renameSync(join(staging, 'new'), dir);
      rmSync(staging, { recursive: true, force: true });
      return;
    }
    mkdirSync(join(staging, 'old'));
    for (const f of readdirSync(dir)) {
      const from = join(dir, f);
      if (names.includes(f)) copyFileSync(from, join(staging, 'old', f));
      else cpSync(from, join(staging, 'old', f), { recursive: true });
    }
    hook('staged');
    const journal: Journal = {
      id,
      staging: basename(staging),
      files: names,
      ...(options.previous ? { previous: options.previous } : {}),
    };
    const jp = journalPath(parent, id);
    writeFileSync(`${jp}.tmp`, JSON.stringify(journal));
    renameSync(`${jp}.tmp`, jp);
    journaled = true;
    hook('journal');
  } catch (e) {
    if (!journaled) {
      rmSync(staging, { recursive: true, force: true });
      rmSync(`${journalPath(parent, id)}.tmp`, { force: true });
    }
    throw e;
  }
  rollForward(parent, id, hook);
}

/** Steps 3–5 from the journal: what is still staged is renamed into place. Idempotent. */
function rollForward(parent: string, id: string, hook: (step: CommitStep) => void): void {
  const jp = journalPath(parent, id);
  const j = JSON.parse(readFileSync(jp, 'utf8')) as Journal;
  const staging = join(parent, j.staging);
  const dir = join(parent, id);
  mkdirSync(dir, { recursive: true });
  for (const f of j.files) {
    const from = join(staging, 'new', f);
    if (existsSync(from)) renameSync(from, join(dir, f));
    hook(`replaced:${f}`);
  }
  const old = join(staging, 'old');
  if (j.previous && existsSync(old)) {
    rmSync(j.previous, { recursive: true, force: true });
    mkdirSync(dirname(j.previous), { recursive: true });
    try {
      renameSync(old, j.previous);
    } catch {
      cpSync(old, j.previous, { recursive: true });
    }
  }
  hook('kept-previous');
  rmSync(jp);
  hook('journal-removed');
  rmSync(staging, { recursive: true, force: true });
}

/**
 * After a save threw: true when it had been journaled and is now finished (rolled forward), false
 * when it had not (nothing was replaced). Throws when a journaled save still cannot be finished.
 */
export function finishCommit(parent: string, id: string): boolean {
  if (!existsSync(journalPath(parent, id))) return false;
  rollForward(parent, id, () => {});
  return true;
}

/**
 * Finishes or rolls back every interrupted save under `parent` (see the module comment); returns one
 * sentence per action, empty when there was nothing to do.
 */
export function recoverFolders(parent: string): string[] {
  if (!existsSync(parent)) return [];
  const said: string[] = [];
  const names = readdirSync(parent);
  const journaled = new Set<string>();
  for (const n of names) {
    const m = /^\.(.+)\.save-journal\.json$/.exec(n);
    if (!m) continue;
    const id = m[1]!;
    try {
      journaled.add((JSON.parse(readFileSync(join(parent, n), 'utf8')) as Journal).staging);
      rollForward(parent, id, () => {});
      said.push(`${id}: finished a save that was interrupted (the new version is in place)`);
    } catch (e) {
      said.push(
        `${id}: could not finish an interrupted save (${(e as Error).message}); see ${join(parent, n)}`,
      );
    }
  }
  for (const n of names) {
    if (n.endsWith('.save-journal.json.tmp')) {
      rmSync(join(parent, n), { force: true });
      continue;
    }
    const m = STAGING.exec(n);
    if (!m || journaled.has(n)) continue;
    const [, id, kind] = m;
    const dir = join(parent, id!);
    const full = join(parent, n);
    // The former save moved the old folder aside (`.old-*`), then the new one in: with the article
    // folder missing, the old one goes back.
    if (!existsSync(dir) && kind === 'old') {
      renameSync(full, dir);
      said.push(`${id}: restored the folder an interrupted save had moved aside (${n})`);
    } else {
      rmSync(full, { recursive: true, force: true });
      said.push(`${id}: rolled back a save that was interrupted before it changed anything (removed ${n})`);
    }
  }
  return said;
}
