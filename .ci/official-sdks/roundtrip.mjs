// Drives the stub with each vendor's official JS SDK, unmodified but for where it sends requests and which
// token: create, get, list (finds it), update, delete, then get again (the SDK must surface a 404).
// Prints one ok/FAIL line per step and exits 1 on any FAIL. The token is never printed.
// Usage: node roundtrip.mjs BASE TOKEN [--update-only]
//   --update-only: only the update step, on the seed accounts (for a stub that serves nothing but the update).
import { APIV2Client, VantageAPIError } from '@vantage-sh/vantage-client';
import { gateway, MemoryStorageFactory } from '@elasticpath/js-sdk';

const [base, token, mode] = process.argv.slice(2);
if (!base || !token) {
  console.error('usage: node roundtrip.mjs BASE TOKEN [--update-only]');
  process.exit(2);
}
const updateOnly = mode === '--update-only';
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
let failed = 0;

// A failed step prints what the SDK surfaced: a message or the vendor's error body, never the token.
const describe = (e) => {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : JSON.stringify(e);
  return text.split(token).join('<token>').slice(0, 400);
};
async function step(what, action) {
  try {
    const detail = await action();
    console.log(`ok   ${what}${detail ? ` (${detail})` : ''}`);
    return true;
  } catch (e) {
    console.log(`FAIL ${what}: ${describe(e)}`);
    failed += 1;
    return false;
  }
}
const must = (condition, why) => {
  if (!condition) throw new Error(why);
};
// A step on the created account cannot run when the create failed: it fails without sending a request.
const needAccount = (id) => must(id, 'not run: the create step failed');
const since = Date.now();

// Vantage: the client's third argument is the base URL; it sends `Authorization: Bearer TOKEN` itself.
const vantage = new APIV2Client(token, false, base);
const vantageSeed = 'acct_dd2fdf6564b60319';
const vantageName = `sdk-roundtrip-${run}`;
let managed = updateOnly ? vantageSeed : null;

if (!updateOnly) {
  await step('Vantage SDK managedAccounts.create', async () => {
    const created = await vantage.managedAccounts.create({ name: vantageName, contact_email: `sdk-${run}@example.com` });
    must(typeof created?.token === 'string' && created.name === vantageName, `unexpected answer ${JSON.stringify(created)}`);
    managed = created.token;
    return managed;
  });
  await step('Vantage SDK managedAccounts.get', async () => {
    needAccount(managed);
    const got = await vantage.managedAccounts.get(managed);
    must(got?.token === managed && got.name === vantageName, `unexpected answer ${JSON.stringify(got)}`);
  });
  await step('Vantage SDK managedAccounts.list finds it', async () => {
    needAccount(managed);
    // The first page with the vendor's default size, then later pages while the answer links to a next one.
    for (let page = 1; page <= 50; page += 1) {
      const list = await vantage.managedAccounts.list(page === 1 ? undefined : { page });
      must(Array.isArray(list?.managed_accounts), `unexpected answer ${JSON.stringify(list).slice(0, 200)}`);
      if (list.managed_accounts.some((a) => a.token === managed)) return `page ${page}`;
      if (!list.links?.next) break;
    }
    throw new Error(`${managed} is on no page`);
  });
}
await step('Vantage SDK managedAccounts.update', async () => {
  needAccount(managed);
  const name = `${vantageName}-renamed`;
  const updated = await vantage.managedAccounts.update(managed, { name });
  must(updated?.token === managed && updated.name === name, `unexpected answer ${JSON.stringify(updated)}`);
});
if (!updateOnly) {
  await step('Vantage SDK managedAccounts.delete', async () => {
    needAccount(managed);
    await vantage.managedAccounts.delete(managed);
  });
  await step('Vantage SDK managedAccounts.get after delete surfaces a 404', async () => {
    needAccount(managed);
    try {
      await vantage.managedAccounts.get(managed);
    } catch (e) {
      must(e instanceof VantageAPIError && e.status === 404, `wanted a VantageAPIError with status 404, got ${describe(e)}`);
      return `status ${e.status}, errors ${JSON.stringify(e.errors)}`;
    }
    throw new Error('the get succeeded');
  });
}

