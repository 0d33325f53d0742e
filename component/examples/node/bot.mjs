// A whole talkbot in Node: the component's job machine (`nextcloud:talk-bot/job`) makes every
// decision — what a webhook means, chat commands, personas, the model request and answer,
// fallback, status reactions, delivery with retries and 413 re-splits, the 401 breaker — and
// this file only performs what it asks: an HTTP server, fetch, timers, and state in memory (a
// real deployment would keep jobs, settings, memory and the breaker in a database).
//
//   NEXTCLOUD_URL=https://cloud.example.com NEXTCLOUD_TALK_BOT_SECRET=... node bot.mjs
//
// Variables: NEXTCLOUD_TALK_BOT_SECRET_PREVIOUS (during a rotation), TALKBOT_LISTEN (host:port,
// default 127.0.0.1:8080), TALKBOT_AGENT_NAME, TALKBOT_MODE
// (all|mention|off), TALKBOT_GREETING, TALKBOT_FAILURE_REPLY, TALKBOT_SYSTEM_PROMPT,
// TALKBOT_MAX_ANSWER_CHARS, TALKBOT_STATUS_REACTION_MS (👀 on slow answers; unset: none),
// TALKBOT_SCHEDULES (the `schedules` variable's JSON: messages posted on their own),
// TALKBOT_TOOL_SERVERS and TALKBOT_TOOLS (the `tool_servers` and `tools` variables: MCP tools
// the model may call), and
// for a model TALKBOT_OPENAI_BASE_URL, TALKBOT_OPENAI_MODEL, TALKBOT_OPENAI_API_KEY (without a
// model the bot echoes).

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

const { webhook, engine, job } = await load();
const defaults = engine.defaults();
/** A model's HTTP answer is read up to this many bytes (then `too-large`). */
const MAX_MODEL_BODY = Number(defaults.maxModelAnswerBytes);
const maxBodyBytes = webhook.defaultMaxBodyBytes();
const retry = engine.defaultRetryPolicy();
if (env.TALKBOT_INITIAL_BACKOFF_MS) retry.initialBackoffMs = BigInt(env.TALKBOT_INITIAL_BACKOFF_MS);

let bot;
try {
  bot = job.Bot.create({
    policy: {
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
          tools: (env.TALKBOT_TOOLS || '').split(/[\s,]+/).filter(Boolean),
        },
      ],
      greeting: env.TALKBOT_GREETING || undefined,
      memoryTurns: defaults.memoryTurns,
    },
    // During a rotation, the previous secret is still accepted on webhooks.
    backends: [{ url: nextcloud, secrets: [secret, env.NEXTCLOUD_TALK_BOT_SECRET_PREVIOUS].filter(Boolean) }],
    strictBackend: false,
    maxBodyBytes,
    ingress: { answerActivity: false, maxAgeMs: 3_600_000n },
    retry,
    failureReply: env.TALKBOT_FAILURE_REPLY || undefined,
    maxAnswerChars: env.TALKBOT_MAX_ANSWER_CHARS ? Number(env.TALKBOT_MAX_ANSWER_CHARS) : undefined,
    statusReactionAfterMs: env.TALKBOT_STATUS_REACTION_MS
      ? BigInt(env.TALKBOT_STATUS_REACTION_MS)
      : undefined,
    models: model ? [['openai', model]] : [],
    schedules: schedulesOf(env.TALKBOT_SCHEDULES),
    toolServers: toolServersOf(env.TALKBOT_TOOL_SERVERS),
    maxToolRounds: undefined,
  });
} catch (e) {
  console.error(`configuration: ${e?.payload ?? e}`);
  process.exit(2);
}

const now = () => BigInt(Date.now());

/** TALKBOT_SCHEDULES: the `schedules` variable's JSON (README), as the engine's records. */
function schedulesOf(text) {
  if (!text) return [];
  return JSON.parse(text).map((s) => ({
    name: s.name,
    backendIndex: s.nextcloud ?? 0,
    room: s.room,
    cron: s.cron,
    timezone: s.timezone ?? 'UTC',
    post: s.prompt !== undefined ? { tag: 'prompt', val: s.prompt } : { tag: 'text', val: s.text },
    graceMs: BigInt((s.grace_minutes ?? 60) * 60_000),
  }));
}

/** TALKBOT_TOOL_SERVERS: the `tool_servers` variable's JSON (README), as the engine's records. */
function toolServersOf(text) {
  if (!text) return [];
  const ms = (seconds) => (seconds === undefined ? undefined : BigInt(seconds * 1000));
  return JSON.parse(text).map((s) => ({
    name: s.name,
    transport: { tag: 'http', val: s.url },
    headers: Object.entries(s.headers ?? {}),
    timeoutMs: ms(s.timeout_seconds),
    expose: s.tools,
    approval: s.approval ?? [],
    idempotent: s.idempotent ?? [],
    listTtlMs: ms(s.cache_seconds),
  }));
}

// ---- what a database would hold ---------------------------------------------------------

