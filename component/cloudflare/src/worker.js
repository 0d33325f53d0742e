// talkbot on Cloudflare Workers. The Worker verifies each Talk webhook with the engine
// (`bot.ingest`) and hands the job to the Durable Object of its conversation, which commits it
// before the Worker answers 200: Talk waits 5 s and never retries, so the answer comes as soon
// as the job is durable, and the work happens in the object's alarm (conversation.js). Every
// rule of the bot is the engine's; configuration is the Worker's vars and secrets (the same
// names as the Spin app's variables: README, "On the edge").

import { component, configure, now } from './engine.js';
import { readCapped } from './io.js';

export { Conversation } from './conversation.js';
export { Breaker } from './breaker.js';
export { Schedules } from './schedules.js';

/** The webhook's path (the URL given to `occ talk:bot:install`). */
const WEBHOOK_PATH = '/nextcloud-talk-webhook';

function answer(status, text) {
  return new Response(`${text}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** Make sure the schedules' alarm is set, when there are schedules. */
function schedules(configured, env, ctx) {
  // Schedules made from the chat set the alarm themselves (Schedules.register).
  if (configured.bot.nextDue(now(), []) === undefined) return;
  ctx.waitUntil(env.SCHEDULES.getByName('schedules').ensure());
}

async function webhook(request, env, ctx) {
  const configured = await configure(env);
  if (configured.error) {
    console.error(configured.error);
    return answer(503, configured.error);
  }
  const { webhook: codec } = await component();
  const limit = Number(codec.defaultMaxBodyBytes());
  const declared = Number(request.headers.get('content-length'));
  const body = declared > limit ? undefined : await readCapped(request.body, limit);
  if (body === undefined) return answer(413, `the body is larger than ${limit} bytes`);
  const headers = [...request.headers];
  let admitted;
  try {
    admitted = configured.bot.ingest(headers, body, now());
  } catch (e) {
    if (e?.payload === undefined) throw e;
    return answer(codec.webhookErrorStatus(e.payload), codec.webhookErrorMessage(e.payload));
  }
  if (admitted.tag === 'ignore') return answer(200, `ignored: ${admitted.val}`);
  if (admitted.tag === 'stale') return answer(400, admitted.val);
  const queued = admitted.val;
  const nextcloud = configured.nextclouds[queued.backendIndex];
  const conversation = env.CONVERSATIONS.getByName(`${nextcloud}|${queued.token}`);
  const stored = await conversation.enqueue(queued);
  schedules(configured, env, ctx);
  return answer(200, stored === 'duplicate' ? 'duplicate: already handled' : 'accepted');
}

export default {
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    if (pathname !== WEBHOOK_PATH) return answer(404, `no route ${pathname}`);
    if (request.method !== 'POST') return answer(405, 'Talk webhooks are POST requests');
    try {
      return await webhook(request, env, ctx);
    } catch (e) {
      // Not stored: Talk shows the sender that the bot did not take the message.
      console.error(`webhook: ${e?.stack ?? e}`);
      return answer(503, `the webhook could not be stored: ${e?.message ?? e}`);
    }
  },

  /** Cloudflare's cron trigger (wrangler.jsonc): the schedules' alarm is set after a deployment
   * even before the first webhook. */
  async scheduled(controller, env, ctx) {
    const configured = await configure(env);
    if (!configured.error) schedules(configured, env, ctx);
  },
};
