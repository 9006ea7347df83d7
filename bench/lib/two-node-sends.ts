import { io } from 'socket.io-client';
import { startServerProcess, stopServerProcess } from '../../test/server-process.ts';
import { runConcurrently } from './raw-ingest.ts';
import { formatTable, percentile } from './stats.ts';

export interface SendsOptions {
  /** Environment of both app processes (database, Redis, limits). */
  env: Record<string, string>;
  senders: number;
  perSender: number;
  /** A bearer token for the agent socket that times deliveries (on the second process). */
  agentToken: string;
  /** Sends `body` from `sender` to the process at `nodeUrl`; answers the HTTP response. */
  send: (nodeUrl: string, sender: number, body: string) => Promise<Response>;
}

/**
 * Two app processes; `senders` loops post messages (half to each process) while an agent socket on the second
 * process times each from send to delivery. Three rounds: warm-up, saturated, then paced at half the saturated
 * rate. Bodies are `<round>-<sender>-<k>`; delivered bodies are matched after stripping a `<p>` wrapper.
 */
export async function measureTwoNodeSends({ env, senders, perSender, agentToken, send }: SendsOptions) {
  const nodes = [await startServerProcess(env), await startServerProcess(env)];
  try {
    const socket = io(`${nodes[1]?.url}/agents`, { auth: { token: agentToken }, transports: ['websocket'] });
    await new Promise((resolve) => socket.once('ready', resolve));
    const sentAt = new Map<string, number>();
    const latencies = new Map<string, number[]>();
    let onDelivered: () => void = () => {};
    socket.on('event', (event: { topic?: string; data?: { part?: { body?: string } } }) => {
      if (event.topic !== 'conversation.part.created') return;
      const body = (event.data?.part?.body ?? '').replace(/^<p>|<\/p>$/g, '');
      const at = sentAt.get(body);
      if (at === undefined) return;
      const round = body.split('-')[0] ?? '';
      latencies.set(round, [...(latencies.get(round) ?? []), performance.now() - at]);
      onDelivered();
    });
    const post = async (round: string, sender: number, k: number) => {
      const body = `${round}-${sender}-${k}`;
      sentAt.set(body, performance.now());
      const response = await send(nodes[sender % 2]?.url ?? '', sender, body);
      if (response.status !== 200) throw new Error(`send failed: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    };
    /** Sends `count` messages from every sender, each sender waiting about `gapMs` between sends. */
    const round = async (name: string, count: number, gapMs = 0) => {
      const expected = senders * count;
      const everyDelivery = new Promise<void>((resolve) => {
        onDelivered = () => {
          if ((latencies.get(name)?.length ?? 0) >= expected) resolve();
        };
      });
      const elapsed = await runConcurrently(senders, count, async (sender, k) => {
        if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs * (0.5 + Math.random())));
        await post(name, sender, k);
      });
      await Promise.race([everyDelivery, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      return { elapsed, latencies: latencies.get(name) ?? [], delivered: latencies.get(name)?.length ?? 0 };
    };
    await round('warmup', 3);
    const saturated = await round('measure', perSender);
    const rate = (senders * perSender) / (saturated.elapsed / 1000);
    const paced = await round('paced', 10, (senders / (rate / 2)) * 1000);
    socket.close();
    return { saturated, paced, pacedRate: (senders * 10) / (paced.elapsed / 1000) };
  } finally {
    for (const node of nodes) if (node) await stopServerProcess(node);
  }
}

type Measured = Awaited<ReturnType<typeof measureTwoNodeSends>>;

/** Prints the raw baseline beside the two-process runs, and the throughput ratio. */
export function printSendsReport(
  title: string,
  labels: { charla: string; paced: string; ratio: string },
  raw: { elapsed: number; latencies: number[] },
  measured: Measured,
  counts: { senders: number; perSender: number },
): void {
  const total = counts.senders * counts.perSender;
  const rawRate = total / (raw.elapsed / 1000);
  const charlaRate = total / (measured.saturated.elapsed / 1000);
  const p = (samples: number[], q: number) => percentile(samples, q);
  const { saturated, paced } = measured;
  console.log(`\n${title}\n`);
  console.log(
    formatTable(
      ['run', 'messages/s', 'p50 ms', 'p99 ms', 'what the latency measures'],
      [
        ['raw node-postgres INSERT+UPDATE', rawRate, p(raw.latencies, 0.5), p(raw.latencies, 0.99), 'commit'],
        [
          labels.charla,
          charlaRate,
          p(saturated.latencies, 0.5),
          p(saturated.latencies, 0.99),
          `send → delivery, saturated (${saturated.delivered}/${total} delivered)`,
        ],
        [
          labels.paced,
          measured.pacedRate,
          p(paced.latencies, 0.5),
          p(paced.latencies, 0.99),
          `send → delivery (${paced.delivered}/${counts.senders * 10} delivered)`,
        ],
      ],
    ),
  );
  console.log(`\nratio (${labels.ratio} / raw messages per second): ${(charlaRate / rawRate).toFixed(2)}`);
}
