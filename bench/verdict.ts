/**
 * A benchmark that measured nothing fails: the verdict over a bench's series of measurements. A run
 * that timed out (null) is a result to print and to fail on, never a silent "?" in a summary.
 */

/** One measured series: its name and one value per run (null: the run timed out or measured nothing). */
export interface Series {
  name: string;
  values: readonly (number | null)[];
}

/** ok when every series has at least one run and no run of any series timed out; else why not. */
export function benchVerdict(series: readonly Series[]): { ok: boolean; message: string } {
  const problems: string[] = [];
  for (const s of series) {
    const missed = s.values.filter((v) => v == null || !Number.isFinite(v)).length;
    if (s.values.length === 0) problems.push(`${s.name}: no runs`);
    else if (missed)
      problems.push(`${s.name}: ${missed}/${s.values.length} runs timed out or measured nothing`);
  }
  if (series.length === 0) problems.push('nothing was measured');
  return problems.length ? { ok: false, message: problems.join('; ') } : { ok: true, message: 'ok' };
}