/** Dedup keys of webhooks already queued. */
const seen = new Set();
/** `backend|token` → room settings; → remembered turns (with their threads, as the engine names them). */
const settings = new Map();
const memory = new Map();
/** Backend index → its 401 breaker (the engine's state, stored as it is). */
const breakers = new Map();
/** token → jobs waiting their turn ({ job: bytes }), the first one running. */
const queues = new Map();
/** token → wakes that conversation's sleeping job early (a webhook from a held room). */
const wakers = new Map();
/** Requests to Talk sent and not yet answered: each could still be a 401. */
let inFlight = 0;

const roomKey = (backend, token) => `${backend}|${token}`;

// ---- I/O the machine asks for -------------------------------------------------------------

/** Send a bot-API request; Talk's answer as `talk-answer`. */
async function talk(request) {
  inFlight += 1;
  try {
    const response = await fetch(request.url, {
      method: request.method.toUpperCase(),
      headers: request.headers,
      body: request.method === 'get' ? undefined : request.body,
      redirect: 'manual',
    });
    await response.arrayBuffer();
    const after = response.headers.get('retry-after');
    return { tag: 'status', val: [response.status, after ? [['retry-after', after]] : []] };
  } catch (e) {
    return { tag: 'unreachable', val: String(e.cause?.message ?? e.message) };
  } finally {
    inFlight -= 1;
  }
}

/** Feed one event to a backend's breaker, keep its new state, return the verdict. */
function breakerStep(backend, event) {
  const state = breakers.get(backend) ?? {
    refusing: [], held: false, probing: false, everAccepted: false,
    unauthorizedAt: [], doubted: [], disabled: [],
  };
  if (event.tag === 'ask') event = { tag: 'ask', val: [event.val[0], event.val[1] + inFlight] };
  const [next, verdict] = engine.breakerStep(state, event, now());
  breakers.set(backend, next);
  return verdict;
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

/** Send a tool server's MCP message: its whole answer, capped, within the call's timeout. */
async function callTool(call) {
  const answer = await exchange(call.request, Number(call.timeoutMs), Number(call.maxBytes));
  if (answer.failure) return { tag: 'tool-unreachable', val: answer.failure };
  const { status, headers, body } = answer;
  return { tag: 'tool-answered', val: { status, headers, body } };
}

/**
 * POST `request` (never following a redirect); its status, headers and body read up to `cap`
 * bytes within `timeoutMs`, or `{ failure }`: the machine's `transport-failure`.
 */
async function exchange(request, timeoutMs, cap) {
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await readCapped(response, cap);
    if (body === undefined) return { failure: { tag: 'too-large' } };
    return { status: response.status, headers: [...response.headers], body };
  } catch (e) {
    return {
      failure: e?.name === 'TimeoutError'
        ? { tag: 'timeout' }
        : { tag: 'connection', val: String(e.cause?.message ?? e.message) },
    };
  }
}

/** Ask the model; send 👀 if it is still working at the machine's time. */
async function askModel(call) {
  let reaction;
  let timer;
  if (call.reaction) {
    const delay = Math.max(0, Number(call.reaction.at - now()));
    timer = setTimeout(() => { reaction = talk(call.reaction.request); }, delay);
  }
  // The prompt goes to the configured server only (`exchange` follows no redirect).
  const answer = await exchange(call.request, 120_000, MAX_MODEL_BODY);
  const result = answer.failure
    ? { tag: 'model-unreachable', val: [answer.failure] }
    : { tag: 'model-answered', val: [answer.status, answer.body] };
  clearTimeout(timer);
  result.val.push(reaction ? await reaction : undefined);
  return result;
}

/** Sleep until `at`, or until the conversation's waker fires. */
function sleepUntil(token, at) {
  return new Promise((wake) => {
    const timer = setTimeout(wake, Math.max(0, Number(at - now())));
    wakers.set(token, () => { clearTimeout(timer); wake(); });
  }).finally(() => wakers.delete(token));
}

/** Perform one action; the input for the next step, or null when the job is done. */
async function perform(token, action) {
  switch (action.tag) {
    case 'load-settings': {
      const { mode, persona, schedules, approvals } = settings.get(roomKey(...action.val)) ?? {};
      return { tag: 'settings', val: { mode, persona, schedules, approvals } };
    }
    case 'load-memory':
      return { tag: 'memory', val: memory.get(roomKey(action.val.backendIndex, action.val.token)) ?? [] };
    case 'store-settings': {
      const [backend, room, roomSettings] = action.val;
      settings.set(roomKey(backend, room), { backend, room, ...roomSettings });
      // A schedule made or removed from the chat: look again.
      look();
      return { tag: 'stored' };
    }
    case 'erase': {
      // This host keeps no finished jobs: the memory is all there is to erase.
      const { key, questions } = action.val;
      const room = roomKey(key.backendIndex, key.token);
      if (questions === undefined) memory.delete(room);
      else memory.set(room, (memory.get(room) ?? []).filter((t) => !questions.includes(t.messageId)));
      return { tag: 'stored' };
    }
    case 'remember': {
      const [key, turns, keep] = action.val;
      const room = roomKey(key.backendIndex, key.token);
      memory.set(room, [...(memory.get(room) ?? []), ...turns].slice(-keep));
      return { tag: 'stored' };
    }
    case 'forget': {
      const room = roomKey(...action.val);
      settings.delete(room);
      memory.delete(room);
      return { tag: 'stored' };
    }
    case 'ask-model':
      return askModel(action.val);
    case 'run-responder':
      // This host runs no responders of its own: only the model and the echo.
      return {
        tag: 'responder-failed',
        val: [{ kind: 'failed', reason: `no responder named ${action.val.responder}` }, undefined],
      };
    case 'ask-breaker':
      return { tag: 'breaker', val: breakerStep(...action.val) };
    case 'send':
      return { tag: 'talk-answered', val: await talk(action.val) };
    case 'call-tool':
      return callTool(action.val);
    case 'sleep-until':
      console.error(`waiting ${action.val.at - now()} ms: ${action.val.why}`);
      await sleepUntil(token, action.val.at);
      return { tag: 'run' };
    case 'done': {
      const outcome = action.val;
      if (outcome.val !== undefined && outcome.tag !== 'ignored') {
        console.error(`${outcome.tag}: ${outcome.val}`);
      }
      return null;
    }
  }
  throw new Error(`unknown action ${action.tag}`);
}

