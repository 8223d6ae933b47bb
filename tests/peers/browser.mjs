// Scripted "user in the system browser" for the mailsetup test peers.
//
// Usage: node browser.mjs AUTHORIZE_URL      (normally via browser.sh, as $BROWSER)
//
// Opens the URL in headless Debian Chromium (playwright-core), signs in at the
// test OpenID provider, clicks Allow (or Deny), waits until the browser has
// reached the loopback redirect (http://localhost:<port>/... or
// http://127.0.0.1:<port>/...) and its page has loaded, then exits 0.
//
// Environment (each falls back to MAILSETUP_PEERS_DIR/env, written by start.sh):
//   MAILSETUP_PEERS_DIR          state directory of start.sh (logs go to DIR/browser.log)
//   MAILSETUP_PEERS_LOGIN_USER   who signs in (default MAILSETUP_PEERS_USER)
//   MAILSETUP_PEERS_PASSWORD     password at the OpenID provider
//   MAILSETUP_PEERS_CONSENT      allow (default) | deny | none (stop at the consent page)
//   MAILSETUP_PEERS_BROWSER_TIMEOUT  hard timeout in seconds (default 60)
//   MAILSETUP_PEERS_CHROMIUM     browser binary (default /usr/bin/chromium)
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.env.MAILSETUP_PEERS_DIR || path.join(here, 'run');
const fileEnv = {};
try {
  for (const line of readFileSync(path.join(dir, 'env'), 'utf8').split('\n')) {
    const m = line.match(/^([A-Z0-9_]+)=(.*)$/);
    if (m) fileEnv[m[1]] = m[2];
  }
} catch { /* no env file: rely on the environment */ }
const env = (k, d) => process.env[k] ?? fileEnv[k] ?? d;

const t0 = Date.now();
const logFile = path.join(dir, 'browser.log');
function log(...a) {
  const line = `${new Date().toISOString()} [browser ${process.pid} +${Date.now() - t0}ms] ${a.join(' ')}\n`;
  try { appendFileSync(logFile, line); } catch { process.stderr.write(line); }
}

const url = process.argv[2];
if (!url) {
  console.error('usage: browser.sh AUTHORIZE_URL');
  process.exit(2);
}
const user = env('MAILSETUP_PEERS_LOGIN_USER', env('MAILSETUP_PEERS_USER', 'alice@peers.example'));
const password = env('MAILSETUP_PEERS_PASSWORD', 'peers-password');
const consent = env('MAILSETUP_PEERS_CONSENT', 'allow');
const timeoutS = Number(env('MAILSETUP_PEERS_BROWSER_TIMEOUT', '60'));
const executablePath = env('MAILSETUP_PEERS_CHROMIUM', '/usr/bin/chromium');

const isCallback = (u) => {
  try {
    const p = new URL(u);
    return p.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(p.hostname);
  } catch { return false; }
};

let browser;
let exitCode = 1;
const hardTimer = setTimeout(() => {
  log(`hard timeout after ${timeoutS}s`);
  try { browser?.close(); } catch { /* ignore */ }
  process.exit(124);
}, timeoutS * 1000);

async function main() {
  log(`start user=${user} consent=${consent} url=${url}`);
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--no-default-browser-check',
      // Loopback only: no proxy, and no host name resolves except localhost.
      '--no-proxy-server', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1]'],
    // playwright gives every launch a fresh temporary profile (user-data-dir).
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);

  // Resolves once the browser has reached the loopback redirect.
  let reached;
  const callback = new Promise((resolve) => { reached = resolve; });
  page.on('request', (req) => {
    if (req.isNavigationRequest() && isCallback(req.url())) {
      log(`callback request ${req.url()}`);
      reached(req.url());
    }
  });
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) log(`at ${f.url()}`); });

  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const step = async () => {
    if (isCallback(page.url())) return 'callback';
    if (await page.locator('#username').count()) return 'login';
    if (await page.locator('#allow').count()) return 'consent';
    if (await page.locator('#error').count()) return 'error';
    return 'unknown';
  };

  for (let i = 0; i < 6; i += 1) {
    const s = await Promise.race([callback.then(() => 'callback'), step()]);
    log(`page: ${s}`);
    if (s === 'callback') break;
    if (s === 'login') {
      await page.fill('#username', user);
      await page.fill('#password', password);
      await Promise.all([page.waitForLoadState('domcontentloaded'), page.click('#signin')]);
      if (await page.locator('#username').count() && await page.locator('#error').count()) {
        throw new Error(`login rejected: ${await page.locator('#error').innerText()}`);
      }
    } else if (s === 'consent') {
      if (consent === 'none') { log('MAILSETUP_PEERS_CONSENT=none: stopping at the consent page'); exitCode = 0; return; }
      const button = consent === 'deny' ? '#deny' : '#allow';
      await Promise.race([callback, page.click(button, { noWaitAfter: true }).then(() => callback)]);
    } else if (s === 'error') {
      throw new Error(`provider error page: ${await page.locator('#error').innerText()}`);
    } else {
      await page.waitForTimeout(250);
    }
  }
  const cbUrl = await Promise.race([callback, page.waitForTimeout(20000).then(() => null)]);
  if (!cbUrl) throw new Error(`never reached the loopback redirect (at ${page.url()})`);
  // Let the product's loopback listener answer and the page load.
  try {
    await page.waitForURL(isCallback, { waitUntil: 'load', timeout: 15000 });
    const body = (await page.locator('body').innerText({ timeout: 5000 })).slice(0, 200).replace(/\s+/g, ' ');
    log(`callback page loaded: ${JSON.stringify(body)}`);
  } catch (e) {
    log(`callback reached but page did not load: ${e.message.split('\n')[0]}`);
  }
  exitCode = 0;
}

main()
  .catch((e) => { log(`FAILED: ${e.stack || e}`); exitCode = 1; })
  .finally(async () => {
    try { await browser?.close(); } catch { /* ignore */ }
    clearTimeout(hardTimer);
    log(`exit ${exitCode}`);
    process.exit(exitCode);
  });
