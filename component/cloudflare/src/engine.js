// The talkbot engine in this isolate: the component (transpiled by jco into ../dist; Workers
// may not compile WebAssembly at run time, so its core modules are imported as modules) and
// the bot the Worker's variables configure. Every rule of the bot is the engine's: this file
// only hands it the variables.

import { instantiate } from '../dist/talkbot.js';
import core from '../dist/talkbot.core.wasm';
import core2 from '../dist/talkbot.core2.wasm';
import core3 from '../dist/talkbot.core3.wasm';

const modules = {
  'talkbot.core.wasm': core,
  'talkbot.core2.wasm': core2,
  'talkbot.core3.wasm': core3,
};

/** The component's only import: randomness for the random of signed requests. */
const imports = {
  'wasi:random/random': {
    getRandomBytes: (n) => crypto.getRandomValues(new Uint8Array(Number(n))),
  },
};

let loading;
/** The component's exports, instantiated once per isolate. */
export function component() {
  loading ??= instantiate((name) => modules[name], imports);
  return loading;
}

/** The configured bot per `env` (one per isolate: variables change only with a deployment). */
const configured = new WeakMap();

/**
 * The bot the variables configure, and what the Worker itself needs of them; `{ error }`
 * saying which variable is wrong (webhooks then answer 503 with it).
 */
export async function configure(env) {
  const known = configured.get(env);
  if (known) return known;
  const { job } = await component();
  const given = [];
  for (const name of job.variableNames()) {
    const value = env[name];
    if (typeof value === 'string' && value.trim() !== '') given.push([name, value]);
  }
  let result;
  try {
    const bot = job.Bot.fromVariables(given, []);
    // `nextclouds[i]`: backend i's URL as the engine normalised it, which names its objects.
    result = { bot, nextclouds: bot.backends(), secret: env.bot_secret };
  } catch (e) {
    if (e?.payload === undefined) throw e;
    result = { error: String(e.payload) };
  }
  configured.set(env, result);
  return result;
}

/** Milliseconds since the Unix epoch, as the engine takes time. */
export const now = () => BigInt(Date.now());
