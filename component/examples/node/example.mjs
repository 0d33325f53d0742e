// Verify and parse a Talk webhook, render it, and build the signed reply — all through the
// talkbot component, with no protocol code in JavaScript.
//
// Usage: node example.mjs [webhook-body.json random signature secret]
// Without arguments it uses the first webhook of talkbot's conformance corpus.

import { readFileSync } from 'node:fs';
import { load } from './talkbot.mjs';

const corpus = new URL('../../../tests/corpus/', import.meta.url);
let [bodyPath, random, signature, secret] = process.argv.slice(2);
if (!bodyPath) {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', corpus), 'utf8'));
  const first = manifest.cases[0];
  bodyPath = new URL(first.file, corpus);
  ({ random, signature } = first);
  secret = manifest.secret;
}
const body = readFileSync(bodyPath);
const bot = await load();

// 1. Verify exactly the bytes Talk sent (never a re-serialised body).
try {
  bot.webhook.verify(secret, random, signature, body);
} catch (e) {
  console.error(`rejected (${bot.webhook.webhookErrorStatus(e.payload)}): ${bot.webhook.webhookErrorMessage(e.payload)}`);
  process.exit(1);
}
// 2. Parse and render.
const event = bot.webhook.parse(body);
console.log(`${event.kind.tag} by ${event.actor.name} in "${event.conversation.name}"`);
if (event.message) {
  const text = bot.render.renderMessage(event.message);
  console.log(`text: ${text}`);
  // 3. The signed reply: headers and body ready for fetch().
  const [request] = bot.botApi.sendMessage(
    'https://cloud.example.com', secret, event.conversation.token, `You said: ${text}`,
    { replyTo: event.message.id, silent: false },
  );
  console.log(`${request.method.toUpperCase()} ${request.url}`);
  for (const [name, value] of request.headers) console.log(`${name}: ${value}`);
  console.log(request.body);
}
