import 'fake-indexeddb/auto';
import { vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));
