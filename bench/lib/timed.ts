import { runShared } from './handoffs.ts';
import { countStatements } from './statement-counter.ts';
import { percentile } from './stats.ts';

/** A timed run: operations per second, per-call latency, and statements sent per operation. */
export interface Timed {
  rate: number;
  p50: number;
  p95: number;
  statements: number;
}

const statementCount = countStatements();

/** Runs `work` over `items` with `clients` loops, timing each call and counting the statements sent. */
export async function timed<T>(items: readonly T[], clients: number, work: (item: T) => Promise<void>): Promise<Timed> {
  const before = statementCount();
  const { elapsed, latencies } = await runShared(items, clients, work);
  return {
    rate: items.length / (elapsed / 1000),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    statements: (statementCount() - before) / items.length,
  };
}

/** One table row: Charla beside the raw baseline, with the throughput ratio and the p95 multiple. */
export function comparisonRow(label: string, ours: Timed, raw: Timed): (string | number)[] {
  return [
    label,
    ours.rate.toFixed(1),
    raw.rate.toFixed(1),
    (ours.rate / raw.rate).toFixed(2),
    ours.p50,
    ours.p95,
    raw.p50,
    raw.p95,
    `${(ours.p95 / raw.p95).toFixed(1)}x`,
    `${ours.statements.toFixed(1)} / ${raw.statements.toFixed(1)}`,
  ];
}

export const COMPARISON_HEADER = [
  'run',
  'Charla/s',
  'raw/s',
  'ratio',
  'p50 ms',
  'p95 ms',
  'raw p50',
  'raw p95',
  'p95 ×',
  'statements (Charla / raw)',
];
