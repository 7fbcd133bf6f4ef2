import {
  initialState,
  lifecycleDiagram,
  replay,
  reportingStage,
  type InitialStateInput,
  parseEvents,
} from '../lifecycle/index.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { readJson } from './read-json.js';
import { EXIT } from './exit-codes.js';
import { plainText } from '../internal/escape/text.js';

export const diagramCommand: Command = {
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(['direction']), new Set());
    if (positionals.length > 0) throw new UsageError('usage: secmod diagram [--direction TB|LR]');
    const direction = options.get('direction') ?? 'TB';
    if (direction !== 'TB' && direction !== 'LR') throw new UsageError('--direction must be TB or LR');
    io.out(lifecycleDiagram({ direction }));
    return EXIT.done;
  },
};

export const replayCommand: Command = {
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(), new Set(['json']));
    if (positionals.length !== 1) throw new UsageError('usage: secmod replay <history.json> [--json]');
    const history = readJson(positionals[0] as string) as Partial<InitialStateInput> & {
      events?: unknown;
      note?: unknown;
    };
    if (typeof history !== 'object' || history === null || !Array.isArray(history.events)) {
      throw new UsageError(`${positionals[0]}: expected { "id", "path", "raisedOn", "events": [...] }`);
    }
    // A note is for the file's readers; any other key is the proposal's, and initialState refuses one it does not know.
    const { events, note: _note, ...init } = history;
    // Malformed events are a ParseError, every one listed with its path under `events` (exit 2).
    const parsed = parseEvents(events);
    const result = replay(initialState(init as InitialStateInput), parsed);
    if (options.has('json')) {
      io.out(
        JSON.stringify(
          result.ok
            ? { ok: true, state: result.state }
            : { ok: false, error: { code: result.error.code, message: result.error.message, path: result.error.path } },
          null,
          2,
        ),
      );
      return result.ok ? EXIT.done : EXIT.no;
    }
    if (!result.ok) {
      io.out(`refused: ${result.error.code}: ${plainText(result.error.message)}`);
      return EXIT.no;
    }
    const s = result.state;
    io.out(
      `${plainText(s.proposal.id)} (${s.proposal.path}, ${s.proposal.era} process): ${s.stage}${'step' in s ? ` / ${s.step}` : ''} since ${s.since}`,
    );
    io.out(`report category: ${reportingStage(s).label}`);
    if ('decision' in s)
      io.out(
        `decision: ${s.decision.outcome} on ${s.decision.decidedOn} by ${s.decision.decidedBy}${s.decision.subjectToEcNotification ? ', subject to EC notification' : ''}`,
      );
    return EXIT.done;
  },
};
