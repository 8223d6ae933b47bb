// OpenID provider for the mailsetup test peers (node >= 22, oidc-provider 9).
//
// Usage: node op.mjs CONFIG.json
// CONFIG.json is written by start.sh: { port, host, cert, key, password, users,
//   mailboxResource, introspection: {clientId, clientSecret}, shortTtl }
//
// Served over HTTPS on loopback only. Interaction pages (login, consent) are
// our own minimal HTML so the browser driver and people can use them.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { randomBytes } from 'node:crypto';
import Provider, { errors } from 'oidc-provider';

const cfg = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const issuer = `https://${cfg.host}:${cfg.port}`;
const RESOURCE = cfg.mailboxResource; // e.g. urn:mailsetup-peers:mail
const log = (...a) => console.log(new Date().toISOString(), ...a);

// Accounts: id == email == mailbox address.
const accounts = new Map(cfg.users.map((u) => [u.toLowerCase(), { email: u.toLowerCase() }]));

const nativeClient = (clientId, extra = {}) => ({
  client_id: clientId,
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  // RFC 8252 7.3: any port is accepted for these loopback URIs (oidc-provider
  // strips the port of http loopback redirect URIs for native clients).
  redirect_uris: ['http://localhost/', 'http://127.0.0.1/', 'http://[::1]/'],
  ...extra,
});

const clients = [
  nativeClient('mailsetup-test'),
  // Same as mailsetup-test, but its access tokens expire after cfg.shortTtl s.
  nativeClient('mailsetup-test-short'),
  // Same as mailsetup-test, for the test in which the real Thunderbird
  // renews a handed-off token: its grants alone tell what Thunderbird did.
  nativeClient('thunderbird-test'),
  {
    // Resource server (Dovecot) credentials for token introspection.
    client_id: cfg.introspection.clientId,
    client_secret: cfg.introspection.clientSecret,
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: [],
    response_types: [],
    redirect_uris: [],
  },
];

