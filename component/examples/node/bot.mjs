// A whole talkbot in Node on the component's engine: Talk webhooks in, signed replies out, the
// same decisions as the native `talkbot` and the Spin app (policy, chat commands, personas,
// the model request and answer, fallback, what each answer of Talk's means). This file is
// only Node's I/O: an HTTP server, fetch, timers, and in-memory state (a real deployment
// would keep `seen`, `settings` and `memory` in a database).
//
//   NEXTCLOUD_URL=https://cloud.example.com NEXTCLOUD_TALK_BOT_SECRET=... node bot.mjs
//
// Variables: TALKBOT_LISTEN (host:port, default 127.0.0.1:8080), TALKBOT_AGENT_NAME, TALKBOT_MODE
// (all|mention|off), TALKBOT_GREETING, TALKBOT_FAILURE_REPLY, TALKBOT_SYSTEM_PROMPT,
// TALKBOT_MAX_ANSWER_CHARS, and for a model TALKBOT_OPENAI_BASE_URL, TALKBOT_OPENAI_MODEL,
// TALKBOT_OPENAI_API_KEY (without a model the bot echoes).

import { createServer } from 'node:http';
import { load } from './talkbot.mjs';

const env = process.env;
const nextcloud = env.NEXTCLOUD_URL;
const secret = env.NEXTCLOUD_TALK_BOT_SECRET;
if (!nextcloud || !secret) {
  console.error('set NEXTCLOUD_URL and NEXTCLOUD_TALK_BOT_SECRET');
  process.exit(2);
}
const agent = env.TALKBOT_AGENT_NAME || 'talkbot';
const model = env.TALKBOT_OPENAI_MODEL
  ? {
      baseUrl: env.TALKBOT_OPENAI_BASE_URL || 'https://api.openai.com/v1',
      model: env.TALKBOT_OPENAI_MODEL,
      apiKey: env.TALKBOT_OPENAI_API_KEY || undefined,
    }
  : null;
const maxAnswerChars = env.TALKBOT_MAX_ANSWER_CHARS ? Number(env.TALKBOT_MAX_ANSWER_CHARS) : undefined;

const { webhook, engine, botApi } = await load();
/** What is not configured is the engine's default, as on every host. */
const defaults = engine.defaults();
const failureReply = env.TALKBOT_FAILURE_REPLY || defaults.failureReply;
/** A model's HTTP answer is read up to this many bytes. */
const MAX_MODEL_BODY = Number(defaults.maxModelAnswerBytes);
const backend = webhook.normalizeBackend(nextcloud);
const policy = {
  agentName: agent,
  bot: { aliases: [agent] },
  mode: env.TALKBOT_MODE || 'all',
  answerActivity: false,
  allowedRooms: [],
  allowedUsers: [],
  rooms: [],
  users: [],
  personas: [
    {
      name: 'default',
      systemPrompt: env.TALKBOT_SYSTEM_PROMPT || undefined,
      responders: [model ? 'openai' : 'echo'],
    },
  ],
  greeting: env.TALKBOT_GREETING || undefined,
  memoryTurns: defaults.memoryTurns,
};
const retry = engine.defaultRetryPolicy();
if (env.TALKBOT_INITIAL_BACKOFF_MS) retry.initialBackoffMs = BigInt(env.TALKBOT_INITIAL_BACKOFF_MS);

/** What this process remembers (a database in a real deployment). */
const seen = new Set();
const settings = new Map(); // token → room-settings
const memory = new Map(); // token → turns
/** Per conversation, the promise of its last job: jobs of one conversation run in order. */
const queues = new Map();

const now = () => BigInt(Date.now());
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Send one request; Talk's answer as the engine's `talk-answer`. */
async function send(request) {
  try {
    const response = await fetch(request.url, {
      method: request.method.toUpperCase(),
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
    });
    await response.arrayBuffer();
    const after = response.headers.get('retry-after');
    return { tag: 'status', val: [response.status, after ? [['retry-after', after]] : []] };
  } catch (e) {
    return { tag: 'unreachable', val: String(e.cause?.message ?? e.message) };
  }
}

