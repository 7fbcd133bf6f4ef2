/**
 * Registers secmod's matchers with vitest: `import 'secmod/vitest/setup'` once (in a test file or in
 * vitest's `setupFiles`).
 *
 * @module vitest/setup
 */
import { expect } from 'vitest';
import { matchers } from './index.js';

expect.extend(matchers);

export { matchers };
