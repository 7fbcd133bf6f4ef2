/**
 * validateTimetable on 1,000 and 10,000 generated timetables: the cost per timetable must not grow
 * with the batch (linear scaling), and beside 0.1.0 (a pinned build) on the same 10,000 timetables
 * and options, doing all of today's checks against 0.1.0's fewer.
 */
import {
  MILESTONE_ORDER,
  prepareTimetableOptions,
  validateTimetable,
  type Timetable,
  type ValidateTimetableOptions,
} from '../dist/timetable/index.js';
import { baseline, sideBySide } from './baseline.js';

function generate(n: number): Timetable[] {
  const paths = ['authority-determination', 'self-governance', 'fast-track', 'authority-led'] as const;
  return Array.from({ length: n }, (_, i) => {
    const year = 2019 + (i % 8);
    const milestones = MILESTONE_ORDER.filter((_, k) => (i + k) % 3 !== 0).map((kind, k) => ({
      kind,
      approved:
        k % 2 === 0
          ? `${year}-${String(1 + k).padStart(2, '0')}`
          : `${year}-${String(1 + k).padStart(2, '0')}-1${k % 9}`,
      ...(k < i % 5 ? { actual: `${year}-${String(1 + k).padStart(2, '0')}` } : {}),
    }));
    return { proposal: `MP${i}`, path: paths[i % 4] as Timetable['path'], milestones, extensions: [] };
  });
}

const meetings = Array.from(
  { length: 8 * 12 },
  (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10`,
);

/** Best of 5 passes over the batch, after two warm-up passes (so the 1,000 figure is not JIT noise). */
function measure(batch: readonly Timetable[], options: ValidateTimetableOptions): { ms: number; issues: number } {
  for (let warm = 0; warm < 2; warm++) for (const t of batch) validateTimetable(t, options);
  let best = Number.POSITIVE_INFINITY;
  let issues = 0;
  for (let rep = 0; rep < 5; rep++) {
    const start = performance.now();
    issues = 0;
    for (const t of batch) issues += validateTimetable(t, options).length;
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, issues };
}

export async function timetableBenchmarks(): Promise<{ vs010: number }> {
  console.log('\nvalidateTimetable (all checks: meetings, consultations, releases, working days)');
  const options = { panelMeetings: meetings, minConsultationWorkingDays: 10 };
  const prepared = prepareTimetableOptions(options);
  const rows: { n: number; perUs: number }[] = [];
  for (const n of [1_000, 10_000]) {
    const batch = generate(n);
    for (const [label, o] of [
      ['options', options],
      ['prepared options', prepared],
    ] as const) {
      const { ms, issues } = measure(batch, o);
      if (label === 'options') rows.push({ n, perUs: (ms * 1000) / n });
      console.log(
        `  ${n.toLocaleString('en-GB').padStart(6)} timetables, ${label.padEnd(16)}: ${ms.toFixed(1)} ms, ${((ms * 1000) / n).toFixed(1)} µs per timetable (${issues.toLocaleString('en-GB')} issues found)`,
      );
    }
  }
  console.log(
    `  cost per timetable at 10,000 vs 1,000: ${((rows[1]?.perUs ?? 0) / (rows[0]?.perUs ?? 1)).toFixed(2)}x (1.00x = linear)`,
  );

  // Beside 0.1.0, side by side in this process: the median of 9 alternating rounds over 10,000.
  const old = await baseline<{ validateTimetable: typeof validateTimetable }>('0.1.0', 'src/timetable/index.ts');
  if (typeof old === 'string') {
    console.log(`  vs 0.1.0: skipped (${old})`);
    return { vs010: Number.NaN };
  }
  const batch = generate(10_000);
  let ours = 0;
  let theirs = 0;
  const t = sideBySide(
    () => {
      ours = 0;
      for (const x of batch) ours += validateTimetable(x, options).length;
    },
    () => {
      theirs = 0;
      for (const x of batch) theirs += old.validateTimetable(x, options).length;
    },
  );
  const ratio = t.b / t.a;
  console.log(
    `  vs 0.1.0 (pinned build), 10,000 timetables, plain options: ${((t.a * 1000) / batch.length).toFixed(1)} µs vs ${((t.b * 1000) / batch.length).toFixed(1)} µs per timetable: ${ratio.toFixed(2)}x as fast (goal >= 1.4x; ${ours.toLocaleString('en-GB')} issues found vs 0.1.0's ${theirs.toLocaleString('en-GB')})`,
  );
  return { vs010: ratio };
}
