import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

export interface RunningServer {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `node server/main.ts` as `npm start` does (after the build) and waits for its banner. */
export async function startServerProcess(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const check = () => {
      const match = /Charla is running at (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** Sends SIGTERM and resolves with the exit code. */
export function stopServerProcess(running: RunningServer): Promise<number | null> {
  return new Promise((resolve) => {
    // A process that already died (the failure a test is reporting) must not hang the teardown.
    if (running.child.exitCode !== null || running.child.signalCode !== null) return resolve(running.child.exitCode);
    running.child.on('exit', (code) => resolve(code));
    running.child.kill('SIGTERM');
  });
}

const run = promisify(execFile);

/** Runs the `charla` CLI against the database `env` names; resolves with its trimmed stdout. */
export async function runCli(env: Record<string, string>, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['bin/charla.js', ...args], { env: { ...process.env, ...env } });
  return stdout.trim();
}
