// The engine's 401 breaker and budget (`engine.breaker-step`) for one Nextcloud: a Durable
// Object of its own (named `breaker|<nextcloud>`), so every conversation's object shares one
// count of 401s, as Talk's brute-force protection counts them. The rules are the engine's;
// this object keeps the state and applies one event at a time (a Durable Object runs one call
// at a time between awaits, and this one never awaits between read and write).
//
// As on Spin, a Nextcloud stopped for a wrong secret starts again when the secret changes
// (the state keeps a fingerprint of the `bot_secret` variable), but its 401s still count.

import { DurableObject } from 'cloudflare:workers';
import { component, now } from './engine.js';

/** A fingerprint of the signing secret (SHA-256, hex), to notice that it changed. */
async function fingerprint(secret) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const EMPTY = {
  refusing: [], held: false, probing: false, everAccepted: false,
  unauthorizedAt: new BigUint64Array(), doubted: [], disabled: [],
};

export class Breaker extends DurableObject {
  /** Feed `event` to the breaker; its verdict. */
  async step(event, secret) {
    const { engine } = await component();
    const print = await fingerprint(secret);
    let state = (await this.ctx.storage.get('state')) ?? EMPTY;
    const stored = await this.ctx.storage.get('secret');
    if (stored !== undefined && stored !== print) {
      // A new secret: what proved the old one wrong says nothing about it.
      state = { ...state, held: false, probing: false, refusing: [] };
    }
    const [next, verdict] = engine.breakerStep(state, event, now());
    await this.ctx.storage.put({ state: next, secret: print });
    return verdict;
  }
}
