// The Worker's HTTP: requests to Talk's bot API and to the model server, made as the job
// machine asks, and what came of them in the machine's terms.

/** A request to Talk gets no answer after this long (the machine then counts a re-send). */
const TALK_TIMEOUT_MS = 30_000;
/** A model gets this long to answer (an alarm may run 15 minutes). */
const MODEL_TIMEOUT_MS = 120_000;

/** Why a fetch failed, in a line. */
const reason = (e) => String(e?.cause?.message ?? e?.message ?? e);

/** Send a bot-API request; Talk's answer as the machine's `talk-answer`. */
export async function talk(request) {
  try {
    const response = await fetch(request.url, {
      method: request.method.toUpperCase(),
      headers: request.headers,
      body: request.method === 'get' ? undefined : request.body,
      // A redirect is Talk's answer (the machine says what it means), never followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(TALK_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    const after = response.headers.get('retry-after');
    return { tag: 'status', val: [response.status, after ? [['retry-after', after]] : []] };
  } catch (e) {
    return { tag: 'unreachable', val: reason(e) };
  }
}

/** A body of at most `limit` bytes; undefined (and the rest unread) past it. */
export async function readCapped(stream, limit) {
  const reader = stream?.getReader();
  if (!reader) return new Uint8Array();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}

/**
 * Ask the model (`ask-model`); send the 👀 reaction when it is due while the model works.
 * The machine's input: `model-answered` or `model-unreachable`, with Talk's answer to 👀.
 */
export async function askModel(call, maxBytes, now) {
  let reaction;
  let timer;
  if (call.reaction) {
    const delay = Math.max(0, Number(call.reaction.at - now()));
    if (delay === 0) reaction = talk(call.reaction.request);
    else timer = setTimeout(() => { reaction = talk(call.reaction.request); }, delay);
  }
  // The prompt goes to the configured server only (`exchange` follows no redirect).
  const answer = await exchange(call.request, MODEL_TIMEOUT_MS, maxBytes);
  const result = answer.failure
    ? { tag: 'model-unreachable', val: [answer.failure] }
    : { tag: 'model-answered', val: [answer.status, answer.body] };
  clearTimeout(timer);
  result.val.push(reaction ? await reaction : undefined);
  return result;
}

/**
 * Send a tool server's MCP message (`call-tool`): its whole answer (JSON or an event stream)
 * up to the call's byte cap and within its timeout. The machine's input: `tool-answered` or
 * `tool-unreachable`.
 */
export async function callTool(call) {
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
    const body = await readCapped(response.body, cap);
    if (body === undefined) return { failure: { tag: 'too-large' } };
    return { status: response.status, headers: [...response.headers], body };
  } catch (e) {
    return {
      failure: e?.name === 'TimeoutError'
        ? { tag: 'timeout' }
        : { tag: 'connection', val: reason(e) },
    };
  }
}
