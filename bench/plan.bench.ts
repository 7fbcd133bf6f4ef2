/**
 * planTimetable beside validateTimetable alone, on the same 10,000 requests: planning one timetable
 * should cost no more than a few validations. The validations judge each plan by its own options, as a
 * caller who drew the timetable by hand and checked it would.
 */
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../dist/meetings/index.js';
import {
  MODIFICATION_PATHS,
  planTimetable,
  validateTimetable,
  type Plan,
  type PlanRequest,
  type ValidateTimetableOptions,
} from '../dist/index.js';
import { baseline, sideBySide } from './baseline.js';

const options: ValidateTimetableOptions = {
  panelMeetings: SEC_PANEL,
  changeBoardMeetings: SEC_CHANGE_BOARD,
  minConsultationWorkingDays: 15,
  paperDeadlineWorkingDays: 5,
};
const NEEDS = ['none', 'preliminary', 'impact', 'both'] as const;

function requests(n: number): PlanRequest[] {
  return Array.from({ length: n }, (_, i) => {
    const path = MODIFICATION_PATHS[i % MODIFICATION_PATHS.length] as PlanRequest['path'];
    const day = new Date(Date.UTC(2019, 0, 1) + (i % 2500) * 86_400_000).toISOString().slice(0, 10);
    return {
      proposal: `MP${i}`,
      path,
      raisedOn: day,
      ...(path === 'fast-track' ? {} : { dccAssessments: NEEDS[i % 4], workingGroupMeetings: 1 + (i % 4) }),
      ...(i % 5 === 0 ? { ecNotification: true } : {}),
    };
  });
}

function best(run: () => void): number {
  run();
  run();
  let ms = Number.POSITIVE_INFINITY;
  for (let rep = 0; rep < 5; rep++) {
    const start = performance.now();
    run();
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
}

export async function planBenchmarks(): Promise<{ ratio: number; vsBefore: number }> {
  console.log('\nplanTimetable vs validateTimetable, the same 10,000 requests');
  const batch = requests(10_000);
  // The planners are timed before any plan is kept: V8 pretenures the objects of an allocation site whose
  // objects survive, so keeping 10,000 plans of one planner first would move that planner's later garbage to
  // the old generation (three to four times slower, for either planner) and time the collector, not the planner.
  const old = await baseline<{ planTimetable: typeof planTimetable }>('before-rules', 'src/index.ts');
  let vsBefore = Number.NaN;
  if (typeof old === 'string') console.log(`  vs the planner before one rule set: skipped (${old})`);
  else {
    // Beside the planner before the rules became one list (a pinned build), side by side in this process.
    const t = sideBySide(
      () => {
        for (const r of batch) planTimetable(r, options);
      },
      () => {
        for (const r of batch) old.planTimetable(r, options);
      },
      7,
    );
    vsBefore = t.b / t.a;
    console.log(
      `  vs the planner before one rule set (pinned build 385afff): ${((t.a * 1000) / batch.length).toFixed(1)} µs vs ${((t.b * 1000) / batch.length).toFixed(1)} µs per request: ${vsBefore.toFixed(2)}x as fast (goal >= 1.0x; this planner also plans the Development Stage, the Authority's decision time, the standstill's adoption date and the Working Day of every date)`,
    );
  }
  const planMs = best(() => {
    for (const r of batch) planTimetable(r, options);
  });
  const plans: Plan[] = batch.map((r) => planTimetable(r, options));
  let issues = 0;
  const validateMs = best(() => {
    issues = 0;
    for (const p of plans) issues += validateTimetable(p.timetable, p.options).length;
  });
  const ratio = planMs / validateMs;
  console.log(
    `  planTimetable:     ${planMs.toFixed(0)} ms, ${((planMs * 1000) / batch.length).toFixed(1)} µs per request`,
  );
  console.log(
    `  validateTimetable: ${validateMs.toFixed(0)} ms, ${((validateMs * 1000) / batch.length).toFixed(1)} µs per plan (${issues} issues: every plan valid)`,
  );
  console.log(`  planning costs ${ratio.toFixed(1)} validations`);
  return { ratio, vsBefore };
}
