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

test('a job runs through the machine: a Join greets, the host only performs actions', () => {
  const secret = manifest.secret;
  const agent = 'talkbot';
  const machine = bot.job.Bot.create({
    policy: {
      agentName: agent, bot: { aliases: [agent] }, mode: 'all', answerActivity: false,
      allowedRooms: [], allowedUsers: [], rooms: [], users: [],
      personas: [{ name: 'default', responders: ['echo'], tools: [] }],
      greeting: 'Hello from the machine', memoryTurns: 0,
    },
    backends: [{ url: 'https://cloud.example.com', secrets: [secret] }],
    strictBackend: false,
    ingress: { answerActivity: false },
    retry: bot.engine.defaultRetryPolicy(),
    models: [],
    schedules: [],
    toolServers: [],
  });
  const body = new TextEncoder().encode(JSON.stringify({
    type: 'Join',
    actor: { type: 'Application', id: 'bots/bot-1', name: agent },
    object: { type: 'Collection', id: 'abcd1234', name: 'Room' },
  }));
  const random = 'r'.repeat(64);
  const admitted = machine.ingest([
    ['X-Nextcloud-Talk-Random', random],
    ['X-Nextcloud-Talk-Signature', hmac(secret, random, body)],
  ], body, 1n);
  assert.equal(admitted.tag, 'queue');
  let job = admitted.val.job;
  const step = (input) => {
    const next = machine.step(job, input, 2n);
    job = next.job;
    return next.action;
  };
  assert.deepEqual(step({ tag: 'run' }), { tag: 'load-settings', val: [0, 'abcd1234'] });
  const ask = step({ tag: 'settings', val: {} });
  assert.equal(ask.tag, 'ask-breaker');
  const send = step({ tag: 'breaker', val: { tag: 'clearance', val: { tag: 'send' } } });
  assert.equal(send.tag, 'send');
  assert.equal(JSON.parse(send.val.body).message, 'Hello from the machine');
  const header = (name) => send.val.headers.find(([k]) => k.toLowerCase() === name)[1];
  assert.equal(header('x-nextcloud-talk-bot-signature'),
    hmac(secret, header('x-nextcloud-talk-bot-random'), 'Hello from the machine'));
  let action = step({ tag: 'talk-answered', val: { tag: 'status', val: [201, []] } });
  while (action.tag === 'ask-breaker') action = step({ tag: 'breaker', val: { tag: 'nothing' } });
  assert.deepEqual(action, { tag: 'done', val: { tag: 'delivered' } });
  // A done job takes nothing more, and says why.
  assert.throws(() => step({ tag: 'run' }), (e) => e.payload.tag === 'unexpected');
});