// Elastic Path: `host` and `protocol` are the stub's; the custom authenticator (a gateway option) hands the SDK
// the token in place of its OAuth call to /oauth/access_token, and Authenticate() stores it before the first
// request, so the SDK sends `Authorization: Bearer TOKEN` and never asks for a token. Memory storage: the
// default in Node writes files (node-localstorage); no cart, which would only put an id in that storage.
const url = new URL(base);
const ep = gateway({
  host: url.host,
  protocol: url.protocol.replace(/:$/, ''),
  storage: new MemoryStorageFactory(),
  disableCart: true,
  custom_authenticator: async () => ({
    access_token: token,
    token_type: 'Bearer',
    expires: Math.floor(Date.now() / 1000) + 3600,
    expires_in: 3600,
  }),
});
const epSeed = 'deb6b25f-8451-4211-9a22-95610333df23';
const epName = `sdk-roundtrip-${run}`;
let account = updateOnly ? epSeed : null;
// The SDK rejects with the error body it was answered (it does not surface the status code otherwise).
const epStatus = (e) => e?.errors?.[0]?.status;

await step('Elastic Path SDK Authenticate (custom authenticator, no request)', async () => {
  const credentials = await ep.Authenticate();
  must(credentials?.access_token === token, 'no token stored');
});
if (!updateOnly) {
  await step('Elastic Path SDK Accounts.Create', async () => {
    const created = await ep.Accounts.Create({
      type: 'account',
      name: epName,
      legal_name: `${epName} Ltd`,
      registration_id: `sdk-${run}`,
    });
    must(typeof created?.data?.id === 'string' && created.data.name === epName, `unexpected answer ${JSON.stringify(created)}`);
    account = created.data.id;
    return account;
  });
  await step('Elastic Path SDK Accounts.Get', async () => {
    needAccount(account);
    const got = await ep.Accounts.Get(account);
    must(got?.data?.id === account && got.data.name === epName, `unexpected answer ${JSON.stringify(got)}`);
  });
  await step('Elastic Path SDK Accounts.Filter({ eq: { name } }).All finds it', async () => {
    needAccount(account);
    const list = await ep.Accounts.Filter({ eq: { name: epName } }).All();
    must(Array.isArray(list?.data), `unexpected answer ${JSON.stringify(list).slice(0, 200)}`);
    must(list.data.some((a) => a.id === account), `${account} not in ${JSON.stringify(list.data.map((a) => a.id))}`);
    must(list.data.every((a) => a.name === epName), 'the filter let other names through');
    return `${list.data.length} found`;
  });
}
await step('Elastic Path SDK Accounts.Update', async () => {
  needAccount(account);
  const name = `${epName}-renamed`;
  const updated = await ep.Accounts.Update(account, { name });
  must(updated?.data?.id === account && updated.data.name === name, `unexpected answer ${JSON.stringify(updated)}`);
});
if (!updateOnly) {
  await step('Elastic Path SDK Accounts.Delete', async () => {
    needAccount(account);
    await ep.Accounts.Delete(account);
  });
  await step('Elastic Path SDK Accounts.Get after delete surfaces a 404', async () => {
    needAccount(account);
    try {
      await ep.Accounts.Get(account);
    } catch (e) {
      must(String(epStatus(e)) === '404', `wanted the vendor's 404 error body, got ${describe(e)}`);
      return `errors[0].status ${epStatus(e)}`;
    }
    throw new Error('the get succeeded');
  });
}

// What the SDKs sent, as the stub judged it: a request it answered may still break the contract (a query
// parameter the operation does not declare is answered as usual and journaled as a breach).
await step('the stub journaled every SDK request as valid against the spec', async () => {
  const answer = await fetch(new URL('/__admin/journal', base), { headers: { Authorization: `Bearer ${token}` } });
  must(answer.ok, `GET /__admin/journal answered ${answer.status}`);
  const mine = (await answer.json()).requests.filter((r) => Date.parse(r.at) >= since);
  must(mine.length > 0, 'no request since this script started');
  const broken = mine.filter((r) => r.verdict !== 'valid');
  must(broken.length === 0, broken.map((r) => `${r.method} ${r.path} ${r.status}: ${r.problems.join('; ')}`).join(' | '));
  return `${mine.length} requests`;
});

console.log(`official SDKs: ${failed ? `${failed} step(s) failed` : 'every step passed'}`);
process.exit(failed ? 1 : 0);
