// Drives the stub's /docs page in Debian's headless Chromium: the page loads, each spec's five operations
// are listed, and a Try-it-out PUT with the token returns 200. Fails on any request that leaves the stub.
// Usage: STUB_URL=http://127.0.0.1:PORT STUB_TOKEN=... SCREENSHOT=path.png node .ci/docs-browser-test.mjs
import { chromium } from 'playwright-core';

const base = process.env.STUB_URL;
const token = process.env.STUB_TOKEN;
const screenshot = process.env.SCREENSHOT ?? 'generated-server/target/docs-page.png';
const tryItOutShot = screenshot.replace(/\.png$/, '-try-it-out.png');
const checks = [];
const check = (ok, what) => { checks.push([ok, what]); console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  const escaped = [];
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) escaped.push(r.url()); });

  const response = await page.goto(`${base}/docs`);
  check(response.status() === 200, `GET /docs answers 200 (${response.status()})`);
  const vantageOp = page.locator('#vantage .opblock-summary-description', { hasText: 'Update a managed account' });
  const epOp = page.locator('#elasticpath .opblock-summary-description', { hasText: 'Update an account' });
  await vantageOp.waitFor({ timeout: 20000 });
  await epOp.waitFor({ timeout: 20000 });
  check(await vantageOp.isVisible(), 'Vantage PUT /v2/managed_accounts/{managed_account_token} is listed');
  check(await epOp.isVisible(), 'Elastic Path PUT /v2/accounts/{accountID} is listed');
  for (const spec of ['vantage', 'elasticpath']) {
    const listed = await page.locator(`#${spec} .opblock`).count();
    check(listed === 5, `${spec}: list, create, get, update and delete are listed (${listed} operations)`);
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot of every operation: ${screenshot}`);

  const vantage = page.locator('#vantage');
  await vantage.locator('.scheme-container button.authorize').click();
  await page.locator('.modal-ux input').fill(token);
  await page.locator('.modal-ux .auth-btn-wrapper button.authorize').click();
  await page.locator('.modal-ux .auth-btn-wrapper button.btn-done').click();

  const update = vantage.locator('.opblock-put');
  await update.locator('.opblock-summary').click();
  await update.locator('button.try-out__btn').click();
  await update.locator('input[placeholder="managed_account_token"]').fill('acct_dd2fdf6564b60319');
  await update.locator('button.execute').click();
  const status = update.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 20000 });
  const code = (await status.innerText()).trim();
  check(code === '200', `Try it out: PUT with the token answers 200 (${code})`);

  await status.scrollIntoViewIfNeeded();
  await page.screenshot({ path: tryItOutShot });
  console.log(`screenshot of the Try-it-out response: ${tryItOutShot}`);
  check(escaped.length === 0, `nothing fetched from outside the stub${escaped.length ? ': ' + escaped.join(', ') : ''}`);
} catch (e) {
  check(false, `browser test threw: ${e.message}`);
} finally {
  await browser.close();
}
const failed = checks.filter(([ok]) => !ok).length;
console.log(`docs: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
