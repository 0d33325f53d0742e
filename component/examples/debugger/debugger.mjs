// The signature debugger: every check and every signature comes from the talkbot component
// (./talkbot/, transpiled by jco); this file only moves text between the page and it.

import { instantiate } from './talkbot/talkbot.js';

const $ = (id) => document.getElementById(id);

/** Random bytes for signed requests: the pinned random when one was typed, else Web Crypto. */
let pinned = null;
function getRandomBytes(n) {
  const count = Number(n);
  if (pinned && pinned.length === count) return pinned;
  return crypto.getRandomValues(new Uint8Array(count));
}

const bot = await instantiate(
  (path) => WebAssembly.compileStreaming(fetch(new URL(`./talkbot/${path}`, import.meta.url))),
  { 'wasi:random/random': { getRandomBytes } },
);

const json = (value) =>
  JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? Number(v) : v), 2);

function parseHeaders(text) {
  const headers = [];
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return headers;
}

function show(element, ok, text) {
  element.hidden = false;
  element.className = `verdict ${ok ? 'ok' : 'bad'}`;
  element.textContent = text;
}

function checkWebhook() {
  const body = new TextEncoder().encode($('body').value);
  const headers = parseHeaders($('headers').value);
  const secret = $('secret').value;
  $('parsed').hidden = true;
  const backend =
    headers.find(([n]) => n.toLowerCase() === 'x-nextcloud-talk-backend')?.[1] ??
    $('nextcloud').value;
  const options = {
    backends: [{ url: backend, secrets: [secret] }],
    maxBodyBytes: bot.webhook.defaultMaxBodyBytes(),
    strictBackend: false,
  };
  let received;
  try {
    received = bot.webhook.receive(options, headers, body);
  } catch (e) {
    if (e?.payload === undefined) throw e;
    const status = bot.webhook.webhookErrorStatus(e.payload);
    let hint = '';
    if (e.payload.tag === 'signature-mismatch') {
      hint = ' Check the secret, and that the body is exactly what Talk sent: a parsed and ' +
        're-serialised body (key order, \\/ and \\u escapes) no longer matches its signature.';
    }
    show($('verdict'), false,
      `✗ Refused (${status}): ${bot.webhook.webhookErrorMessage(e.payload)}.${hint}`);
    return;
  }
  const event = received.event;
  show($('verdict'), true,
    `✓ Signature valid: a ${event.kind.tag} webhook from ${received.backend}, by ${event.actor.name}.`);
  $('rendered').textContent = event.message ? bot.render.renderMessage(event.message) : '(no message)';
  $('event').textContent = json(event);
  $('parsed').hidden = false;
  $('token').value = event.conversation.token;
  if (received.backend) $('nextcloud').value = received.backend.replace(/\/$/, '');
}

function hexToBytes(hex) {
  return Uint8Array.from(hex.match(/../g), (b) => parseInt(b, 16));
}

function buildReply() {
  const randomText = $('random').value.trim();
  $('reply-error').hidden = true;
  $('reply').hidden = true;
  if (randomText && !/^[0-9a-fA-F]{64}$/.test(randomText)) {
    show($('reply-error'), false, '✗ The random must be 64 hex digits (or empty).');
    return;
  }
  pinned = randomText ? hexToBytes(randomText) : null;
  const secret = $('secret').value;
  let requests;
  try {
    requests = bot.botApi.sendMessage($('nextcloud').value, secret, $('token').value,
      $('message').value, { silent: false });
  } catch (e) {
    if (e?.payload === undefined) throw e;
    show($('reply-error'), false, `✗ ${bot.botApi.apiErrorMessage(e.payload)}`);
    return;
  } finally {
    pinned = null;
  }
  const [request] = requests;
  const header = (name) => request.headers.find(([n]) => n === name)[1];
  const random = header('X-Nextcloud-Talk-Bot-Random');
  const signature = header('X-Nextcloud-Talk-Bot-Signature');
  const lines = [`${request.method.toUpperCase()} ${request.url}`, ...request.headers.map(([n, v]) => `${n}: ${v}`), '', request.body];
  if (requests.length > 1) lines.push('', `(+ ${requests.length - 1} more request(s): the message is split)`);
  $('request').textContent = lines.join('\n');
  $('request').dataset.signature = signature;
  const chunk = JSON.parse(request.body).message;
  const mistakes = [
    ['Signed the JSON body instead of the message', `X-Nextcloud-Talk-Bot-Signature: ${bot.botApi.sign(secret, random, request.body)}`,
      '401 (and a brute-force penalty)'],
    ['Signed only the random', `X-Nextcloud-Talk-Bot-Signature: ${bot.botApi.sign(secret, random, '')}`, '401'],
    ['Used the incoming header names', `X-Nextcloud-Talk-Random / X-Nextcloud-Talk-Signature: ${signature}`,
      '400: the -Bot- headers are missing'],
    ['Trimmed or re-encoded the message before signing', `X-Nextcloud-Talk-Bot-Signature: ${bot.botApi.sign(secret, random, chunk.trim() + ' ')}`,
      '401: Talk signs exactly the decoded "message" value'],
  ];
  const rows = $('mistakes');
  rows.replaceChildren(...mistakes.map(([what, sees, answer]) => {
    const tr = document.createElement('tr');
    for (const [i, text] of [what, sees, answer].entries()) {
      const td = document.createElement('td');
      if (i === 1) {
        const code = document.createElement('code');
        code.textContent = text;
        td.append(code);
      } else {
        td.textContent = text;
      }
      tr.append(td);
    }
    return tr;
  }));
  $('reply').hidden = false;
}

$('check').addEventListener('click', checkWebhook);
$('build').addEventListener('click', buildReply);
document.body.dataset.ready = 'true';
