// A Redis server for the shared-cache test (tests/e2e/shared-cache.spec.ts): Debian's redis-server,
// installed with apt-get when it is missing and we run as root (as scripts/test.mjs does for Chromium),
// started on a free loopback port with nothing written to disk, and stopped by its own process id.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { freePort } from "./server.mjs";

const REDIS_SERVER = "/usr/bin/redis-server";

/** The path of redis-server, installing Debian's package first when we can; throws how to get one otherwise. */
function ensureRedisServer() {
  if (existsSync(REDIS_SERVER)) return REDIS_SERVER;
  if (process.platform === "linux" && process.getuid?.() === 0) {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "ignore", env });
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "redis-server"], { stdio: "ignore", env });
    if (existsSync(REDIS_SERVER)) return REDIS_SERVER;
  }
  throw new Error(`No ${REDIS_SERVER}. The shared-cache test needs one: sudo apt-get install -y --no-install-recommends redis-server`);
}

/**
 * One command to a Redis server, in its inline form; resolves with the raw reply.
 * @param {number} port
 * @param {string} command
 * @returns {Promise<string>}
 */
export function redisCommand(port, command) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let reply = "";
    socket.setTimeout(5000, () => socket.destroy(new Error(`redis ${command}: no answer`)));
    socket.on("error", reject);
    socket.on("data", (chunk) => {
      reply += chunk;
      if (reply.endsWith("\r\n")) {
        socket.end();
        resolve(reply.trim());
      }
    });
    socket.write(`${command}\r\n`);
  });
}

/**
 * redis-server on a free loopback port, in memory only (no snapshot, no append-only file).
 * @returns {Promise<{ port: number, url: string, stop: () => void }>}
 */
export async function startRedis() {
  const server = ensureRedisServer();
  const port = await freePort();
  const child = spawn(server, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"], { stdio: "ignore" });
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await redisCommand(port, "PING")) === "+PONG") break;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) {
        stop();
        throw new Error(`redis-server did not start on port ${port}: ${error instanceof Error ? error.message : error}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { port, url: `redis://127.0.0.1:${port}`, stop };
}