/**
 * The engine's 401 breaker and budget of this Nextcloud (a database row in a real deployment):
 * a room that refuses twice waits for a webhook from it, at most a few 401s in 30 minutes, a
 * 429 after 401s pauses everything. `breakerStep` feeds it one event and keeps the next state.
 */
let breaker = {
  refusing: [], held: false, probing: false, everAccepted: false,
  unauthorizedAt: [], doubted: [], disabled: [],
};
function breakerStep(event) {
  const [next, verdict] = engine.breakerStep(breaker, event, now());
  breaker = next;
  return verdict;
}
/** token → wakes the job of that conversation that waits for a sign of life. */
const waiting = new Map();
/** Requests sent and not yet answered: each could still be a 401 (the budget holds with them). */
let inFlight = 0;

/** Deliver one request; retries and 413 re-splits as the engine says. True when delivered. */
async function deliver(token, request, maxLength, job) {
  for (;;) {
    const expired = engine.expired(job, retry, now());
    if (expired !== undefined) {
      console.error(`giving up: ${expired}`);
      return false;
    }
    const clearance = breakerStep({ tag: 'ask', val: [token, inFlight] }).val;
    if (clearance.tag === 'wait-until') {
      await sleep(Number(clearance.val - now()));
      continue;
    }
    if (clearance.tag === 'hold') {
      console.error(`waiting: ${clearance.val}`);
      await new Promise((wake) => {
        waiting.set(token, wake);
        setTimeout(wake, 600_000);
      });
      continue;
    }
    inFlight += 1;
    const answer = await send(request);
    if (breakerStep({ tag: 'answered', val: answer }).val) {
      console.error(`${breaker.pausedBecause}`);
    }
    const outcome = engine.classify(answer, maxLength, job, retry, now());
    // In flight until its 401 (if it is one) is told to the breaker.
    const refusal = outcome.tag === 'unauthorized'
      ? breakerStep({ tag: 'refused', val: [token, 3] }).val
      : undefined;
    inFlight -= 1;
    switch (outcome.tag) {
      case 'delivered':
        breakerStep({ tag: 'accepted', val: token });
        return true;
      case 'split-again': {
        for (const part of botApi.splitAgain(backend, secret, token, request, outcome.val)) {
          if (!(await deliver(token, part, outcome.val, job))) return false;
        }
        return true;
      }
      case 'unauthorized': {
        if (refusal.tag === 'room-disabled') {
          console.error(`giving up: conversation ${token} answered 401 twice: the bot is not enabled there`);
          return false;
        }
      }
      // falls through
      case 'retry':
        console.error(`will retry: ${outcome.val.reason}`);
        job.attempts += 1;
        await sleep(Number(outcome.val.at - now()));
        break;
      case 'rejected':
        console.error(`giving up: ${outcome.val}`);
        return false;
    }
  }
}

async function post(token, post, receivedAt) {
  const requests = botApi.sendMessage(backend, secret, token, post.text, {
    replyTo: post.replyTo,
    referenceId: post.referenceId,
    silent: false,
  });
  const job = { attempts: 0, receivedAt };
  for (const request of requests) {
    if (!(await deliver(token, request, botApi.defaultMaxLength(), job))) return;
  }
}

/** A response body of at most `limit` bytes; undefined (and the rest unread) past it. */
async function readCapped(response, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    // Leaving the loop cancels the stream.
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The responder: the model through the engine's request and answer, or an echo. */
async function respond(token, plan) {
  if (!model) return plan.text;
  const history = memory.get(token) ?? [];
  const request = engine.modelRequest(model, plan, history);
  let response;
  try {
    // The prompt goes to the configured server only: no redirects.
    response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
    });
  } catch (e) {
    throw { kind: 'connection', reason: `${request.url} cannot be reached: ${e.message}` };
  }
  const body = await readCapped(response, MAX_MODEL_BODY);
  if (body === undefined) {
    throw { kind: 'refused', reason: `${request.url} answered more than ${MAX_MODEL_BODY} bytes` };
  }
  let text;
  try {
    text = engine.modelAnswer(request.url, response.status, body);
  } catch (e) {
    if (e?.payload === undefined) throw e;
    throw e.payload;
  }
  return text;
}

