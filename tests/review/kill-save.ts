/**
 * Child process of folder-commit.test.ts: saves an edited copy of an article through the review
 * save and kills itself (SIGKILL, no cleanup of any kind) right after the step named in argv.
 *
 *   node --import tsx tests/review/kill-save.ts <geodata> <previous> <id> <step>
 */
import { readForReview, saveReviewed } from '../../src/review/server.ts';

const [geodata, previous, id, step] = process.argv.slice(2) as [string, string, string, string];
const paths = { geodata, previous };
const a: Record<string, unknown> = { ...readForReview(paths, id)! };
delete a.text;
delete a.version;
(a.events as { title: { en: { text: string } } }[])[0]!.title.en.text = 'Edited, then killed';
const r = await saveReviewed(paths, id, a, {
  hook: (s) => {
    if (s === step) process.kill(process.pid, 'SIGKILL');
  },
});
console.log(JSON.stringify(r.ok));
