import { describe, expect, it } from 'vitest';
import '../../src/vitest/setup.js';

describe('secmod/vitest/setup registers the matchers', () => {
  it('with one import', () => {
    expect({ proposal: 'MP1', path: 'self-governance', milestones: [], extensions: [] }).toBeValidTimetable();
  });
});
