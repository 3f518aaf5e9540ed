-- wrk script: valid PUTs with a bearer token, configured through the environment so one script
-- serves both vendors and every target: BENCH_PATH, BENCH_BODY, BENCH_TOKEN (and BENCH_METHOD,
-- PUT unless set, for the body-less GET that measures the stub's framework ceiling).
wrk.method = os.getenv("BENCH_METHOD") or "PUT"
wrk.path = os.getenv("BENCH_PATH")
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

-- One machine-readable line for load.sh. No response() hook: a Lua call per response would slow
-- wrk itself down, and wrk's summary already counts the non-2xx answers.
function done(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH rps=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d failed=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, summary.requests, bad))
end