/** Remember what the engine says to of an answer: the question and the answer as posted. */
function remember(token, plan, posted) {
  if (!model || plan.memoryTurns === 0) return;
  const turns = [...(memory.get(token) ?? []), ...engine.remember(plan, posted, agent)];
  memory.set(token, turns.slice(-plan.memoryTurns));
}

async function work(received, key, receivedAt) {
  const event = received.event;
  const token = event.conversation.token;
  const decision = engine.decide(policy, settings.get(token) ?? {}, backend, event, key);
  switch (decision.tag) {
    case 'ignore':
      return;
    case 'leave':
      breakerStep({ tag: 'left', val: token });
      settings.delete(token);
      memory.delete(token);
      return;
    case 'greet':
      return post(token, decision.val, receivedAt);
    case 'command': {
      const change = decision.val.change;
      if (change?.tag === 'set') settings.set(token, change.val);
      if (change?.tag === 'forget') memory.delete(token);
      return post(token, decision.val.reply, receivedAt);
    }
    case 'answer': {
      const plan = decision.val;
      let text;
      for (let attempts = 0; ; attempts++) {
        try {
          text = engine.finishAnswer(await respond(token, plan), maxAnswerChars, model !== null);
          if (text !== undefined) remember(token, plan, text);
          break;
        } catch (failure) {
          if (failure?.kind === undefined) throw failure;
          const next = engine.fallbackAfter(
            [[plan.responders[0], failure]], attempts, defaults.answerAttempts, failureReply, retry, now());
          if (next.tag === 'retry-at') {
            await sleep(Number(next.val - now()));
            continue;
          }
          console.error(next.tag === 'notify' ? next.val[1] : next.val);
          text = next.tag === 'notify' ? next.val[0] : undefined;
          break;
        }
      }
      if (text === undefined) return;
      return post(token, { text, referenceId: plan.referenceId, replyTo: plan.replyTo }, receivedAt);
    }
  }
}

function answer(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

const receiveOptions = {
  backends: [{ url: nextcloud, secrets: [secret] }],
  maxBodyBytes: webhook.defaultMaxBodyBytes(),
  strictBackend: false,
};

const server = createServer(async (req, res) => {
  if (req.method !== 'POST') return answer(res, 405, 'Talk webhooks are POST requests');
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > Number(receiveOptions.maxBodyBytes)) {
      return answer(res, 413, `the body is larger than ${receiveOptions.maxBodyBytes} bytes`);
    }
    chunks.push(chunk);
  }
  const body = new Uint8Array(Buffer.concat(chunks));
  const headers = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.push([req.rawHeaders[i], req.rawHeaders[i + 1]]);
  }
  let received;
  try {
    received = webhook.receive(receiveOptions, headers, body);
  } catch (e) {
    if (e?.payload === undefined) throw e;
    return answer(res, webhook.webhookErrorStatus(e.payload), webhook.webhookErrorMessage(e.payload));
  }
  const signature = req.headers['x-nextcloud-talk-signature'] ?? '';
  const admission = engine.admit(
    received, signature, { answerActivity: false, maxAgeMs: 3_600_000n }, now());
  if (admission.tag === 'ignore') return answer(res, 200, 'ignored');
  if (admission.tag === 'stale') return answer(res, 400, admission.val);
  const ticket = admission.val;
  if (seen.has(ticket.dedupKey)) return answer(res, 200, 'duplicate: already handled');
  seen.add(ticket.dedupKey);
  // Talk sends webhooks only to bots enabled in the room: a job that waited on its 401s goes.
  if (!ticket.overtakes && breakerStep({ tag: 'room-alive', val: ticket.token }).val) {
    waiting.get(ticket.token)?.();
  }
  // Talk waits 5 s at most: acknowledge, then work.
  answer(res, 200, 'accepted');
  const receivedAt = now();
  const previous = queues.get(ticket.token) ?? Promise.resolve();
  const next = previous
    .then(() => work(received, ticket.dedupKey, receivedAt))
    .catch((e) => console.error(`job failed: ${e?.stack ?? e}`));
  queues.set(ticket.token, next);
});

const [host, port] = (env.TALKBOT_LISTEN || '127.0.0.1:8080').split(/:(?=\d+$)/);
server.listen(Number(port), host, () => {
  const address = server.address();
  console.log(`talkbot (node) listening on http://${address.address}:${address.port}/`);
});
