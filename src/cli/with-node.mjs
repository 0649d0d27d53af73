// `node src/cli/with-node.mjs <command> [args…]`: run a command with a Node.js this project can run
// on. Plain JavaScript any Node parses, because it is what an old Node runs first.
//
// The scripts run .ts files directly and use import.meta.main: Node >= 22.18. When the machine's
// Node is older, a current one is installed once from the npm registry into .tools/node
// (git-ignored, CK57_NODE_DIR elsewhere), with one line saying so, and the command runs with it
// first on the PATH, so every `node` and `npm` below it uses it too. When the dependencies are not
// installed yet, or older than package-lock.json, `npm ci` installs them first, with that Node.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const MINIMUM = [22, 18];
const PROVISIONED = 'node@24';

function isCurrent(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function versionOf(node) {
  const result = spawnSync(node, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The bin folder of a current Node: the project's own, installed now if missing. */
function provisionedBin() {
  const dir = resolve(process.env.CK57_NODE_DIR ?? '.tools/node');
  const bin = join(dir, 'node_modules', '.bin');
  const node = join(bin, 'node');
  const found = existsSync(node) ? versionOf(node) : null;
  if (found && isCurrent(found)) {
    console.log(`Node ${process.versions.node} is older than ${MINIMUM.join('.')}; using Node ${found.slice(1)} from ${dir}.`);
    return bin;
  }
  console.log(
    `Node ${process.versions.node} is older than ${MINIMUM.join('.')}; installing ${PROVISIONED} from the npm registry into ${dir} (once).`,
  );
  const install = spawnSync('npm', ['install', '--prefix', dir, PROVISIONED, '--no-audit', '--no-fund', '--loglevel=error'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const installed = install.status === 0 && existsSync(node) ? versionOf(node) : null;
  return installed && isCurrent(installed) ? bin : null;
}

/** npm records what it installed in node_modules/.package-lock.json; missing or older means install. */
function dependenciesInstalled() {
  const installed = 'node_modules/.package-lock.json';
  return existsSync(installed) && statSync(installed).mtimeMs >= statSync('package-lock.json').mtimeMs;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node src/cli/with-node.mjs <command> [args…]');
  process.exit(2);
}
let env = process.env;
if (!isCurrent(process.versions.node)) {
  const bin = provisionedBin();
  if (bin === null) {
    console.error(
      `Công khai 57 needs Node.js >= ${MINIMUM.join('.')} (this is ${process.versions.node}) and could not install one from the npm registry: install Node 24 (nvm install, see .nvmrc) and run the command again.`,
    );
    process.exit(1);
  }
  env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
}
if (!dependenciesInstalled()) {
  console.log('Installing the dependencies exactly as locked (npm ci)…');
  const status = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], env);
  if (status !== 0) process.exit(status);
}
process.exit(run(command, args, env));