const configuration = {
  clients,
  // Random signing keys each start (id tokens only; access tokens are opaque).
  jwks: undefined,
  cookies: { keys: [randomBytes(16).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  scopes: ['openid', 'email', 'offline_access'],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    introspection: {
      enabled: true,
      // Only the resource-server client may introspect, and only access tokens
      // (a refresh token presented to IMAP/SMTP must not log in).
      allowedPolicy: async (ctx, client, token) => (
        client.clientId === cfg.introspection.clientId && token.kind === 'AccessToken'
      ),
    },
    revocation: {
      enabled: true,
      // A client may revoke its own tokens (public clients just send client_id).
      // Note: oidc-provider then revokes every token of that grant (access and refresh).
      allowedPolicy: async (ctx, client, token) => token.clientId === client.clientId,
    },
    resourceIndicators: {
      enabled: true,
      // The product does not send `resource`: every authorization is for the mail resource.
      defaultResource: async () => RESOURCE,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (ctx, resourceIndicator) => {
        if (resourceIndicator !== RESOURCE) throw new errors.InvalidTarget();
        const short = ctx.oidc.client?.clientId === 'mailsetup-test-short';
        return {
          scope: 'mail',
          audience: RESOURCE,
          accessTokenFormat: 'opaque',
          accessTokenTTL: short ? cfg.shortTtl : 3600,
        };
      },
    },
  },
  // Refresh tokens for our clients whether or not offline_access survived
  // (oidc-provider drops offline_access unless prompt=consent is requested).
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  expiresWithSession: async () => false,
  extraTokenClaims: async (ctx, token) => {
    if (token.kind === 'AccessToken' && token.accountId) return { email: token.accountId };
    return undefined;
  },
  findAccount: async (ctx, id) => {
    const acct = accounts.get(String(id).toLowerCase());
    if (!acct) return undefined;
    return {
      accountId: acct.email,
      claims: async () => ({ sub: acct.email, email: acct.email, email_verified: true }),
    };
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: {
    AccessToken: (ctx, token) => token.resourceServer?.accessTokenTTL || 3600,
    AuthorizationCode: 120,
    IdToken: 3600,
    RefreshToken: 14 * 24 * 3600,
    Interaction: 3600,
    Session: 14 * 24 * 3600,
    Grant: 14 * 24 * 3600,
  },
  renderError: async (ctx, out) => {
    ctx.type = 'html';
    ctx.body = page('Error', `<h1>Error</h1><pre id="error">${esc(JSON.stringify(out, null, 2))}</pre>`);
  },
};

const provider = new Provider(issuer, configuration);
provider.proxy = false;
for (const ev of ['grant.error', 'authorization.error', 'introspection.error',
  'revocation.error', 'server_error', 'interaction.started']) {
  provider.on(ev, (ctx, err) => log(ev, ctx?.oidc?.client?.clientId ?? '', err ? `${err.name}: ${err.message} ${err.error_description ?? ''}` : ''));
}
// Which grant, so that a test can tell a refresh from a new sign-in.
provider.on('grant.success', (ctx) => log('grant.success', ctx?.oidc?.client?.clientId ?? '', ctx?.oidc?.params?.grant_type ?? ''));
provider.on('authorization.success', (ctx) => log('authorization.success', ctx.oidc.client?.clientId, ctx.oidc.params?.redirect_uri));
provider.on('introspection.success', (ctx) => log('introspection', JSON.stringify(ctx.body)));
provider.on('revocation.success', (ctx, token) => log('revocation.success', token?.kind));

function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
function page(title, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}input,button{font-size:1em;margin:.3em 0;padding:.3em}label{display:block}</style>
</head><body>${body}</body></html>`;
}
function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}
async function readForm(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function loginPage(uid, details, error) {
  return page('Sign in - mailsetup test peers', `
<h1>Sign in</h1>
<p>Test OpenID provider (client <code>${esc(details.params.client_id)}</code>)</p>
${error ? `<p id="error" style="color:#b00">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login" autocomplete="off">
  <label>Username <input id="username" name="username" type="text" autofocus required value="${esc(details.params.login_hint ?? '')}"></label>
  <label>Password <input id="password" name="password" type="password" required></label>
  <button id="signin" type="submit">Sign in</button>
</form>
<form method="post" action="/interaction/${esc(uid)}/abort"><button id="cancel" type="submit">Cancel</button></form>`);
}

function consentPage(uid, details) {
  const scopes = [...new Set([
    ...(details.prompt.details.missingOIDCScope ?? []),
    ...Object.values(details.prompt.details.missingResourceScopes ?? {}).flat(),
    ...(details.params.scope ?? '').split(' ').filter(Boolean),
  ])];
  return page('Consent - mailsetup test peers', `
<h1>Allow access?</h1>
<p><code>${esc(details.params.client_id)}</code> asks to access the account <b id="account">${esc(details.session?.accountId ?? '')}</b></p>
<ul id="scopes">${scopes.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<form method="post" action="/interaction/${esc(uid)}/confirm">
  <button id="allow" name="decision" value="allow" type="submit">Allow</button>
  <button id="deny" name="decision" value="deny" type="submit" formaction="/interaction/${esc(uid)}/abort">Deny</button>
</form>`);
}

async function handleInteraction(req, res, url) {
  const m = url.pathname.match(/^\/interaction\/([^/]+)(?:\/(login|confirm|abort))?$/);
  if (!m) return send(res, 404, page('Not found', '<h1>Not found</h1>'));
  const [, uid, action] = m;
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page('Error', '<h1>Interaction mismatch</h1>'));
  const { prompt } = details;

  if (!action && req.method === 'GET') {
    if (prompt.name === 'login') return send(res, 200, loginPage(uid, details));
    if (prompt.name === 'consent') return send(res, 200, consentPage(uid, details));
    return send(res, 400, page('Error', `<h1>Unknown prompt ${esc(prompt.name)}</h1>`));
  }
  if (req.method !== 'POST') return send(res, 405, page('Error', '<h1>Method not allowed</h1>'));
  const form = await readForm(req);

  if (action === 'abort') {
    log('interaction abort (access_denied)', uid);
    return provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'End-User denied the request',
    }, { mergeWithLastSubmission: false });
  }
  if (action === 'login') {
    if (prompt.name !== 'login') return send(res, 400, page('Error', '<h1>Not a login prompt</h1>'));
    const user = (form.get('username') ?? '').trim().toLowerCase();
    if (!accounts.has(user) || form.get('password') !== cfg.password) {
      log('login failed', user);
      return send(res, 200, loginPage(uid, details, 'Invalid username or password'));
    }
    log('login ok', user);
    return provider.interactionFinished(req, res, { login: { accountId: user } }, { mergeWithLastSubmission: false });
  }
  if (action === 'confirm') {
    if (prompt.name !== 'consent') return send(res, 400, page('Error', '<h1>Not a consent prompt</h1>'));
    const { accountId } = details.session;
    let { grantId } = details;
    const grant = grantId
      ? await provider.Grant.find(grantId)
      : new provider.Grant({ accountId, clientId: details.params.client_id });
    const d = prompt.details;
    if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(' '));
    if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
    if (d.missingResourceScopes) {
      for (const [indicator, scopes] of Object.entries(d.missingResourceScopes)) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
    }
    grantId = await grant.save();
    log('consent ok', accountId, details.params.client_id, details.params.scope);
    const consent = details.grantId ? {} : { grantId };
    return provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
  }
  return send(res, 404, page('Not found', '<h1>Not found</h1>'));
}

const callback = provider.callback();
const server = https.createServer({ cert: readFileSync(cfg.cert), key: readFileSync(cfg.key) }, (req, res) => {
  const url = new URL(req.url, issuer);
  log(req.method, url.pathname);
  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    return res.end('ok\n');
  }
  if (url.pathname.startsWith('/interaction/')) {
    return handleInteraction(req, res, url).catch((err) => {
      log('interaction error', err);
      if (!res.headersSent) send(res, 400, page('Error', `<h1>Error</h1><pre id="error">${esc(err.message)}</pre>`));
    });
  }
  return callback(req, res);
});
server.listen(cfg.port, cfg.host, () => log(`listening on ${issuer}`));
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => { server.close(); process.exit(0); });
