import { createContext } from 'react';
import type { AgentConnection } from './connection.ts';

/** The tab's realtime connection; `null` until it is opened. */
export const RealtimeContext = createContext<AgentConnection | null>(null);
