/**
 * A register read from JSON text that passes whole takes a shorter way (its compiled schemas, no walk):
 * it must answer exactly as the full way does, for a register it accepts and for every one it refuses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegister, RegisterError } from '../../src/register/index.js';

const example = (file: string) => readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');

/** What parseRegister answers: the register, or the error's code, issues, total and counts. */
function answer(input: unknown): unknown {
  try {
    return { register: parseRegister(input) };
  } catch (e) {
    if (!(e instanceof RegisterError)) throw e;
    return { code: e.code, path: e.path, issues: e.issues, total: e.total, counts: e.counts, message: e.message };
  }
}

const record = {
  id: 'MP084',
  path: 'authority-determination',
  raisedOn: '2019-09-10',
  history: [{ type: 'authority-decision', date: '2019-10-01', outcome: 'approve' }],
};

describe('parseRegister from JSON text', () => {
  it.each(['register-2017-10.json', 'register-2020-09.json'])(
    '%s: the register read from text is the register read from its value, keys in the same order',
    (file) => {
      const text = example(file);
      const fromText = parseRegister(text);
      const fromValue = parseRegister(JSON.parse(text));
      expect(fromText).toEqual(fromValue);
      expect(JSON.stringify(fromText)).toBe(JSON.stringify(fromValue));
    },
  );

  it('keeps a register record with its keys out of the schema order in the schema order', () => {
    const text = JSON.stringify({ proposals: [{ title: 'A title', id: 'MP084', path: 'self-governance' }] });
    expect(Object.keys(parseRegister(text).proposals[0] ?? {})).toEqual(['id', 'title', 'path']);
  });

  it.each([
    ['a forbidden key', `{"proposals": [{"id": "MP084", "__proto__": {"polluted": true}}]}`],
    ['a constructor key', `{"proposals": [{"id": "MP084", "constructor": 1}]}`],
    ['an escaped forbidden key', `{"proposals": [{"id": "MP084", "\\u005f_proto__": 1}]}`],
    ['nesting deeper than any field', `{"proposals": [${'['.repeat(80)}${']'.repeat(80)}]}`],
    ['an unknown key', `{"proposals": [{"id": "MP084", "titel": "x"}]}`],
    ['a duplicate id', `{"proposals": [{"id": "MP084"}, {"id": "MP084"}]}`],
    ['a refused history', JSON.stringify({ proposals: [record] })],
    ['a schema error and a refused history', JSON.stringify({ proposals: [record, { id: 'not-an-id' }] })],
    ['a header error', `{"name": 7, "proposals": []}`],
    ['no proposals', `{}`],
    ['not an object', `[]`],
    [
      'a timetable given as a Timetable of another proposal',
      JSON.stringify({
        proposals: [{ id: 'MP084', timetable: { proposal: 'MP085', milestones: [], extensions: [] } }],
      }),
    ],
  ])('%s: refused from text exactly as from its value', (_, text) => {
    const fromText = answer(text);
    expect(fromText).not.toHaveProperty('register');
    expect(fromText).toEqual(answer(JSON.parse(text)));
  });

  it('a Timetable put in a record as it is is read into the record from text as from its value', () => {
    const text = JSON.stringify({
      proposals: [
        {
          id: 'MP084',
          timetable: {
            proposal: 'MP084',
            path: 'self-governance',
            milestones: [{ kind: 'refinement', approved: '2019-10' }],
            extensions: [],
            dccAssessments: [{ kind: 'preliminary', requestedOn: '2019-10-01', originalDueOn: '2019-11-01' }],
          },
        },
      ],
    });
    const fromText = parseRegister(text);
    expect(fromText).toEqual(parseRegister(JSON.parse(text)));
    expect(fromText.proposals[0]?.path).toBe('self-governance');
    expect(fromText.proposals[0]?.dccAssessments).toHaveLength(1);
  });
});
