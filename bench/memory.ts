/**
 * Heap per byte of article data (issue 19.7): the shipped article's text repeated to about 52 MB
 * (passages, mentions and places as shipped), validated and built in node; the JS heap the model
 * keeps, and the most the heap held on the way (sampled after each stage, without a collection).
 *
 *   node --expose-gc --import tsx bench/memory.ts [MB]      (npm run bench:memory)
 *
 * Prints the figures and the ratio to the data; exits 1 when the ratio is over the goal (4×) or when
 * nothing was measured.
 */
import { resolve } from 'node:path';
import { readArticleFromDisk } from '../src/model/read-node.ts';
import { buildModel } from '../src/model/build.ts';
import { hasErrors, validateBundle } from '../src/model/validate.ts';

const GOAL = 4;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:memory: run with node --expose-gc');
  process.exit(1);
}
const mb = Number(process.argv[2] ?? 52);
const { bundle } = readArticleFromDisk(
  resolve(import.meta.dirname, '../geodata/hasakah-prison-us-statement-2022'),
);
if (!bundle || typeof bundle.text !== 'string') throw new Error('the shipped article did not load');
const one = bundle.text;
const copies = Math.ceil((mb * 1e6) / Buffer.byteLength(one));
const heap = () => process.memoryUsage().heapUsed;
gc();
// The baseline is taken before the text exists: the heap counted includes the text itself, as it
// would be when read from a file.
const base = heap();
const big = { ...bundle, text: Buffer.from(one.repeat(copies), 'utf8').toString('utf8') };
const bytes =
  Buffer.byteLength(big.text) +
  ['meta', 'passages', 'mentions', 'places', 'events'].reduce(
    (n, k) => n + Buffer.byteLength(JSON.stringify(big[k as keyof typeof big])),
    0,
  );
let peak = 0;
const sample = () => (peak = Math.max(peak, heap() - base));
sample();
const t0 = performance.now();
const issues = validateBundle(big);
sample();
if (hasErrors(issues)) throw new Error(`validation failed: ${JSON.stringify(issues.slice(0, 3))}`);
const model = buildModel(big);
sample();
const ms = performance.now() - t0;
gc();
const kept = heap() - base;
const MB = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
console.log(
  `bench:memory: data ${MB(bytes)} (text ${MB(Buffer.byteLength(big.text))}, ${[...big.text].length.toLocaleString('en')} code points); ` +
    `heap kept (the text and the model) ${MB(kept)} (${(kept / bytes).toFixed(2)}× the data), peak seen ${MB(peak)} (${(peak / bytes).toFixed(2)}×); validate+build ${ms.toFixed(0)} ms`,
);
if (model.text.length !== big.text.length || !(kept > 0)) {
  console.error('bench:memory: measured nothing');
  process.exit(1);
}
process.exit(peak / bytes > GOAL ? 1 : 0);
