// Process helpers for the benchmark: start a `next start` server and measure the resident memory of a
// process tree (next start serves from a child process, so its own RSS would miss the server).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { root } from "../scripts/lib/prepare.mjs";
import { freePort, waitForServer } from "../scripts/lib/server.mjs";

/**
 * Resident memory (MB) of a process and all its descendants.
 * @param {number} pid
 */
export function treeRssMB(pid) {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = /** @type {number} */ (stack.pop());
    try {
      const rss = readFileSync(`/proc/${current}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      if (rss) total += Number(rss[1]);
    } catch {}
    stack.push(...(children.get(current) ?? []));
  }
  return total / 1024;
}

/**
 * Samples a process tree's RSS every 250 ms until stopped; returns the peak (MB).
 * @param {number} pid
 */
export function rssSampler(pid) {
  let peak = treeRssMB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMB(pid))), 250);
  return { peak: () => peak, stop: () => (clearInterval(timer), peak) };
}

/** @typedef {{ child: import("node:child_process").ChildProcess, base: string, stop: () => void }} Server */

/**
 * `next start` in `cwd` (the project, or a copy of it; optionally another app folder `dir`) on a free port.
 * @param {string} cwd
 * @param {{ dir?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<Server>}
 */
export async function startServer(cwd, { dir, env = {} } = {}) {
  const port = await freePort();
  const next = path.join(root, "node_modules", ".bin", "next");
  const child = spawn(next, ["start", ...(dir ? [dir] : []), "-p", String(port)], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}/`, 60_000);
  } catch (error) {
    child.kill();
    throw new Error(`server in ${dir ?? cwd} did not start: ${error instanceof Error ? error.message : error}`);
  }
  return { child, base, stop: () => child.kill() };
}
