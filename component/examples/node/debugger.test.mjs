// Browser test of the signature debugger: Debian's Chromium driven by playwright-core, against
// the page as `talkbot debugger` serves it. Fills the form with a corpus webhook, checks the
// verdict and the parsed event, then builds a reply with a fixed random and checks its
// signature (and the wrong one of the "signed the JSON body" mistake) against node:crypto.
//
// Usage: TALKBOT_BIN=<talkbot binary> node debugger.test.mjs
// (tests/tests/embedding.rs runs it with the binary cargo built.)

import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const corpus = here('../../../tests/corpus/');
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'));
const fixture = manifest.cases[0];
const body = readFileSync(join(corpus, fixture.file), 'utf8');
const hmac = (secret, data) => createHmac('sha256', secret).update(data).digest('hex');

function check(condition, what) {
  if (!condition) throw new Error(`FAILED: ${what}`);
  console.log(`ok - ${what}`);
}

// Start `talkbot debugger` on an ephemeral port and read the URL it prints.
const server = spawn(process.env.TALKBOT_BIN ?? 'talkbot',
  // The page embedded in the binary (as `cargo install` users get it), or DEBUGGER_DIR's.
  ['debugger', '--listen', '127.0.0.1:0', ...(process.env.DEBUGGER_DIR ? ['--dir', process.env.DEBUGGER_DIR] : [])],
  { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const found = out.match(/http:\/\/\S+\//);
    if (found) resolve(found[0]);
  });
  server.on('exit', (code) => reject(new Error(`talkbot debugger exited with ${code}: ${out}`)));
});

let browser;
try {
  // Playwright gives Chromium a fresh, empty profile of its own.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-quic'],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });

  // A webhook exactly as Talk sent it, with the right secret.
  await page.fill('#secret', manifest.secret);
  await page.fill('#headers', [
    'Content-Type: application/json',
    `X-Nextcloud-Talk-Random: ${fixture.random}`,
    `X-Nextcloud-Talk-Signature: ${fixture.signature}`,
    `X-Nextcloud-Talk-Backend: ${fixture.backend}`,
  ].join('\n'));
  await page.fill('#body', body);
  await page.click('#check');
  const verdict = await page.textContent('#verdict');
  check(verdict.startsWith('✓ Signature valid: a create webhook'), `verdict for the fixture: ${verdict}`);
  check((await page.textContent('#rendered')) === 'Hi @Bob Builder, see https://example.com 🚀',
    'rendered text');
  const event = JSON.parse(await page.textContent('#event'));
  check(event.conversation.token === 'n3xtc10ud' && event.actor.rawId === 'users/ada', 'parsed event');
  check((await page.inputValue('#token')) === 'n3xtc10ud', 'token filled in for the reply');

  // The same body re-serialised (as frameworks that parse JSON do) no longer verifies.
  await page.fill('#body', JSON.stringify(JSON.parse(body)));
  await page.click('#check');
  const refused = await page.textContent('#verdict');
  check(refused.startsWith('✗ Refused (401)') && refused.includes('re-serialised'),
    `re-serialised body refused: ${refused}`);

  // A reply with a fixed random: the signature is over random + message, nothing else.
  const random = 'ab'.repeat(32);
  await page.fill('#random', random);
  await page.fill('#message', 'Hello from the bot 👋');
  await page.click('#build');
  const request = await page.textContent('#request');
  const expected = hmac(manifest.secret, random + 'Hello from the bot 👋');
  check(request.includes(`X-Nextcloud-Talk-Bot-Random: ${random}`), 'the pinned random is used');
  check(request.includes(`X-Nextcloud-Talk-Bot-Signature: ${expected}`),
    `signature ${expected} = HMAC(secret, random + message)`);
  check(request.includes('/ocs/v2.php/apps/spreed/api/v1/bot/n3xtc10ud/message'), 'bot API URL');
  const jsonBody = request.trim().split('\n').pop();
  check(jsonBody === '{"message":"Hello from the bot 👋"}', `body ${jsonBody}`);
  const mistakes = await page.textContent('#mistakes');
  check(mistakes.includes(hmac(manifest.secret, random + jsonBody)),
    'the "signed the JSON body" mistake shows HMAC(secret, random + body)');
  check((await page.locator('#mistakes tr').count()) === 4, 'four common mistakes listed');

  // A wrong random is explained, not thrown.
  await page.fill('#random', 'xyz');
  await page.click('#build');
  check((await page.textContent('#reply-error')).includes('64 hex digits'), 'bad random explained');
  check(errors.length === 0, `no page errors (${errors.join('; ')})`);
} finally {
  await browser?.close();
  server.kill();
}
console.log('debugger page: all checks passed');
