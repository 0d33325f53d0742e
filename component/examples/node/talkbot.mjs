// Load the talkbot protocol component (transpiled by jco into ./dist by `npm run build`).
//
// The component's only import is `wasi:random/random@0.2.0` (get-random-bytes), used for the
// random of signed bot-API requests; pass `randomBytes` to replace the default (Web Crypto).

import { readFile } from 'node:fs/promises';
import { instantiate } from './dist/talkbot.js';

/** Instantiate the component; resolves to `{ webhook, render, botApi }`. */
export async function load({ randomBytes } = {}) {
  const getRandomBytes =
    randomBytes ?? ((n) => crypto.getRandomValues(new Uint8Array(Number(n))));
  return instantiate(
    async (path) => WebAssembly.compile(await readFile(new URL(`./dist/${path}`, import.meta.url))),
    { 'wasi:random/random': { getRandomBytes } },
  );
}
