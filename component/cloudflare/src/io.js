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
  let result;
  try {
    // The prompt goes to the configured server only: no redirects.
    const response = await fetch(call.request.url, {
      method: 'POST',
      headers: call.request.headers,
      body: call.request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(MODEL_TIMEOUT_MS),
    });
    const body = await readCapped(response.body, maxBytes);
    result = body === undefined
      ? { tag: 'model-unreachable', val: [{ tag: 'too-large' }] }
      : { tag: 'model-answered', val: [response.status, body] };
  } catch (e) {
    result = e?.name === 'TimeoutError'
      ? { tag: 'model-unreachable', val: [{ tag: 'timeout' }] }
      : { tag: 'model-unreachable', val: [{ tag: 'connection', val: reason(e) }] };
  }
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
  try {
    const response = await fetch(call.request.url, {
      method: 'POST',
      headers: call.request.headers,
      body: call.request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(Number(call.timeoutMs)),
    });
    const body = await readCapped(response.body, Number(call.maxBytes));
    if (body === undefined) return { tag: 'tool-unreachable', val: { tag: 'too-large' } };
    return {
      tag: 'tool-answered',
      val: { status: response.status, headers: [...response.headers], body },
    };
  } catch (e) {
    return e?.name === 'TimeoutError'
      ? { tag: 'tool-unreachable', val: { tag: 'timeout' } }
      : { tag: 'tool-unreachable', val: { tag: 'connection', val: reason(e) } };
  }
}
