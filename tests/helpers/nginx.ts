import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where Debian's nginx package puts the server (.ci/run installs it). */
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p)) ?? 'nginx';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Tries the address until nginx answers; gives up with nginx's own error log if it stops first. */
async function answering(url: string, server: ChildProcess, errors: () => string): Promise<void> {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`nginx stopped (${server.exitCode}):\n${errors()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setImmediate(resolve)); // Not listening yet: ask again.
    }
  }
}

/**
 * Debian's nginx serving `root` on a free local port with the site's generated rules included, as a
 * trust's server block would. Its own files (pid, logs, temp) live in a temporary folder; `close` stops it.
 */
export async function startNginx(
  root: string,
  rules: string,
  options: { port?: number } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const work = mkdtempSync(join(tmpdir(), 'ltw-nginx-'));
  // A port of its own, or the one given: a server started again on the same port is the same origin.
  const port = options.port ?? (await freePort());
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${join(work, name)};`)
    .join('\n');
  const conf = join(work, 'nginx.conf');
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root root;\n' : ''}worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${rules};
  }
}
`,
  );
  let log = '';
  const server = spawn(NGINX, ['-e', join(work, 'error.log'), '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await answering(url, server, () => log);
  return {
    url,
    close: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
