// `npm test`: the component in Node (jco), checked against Node's own HMAC — run after
// `npm run build` (the pretest script does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { load } from '../talkbot.mjs';

const corpus = new URL('../../../../tests/corpus/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', corpus), 'utf8'));
const bot = await load();
const hmac = (secret, ...parts) => {
  const mac = createHmac('sha256', secret);
  for (const p of parts) mac.update(p);
  return mac.digest('hex');
};

test('every corpus webhook verifies and parses', () => {
  for (const c of manifest.cases) {
    const body = readFileSync(new URL(c.file, corpus));
    bot.webhook.verify(manifest.secret, c.random, c.signature, body);
    const event = bot.webhook.parse(body);
    assert.ok(event.kind.tag, c.name);
  }
});

test('a forged signature is refused with 401 and a reason', () => {
  const c = manifest.cases[0];
  const body = readFileSync(new URL(c.file, corpus));
  const forged = hmac('not-the-secret-0123456789abcdef0123456789', c.random, body);
  assert.throws(
    () => bot.webhook.verify(manifest.secret, c.random, forged, body),
    (e) => bot.webhook.webhookErrorStatus(e.payload) === 401
      && bot.webhook.webhookErrorMessage(e.payload).length > 0,
  );
});

test('replies are signed over random + message, never the body', () => {
  const secret = manifest.secret;
  const [request] = bot.botApi.sendMessage('https://cloud.example.com', secret, 'abcd1234', 'Hello 🌍', {
    replyTo: 42n, silent: true,
  });
  const header = (name) => request.headers.find(([k]) => k.toLowerCase() === name)[1];
  const random = header('x-nextcloud-talk-bot-random');
  assert.equal(header('x-nextcloud-talk-bot-signature'), hmac(secret, random, 'Hello 🌍'));
  assert.equal(JSON.parse(request.body).message, 'Hello 🌍');
  assert.equal(request.url, 'https://cloud.example.com/ocs/v2.php/apps/spreed/api/v1/bot/abcd1234/message');
});

test('long answers are split within the limit', () => {
  const chunks = bot.botApi.splitMessage('word '.repeat(100), 64);
  assert.ok(chunks.length > 1);
  for (const chunk of chunks) assert.ok([...chunk].length <= 64);
});
