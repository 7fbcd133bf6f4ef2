import { describe, expect, it } from 'vitest';
import '../../src/vitest/setup.js';

describe('secmod/vitest/setup registers the matchers', () => {
  it('with one import', () => {
    // An empty timetable lacks the path's required milestones: invalid under the SEC defaults.
    expect({ proposal: 'MP1', path: 'self-governance', milestones: [], extensions: [] }).not.toBeValidTimetable();
  });
});
