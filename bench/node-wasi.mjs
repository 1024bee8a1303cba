// node-wasi.mjs — runs a WASI command module (preview1) under Node's V8:
//   node --no-warnings bench/node-wasi.mjs module.wasm [ARGS...]
// The module's stdout/stderr are the process's; the exit status is the
// guest's (proc_exit code or main's return value).
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import { argv, env, exit } from 'node:process';

if (argv.length < 3) {
  console.error('usage: node --no-warnings bench/node-wasi.mjs module.wasm [ARGS...]');
  exit(2);
}
const wasi = new WASI({ version: 'preview1', args: argv.slice(2), env: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(argv[2]));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
exit(wasi.start(instance));
