// Development aid: logs what reaches it (method, path, query, headers but Authorization, body) and answers
// as the stub would, well enough for both SDKs to run every step. Usage: node capture.mjs [PORT]
import { createServer } from 'node:http';

const accounts = new Map();
let next = 1;
const json = (res, status, body) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body === undefined ? '' : JSON.stringify(body));
};
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    const headers = Object.fromEntries(Object.entries(req.headers)
      .map(([k, v]) => [k, k === 'authorization' ? (v.startsWith('Bearer ') ? 'Bearer <token>' : '<other>') : v]));
    console.log(JSON.stringify({ method: req.method, rawTarget: req.url, path: url.pathname,
      query: Object.fromEntries(url.searchParams), headers, body }));
    const vantage = url.pathname.startsWith('/v2/managed_accounts');
    const id = url.pathname.split('/')[3];
    const notFound = () => json(res, 404, vantage ? { errors: ['Managed Account not found'] }
      : { errors: [{ status: '404', title: 'Not Found', detail: 'account not found' }] });
    const wrap = (a) => (vantage ? a : { data: a });
    const input = body ? JSON.parse(body) : {};
    if (req.method === 'POST' && !id) {
      const a = vantage ? { token: `acct_${next++}`, ...input } : { id: `id-${next++}`, ...input.data };
      accounts.set(a.token ?? a.id, a);
      return json(res, 201, wrap(a));
    }
    if (req.method === 'GET' && !id) {
      const all = [...accounts.values()];
      return json(res, 200, vantage ? { links: {}, managed_accounts: all } : { data: all, meta: {}, links: {} });
    }
    if (!accounts.has(id)) return notFound();
    if (req.method === 'GET') return json(res, 200, wrap(accounts.get(id)));
    if (req.method === 'PUT') {
      Object.assign(accounts.get(id), vantage ? input : input.data);
      return json(res, 200, wrap(accounts.get(id)));
    }
    if (req.method === 'DELETE') { accounts.delete(id); return json(res, 204); }
    return json(res, 405, {});
  });
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(`Listening on http://127.0.0.1:${server.address().port}`);
});
