// Run the conformance scenario over the inputs written by tests/tests/embedding.rs and print
// the canonical JSON of every result (compared byte for byte with the Rust and Python hosts).
//
// Usage: node conformance.mjs <inputs.json>

import { readFileSync } from 'node:fs';
import { load } from './talkbot.mjs';
import { canon, result, stringify } from './canonical.mjs';

const inputs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// A fixed random, so signed requests are identical across hosts.
const bot = await load({ randomBytes: (n) => new Uint8Array(Number(n)).fill(42) });
const out = {};
for (const c of inputs.cases) {
  const body = Uint8Array.from(Buffer.from(c.body_hex, 'hex'));
  const options = {
    backends: [{ url: c.backend, secrets: [inputs.secret] }],
    maxBodyBytes: BigInt(inputs.max_body_bytes),
    strictBackend: false,
  };
  const entry = {
    'wrong-secret': result(() =>
      bot.webhook.verify(inputs.wrong_secret, c.random, c.signature, body)),
  };
  let received = null;
  try {
    received = bot.webhook.receive(options, c.headers, body);
    entry.receive = { ok: canon(received) };
  } catch (e) {
    if (e?.payload === undefined) throw e;
    entry.receive = { err: canon(e.payload) };
    entry.status = bot.webhook.webhookErrorStatus(e.payload);
    entry.explanation = bot.webhook.webhookErrorMessage(e.payload);
  }
  const message = received?.event?.message;
  if (message) {
    const token = received.event.conversation.token;
    entry.rendered = bot.render.renderMessage(message);
    const addressed = bot.render.address(message, {
      aliases: ['talkbot'],
      actorId: inputs.bot_actor_id,
    });
    entry.addressed = canon(addressed);
    const text = addressed.text || entry.rendered || '(empty)';
    entry.defanged = bot.render.defangMentions(`@all ${text}`);
    const referenceId = bot.botApi.referenceId(received.backend, token, String(message.id), 0);
    entry.reply = result(() =>
      bot.botApi.sendMessage(received.backend, inputs.secret, token, text, {
        referenceId,
        silent: false,
        maxLength: 200,
      }));
    entry.react = result(() =>
      bot.botApi.react(received.backend, inputs.secret, token, message.id, '👍'));
  }
  out[c.name] = entry;
}
process.stdout.write(stringify(out));