/** Run a job to its end, stepping the machine with what each action came to. */
async function run(token, entry) {
  let input = { tag: 'run' };
  while (input) {
    const step = bot.step(entry.job, input, now());
    entry.job = step.job;
    if (step.log !== undefined) console.error(step.log);
    input = await perform(token, step.action);
  }
}

/** Work off a conversation's queue in order. */
async function drain(token) {
  const queue = queues.get(token);
  while (queue.length > 0) {
    try {
      await run(token, queue[0]);
    } catch (e) {
      console.error(`job failed: ${e?.payload?.val ?? e?.stack ?? e}`);
    }
    queue.shift();
  }
  queues.delete(token);
}

function enqueue(queued) {
  const entry = { job: queued.job };
  const queue = queues.get(queued.token);
  if (!queue) {
    queues.set(queued.token, [entry]);
    drain(queued.token);
  } else if (queued.overtakes) {
    // A Leave: the jobs waiting behind the running one are dropped; it runs next.
    queue.splice(1, queue.length - 1, entry);
  } else {
    queue.push(entry);
  }
}

// ---- the webhook endpoint -------------------------------------------------------------------

function answer(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'POST') return answer(res, 405, 'Talk webhooks are POST requests');
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > Number(maxBodyBytes)) {
      return answer(res, 413, `the body is larger than ${maxBodyBytes} bytes`);
    }
    chunks.push(chunk);
  }
  const headers = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    headers.push([req.rawHeaders[i], req.rawHeaders[i + 1]]);
  }
  let admitted;
  try {
    admitted = bot.ingest(headers, new Uint8Array(Buffer.concat(chunks)), now());
  } catch (e) {
    if (e?.payload === undefined) throw e;
    return answer(res, webhook.webhookErrorStatus(e.payload), webhook.webhookErrorMessage(e.payload));
  }
  if (admitted.tag === 'ignore') return answer(res, 200, 'ignored');
  if (admitted.tag === 'stale') return answer(res, 400, admitted.val);
  const queued = admitted.val;
  if (seen.has(queued.dedupKey)) return answer(res, 200, 'duplicate: already handled');
  seen.add(queued.dedupKey);
  // Talk sends webhooks only to bots enabled in the room: a job held on its 401s goes.
  if (!queued.overtakes && breakerStep(queued.backendIndex, { tag: 'room-alive', val: queued.token }).val) {
    wakers.get(queued.token)?.();
  }
  // Talk waits 5 s at most: acknowledge, then work.
  answer(res, 200, 'accepted');
  enqueue(queued);
});

// ---- scheduled messages ---------------------------------------------------------------------

/** The schedules' last look (a database would keep it across restarts). */
let lastLook;
let lookTimer;

/** Every conversation's schedules made from the chat. */
function roomSchedules() {
  return [...settings.values()]
    .filter((s) => s.schedules !== undefined)
    .map((s) => ({ backendIndex: s.backend, token: s.room, schedules: s.schedules }));
}

/** Queue the occurrences due since the last look, then wait for the next one. */
function look() {
  clearTimeout(lookTimer);
  const t = now();
  const rooms = roomSchedules();
  const due = bot.due(lastLook, t, rooms);
  for (const line of due.missed) console.error(line);
  for (const queued of due.jobs) {
    if (seen.has(queued.dedupKey)) continue;
    seen.add(queued.dedupKey);
    enqueue(queued);
  }
  lastLook = t;
  const next = bot.nextDue(t, rooms);
  if (next !== undefined) {
    lookTimer = setTimeout(look, Math.min(60_000, Math.max(0, Number(next - now()))));
  }
}
look();

const [host, port] = (env.TALKBOT_LISTEN || '127.0.0.1:8080').split(/:(?=\d+$)/);
server.listen(Number(port), host, () => {
  const address = server.address();
  console.log(`talkbot (node) listening on http://${address.address}:${address.port}/`);
});
