import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Each test starts from an empty document (Testing Library cleans up by itself only with Vitest's globals on).
afterEach(() => cleanup());
