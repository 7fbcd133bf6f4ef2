import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/register/index.js';
import { renderStatusReport, statusReport } from '../../src/report/index.js';

const register = parseRegister(readFileSync(new URL('../../examples/register-2017-10.json', import.meta.url), 'utf8'));
/** The October 2017 report, read back from JSON: no longer the object statusReport returned. */
const readBack = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(statusReport(register, { asOf: '2017-10-06' }))) as Record<string, unknown>;

/** Every path to a string, number or boolean of a value. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
}

function withJunk(path: readonly (string | number)[], junk: unknown): Record<string, unknown> {
  const report = readBack();
  let node = report as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = junk;
  return report;
}

describe('renderStatusReport of a report read back from JSON', () => {
  it('renders a report that has kept its shape', () => {
    expect(renderStatusReport(readBack() as never, { format: 'text' })).toContain('Total open');
  });

  it('refuses a field replaced by an object with a coded error at its path, never "[object Object]"', () => {
    const report = withJunk(['extensionRequests', 0, 'reason'], { junk: true });
    expect(() => renderStatusReport(report as never, { format: 'markdown' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['report', 'extensionRequests', 0, 'reason'] }),
    );
    const title = withJunk(['releases', 'scopes', 0, 'label'], { junk: true });
    expect(() => renderStatusReport(title as never, { format: 'text' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['report', 'releases', 'scopes', 0, 'label'] }),
    );
  });

  it('never prints junk put in place of any field: it is refused or left out', () => {
    for (const path of leaves(readBack())) {
      for (const junk of [{ junk: true }, ['a', 'b']]) {
        for (const format of ['markdown', 'text', 'html'] as const) {
          let out = '';
          try {
            out = renderStatusReport(withJunk(path, junk) as never, { format, mermaid: true });
          } catch (error) {
            expect(['invalid-argument', 'invalid-date']).toContain((error as { code?: unknown }).code);
          }
          expect(out, path.join('.')).not.toContain('[object Object]');
          expect(out, path.join('.')).not.toContain('a,b');
        }
      }
    }
  });
});
