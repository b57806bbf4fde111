// Runs shell commands at the same time and fails if any of them fails: `npm test` runs the quick checks
// beside the browser suite, whose Chromium leaves about a third of two cores idle while it waits on pages.
// The last command's output is shown as it comes; each other command's is shown whole when it ends, so
// nothing interleaves.
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('Usage: node tests/tools/run-together.mjs "<command>" "<command>" ...');
  process.exit(2);
}

/** @returns {Promise<{ command: string, code: number }>} */
function run(command, streamed) {
  return new Promise((done) => {
    const child = spawn(command, { shell: true, stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      if (!streamed) {
        process.stdout.write(`\n── ${command} ──\n`);
        process.stdout.write(Buffer.concat(output));
      }
      done({ command, code: code ?? (signal ? 1 : 0) });
    });
  });
}

const results = await Promise.all(commands.map((command, i) => run(command, i === commands.length - 1)));
const failed = results.filter((r) => r.code !== 0);
for (const { command, code } of failed) console.error(`\nFailed (exit ${code}): ${command}`);
process.exit(failed.length ? 1 : 0);
