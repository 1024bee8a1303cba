// node-run.mjs — runs a WASI command module under Node's built-in WASI
// (node:wasi, preview1): the independent reference the tests compare with.
//   node node-run.mjs [--dir GUEST=HOST]... [--env NAME=VALUE]... module.wasm ARGS...
// The guest's argv[0] is the module's base name. A trap prints
// "wasm trap: MESSAGE" (Node's message text) and exits 134, as w2o programs do.
import { WASI } from 'node:wasi';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const argv = process.argv.slice(2);
const preopens = {};
const env = {};
let i = 0;
for (; i < argv.length; i++) {
  if (argv[i] === '--dir') {
    const [guest, ...host] = argv[++i].split('=');
    preopens[guest] = host.join('=');
  } else if (argv[i] === '--env') {
    const [name, ...value] = argv[++i].split('=');
    env[name] = value.join('=');
  } else {
    break;
  }
}
const file = argv[i];
const args = [basename(file, '.wasm'), ...argv.slice(i + 1)];
const wasi = new WASI({ version: 'preview1', args, env, preopens, returnOnExit: true });
try {
  const { instance } = await WebAssembly.instantiate(readFileSync(file), wasi.getImportObject());
  process.exitCode = wasi.start(instance);
} catch (e) {
  if (!(e instanceof WebAssembly.RuntimeError)) throw e;
  process.stderr.write(`wasm trap: ${e.message}\n`);
  process.exitCode = 134;
}
