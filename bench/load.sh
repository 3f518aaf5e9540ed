#!/usr/bin/env bash
# Side-by-side load test of the stub jar, Stoplight Prism's mock server (pinned in bench/package.json)
# and a bare JDK HTTP endpoint (the ceiling), on the same specs, with the same wrk load, alternating.
# Prints requests/s, p50 and p99 latency, non-2xx count, peak RSS, start-up time and the ratios.
#
#   bash bench/load.sh            # about 11 minutes
#   ROUNDS=5 DURATION=20 bash bench/load.sh
#
# The stub runs with the README's own start command (read from README.md, so the two cannot drift),
# plus --port, --token and --no-access-log; Prism runs at -v warn. Neither writes a line per request.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}             # measured rounds per target and endpoint, alternating targets
DURATION=${DURATION:-10}        # seconds per round
WARMUP=${WARMUP:-45}            # seconds of unmeasured load per target and endpoint (the JIT needs ~40 s)
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
STARTS=${STARTS:-5}             # start-ups timed per target
TOKEN=bench-token
STUB_PORT=18080 BARE_PORT=18081 PRISM_VANTAGE_PORT=18082 PRISM_EP_PORT=18083
OUT=bench/target
mkdir -p "$OUT"

# ---- what it needs --------------------------------------------------------------------------------
missing=()
for tool in wrk curl bc; do command -v $tool >/dev/null 2>&1 || missing+=("$tool"); done
if ((${#missing[@]})); then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[[ -x bench/node_modules/.bin/prism ]] || npm ci --prefix bench --no-audit --no-fund --loglevel=error
STUB_JAR=generated-server/target/stub-server.jar
[[ -f $STUB_JAR ]] || ./mvnw -q -B -DskipTests -pl generated-server -am package

mapfile -t STUB_CMD < <(bash .ci/readme-start-command.sh)
[[ ${#STUB_CMD[@]} -gt 0 ]] || exit 1
PRISM=(node bench/node_modules/@stoplight/prism-cli/dist/index.js mock -h 127.0.0.1 -v warn)

# ---- endpoints ------------------------------------------------------------------------------------
VANTAGE_PATH=/v2/managed_accounts/acct_dd2fdf6564b60319
VANTAGE_BODY='{"name":"Bench"}'
EP_PATH=/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23
EP_BODY='{"data":{"type":"account","name":"Bench"}}'

# ---- processes ------------------------------------------------------------------------------------
PIDS=()
cleanup() { for pid in "${PIDS[@]:-}"; do [[ -n $pid ]] && kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

start() { # name, command... ; sets STARTED_PID
  local name=$1; shift
  "$@" >"$OUT/$name.log" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
}

stub_cmd() { echo "${STUB_CMD[@]}" --port "$1" --token "$TOKEN" --no-access-log; }

# Seconds from launch to the first 200 answer to a valid PUT (which, on both, has passed validation).
time_to_first_200() { # port, path, body, command...
  local port=$1 path=$2 body=$3; shift 3
  local t0 t1 pid
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  # Poll the port with a shell built-in first: a curl process every few milliseconds would take CPU
  # from the process being timed.
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "start-up failed: $*" >&2; return 1; }
    sleep 0.01
  done
  until [[ $(curl -s -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" -d "$body" "http://127.0.0.1:$port$path" 2>/dev/null) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "start-up failed: $*" >&2; return 1; }
    sleep 0.005
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "scale=3; ($t1 - $t0) / 1000000000" | bc
}

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

wait_for() { # port, path, body
  for _ in $(seq 1 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $TOKEN" -d "$3" "http://127.0.0.1:$1$2" 2>/dev/null) == 200 ]] && return 0
    sleep 0.1
  done
  echo "nothing answered 200 on port $1" >&2; return 1
}

load() { # port, path, body, seconds -> "BENCH rps=... p50_ms=... p99_ms=... requests=... failed=..."
  BENCH_PATH=$2 BENCH_BODY=$3 BENCH_TOKEN=$TOKEN BENCH_METHOD=${BENCH_METHOD:-PUT} \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4"s -s bench/put.lua "http://127.0.0.1:$1" | grep '^BENCH'
}

field() { sed -E "s/.*$1=([^ ]+).*/\1/"; }

# ---- start-up -------------------------------------------------------------------------------------
echo "== start-up to the first validated 200, median of $STARTS"
stub_starts=() prism_starts=()
for _ in $(seq 1 "$STARTS"); do
  # shellcheck disable=SC2046
  stub_starts+=("$(time_to_first_200 $STUB_PORT "$EP_PATH" "$EP_BODY" $(stub_cmd $STUB_PORT))")
  prism_starts+=("$(time_to_first_200 $PRISM_EP_PORT "$EP_PATH" "$EP_BODY" "${PRISM[@]}" -p $PRISM_EP_PORT \
      openapi/elasticpath-accounts.yaml)")
done
STUB_START=$(printf '%s\n' "${stub_starts[@]}" | median)
PRISM_START=$(printf '%s\n' "${prism_starts[@]}" | median)
echo "stub:  ${stub_starts[*]} s -> median $STUB_START s"
echo "prism: ${prism_starts[*]} s -> median $PRISM_START s"

# ---- throughput -----------------------------------------------------------------------------------
# shellcheck disable=SC2046
start stub $(stub_cmd $STUB_PORT); STUB_PID=$STARTED_PID
start prism-vantage "${PRISM[@]}" -p $PRISM_VANTAGE_PORT openapi/vantage-managed-accounts.yaml; PRISM_VANTAGE_PID=$STARTED_PID
start prism-ep "${PRISM[@]}" -p $PRISM_EP_PORT openapi/elasticpath-accounts.yaml; PRISM_EP_PID=$STARTED_PID
start bare java bench/BareEndpoint.java $BARE_PORT; BARE_PID=$STARTED_PID
wait_for $STUB_PORT "$EP_PATH" "$EP_BODY"
wait_for $PRISM_VANTAGE_PORT "$VANTAGE_PATH" "$VANTAGE_BODY"
wait_for $PRISM_EP_PORT "$EP_PATH" "$EP_BODY"
wait_for $BARE_PORT "$EP_PATH" "$EP_BODY"

# Both validate: a body of the wrong type must be refused by the stub and by Prism alike.
for port in $STUB_PORT $PRISM_EP_PORT; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" -d '{"data":{"type":"account","name":42}}' "http://127.0.0.1:$port$EP_PATH")
  echo "port $port answers an invalid body with $code"
done

RESULTS=$OUT/load-results.md
{
  echo "| endpoint | target | req/s | p50 ms | p99 ms | non-2xx | peak RSS MB | × Prism |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$RESULTS"

run_endpoint() { # label, path, body, prism port, prism pid
  local label=$1 path=$2 body=$3 prism_port=$4 prism_pid=$5
  local -A rps p50 p99 failed
  echo "== $label: warm-up ${WARMUP}s per target, then $ROUNDS rounds of ${DURATION}s, alternating"
  for target in stub:$STUB_PORT prism:$prism_port bare:$BARE_PORT; do
    load "${target#*:}" "$path" "$body" "$WARMUP" >/dev/null
  done
  for round in $(seq 1 "$ROUNDS"); do
    for target in stub:$STUB_PORT prism:$prism_port bare:$BARE_PORT; do
      local name=${target%%:*} line
      line=$(load "${target#*:}" "$path" "$body" "$DURATION")
      echo "round $round $name: ${line#BENCH }"
      rps[$name]+="$(echo "$line" | field rps) "
      p50[$name]+="$(echo "$line" | field p50_ms) "
      p99[$name]+="$(echo "$line" | field p99_ms) "
      failed[$name]=$(( ${failed[$name]:-0} + $(echo "$line" | field failed) ))
    done
  done
  local prism_rps
  prism_rps=$(echo "${rps[prism]}" | tr ' ' '\n' | grep . | median)
  for name in stub prism bare; do
    local pid=$STUB_PID r
    [[ $name == prism ]] && pid=$prism_pid
    [[ $name == bare ]] && pid=$BARE_PID
    r=$(echo "${rps[$name]}" | tr ' ' '\n' | grep . | median)
    printf '| %s | %s | %.0f | %s | %s | %s | %s | %.1f |\n' "$label" "$name" "$r" \
        "$(echo "${p50[$name]}" | tr ' ' '\n' | grep . | median)" \
        "$(echo "${p99[$name]}" | tr ' ' '\n' | grep . | median)" \
        "${failed[$name]}" "$(peak_rss_mb "$pid")" "$(echo "scale=2; $r / $prism_rps" | bc)" >>"$RESULTS"
  done
}

run_endpoint "Vantage PUT" "$VANTAGE_PATH" "$VANTAGE_BODY" $PRISM_VANTAGE_PORT $PRISM_VANTAGE_PID
run_endpoint "Elastic Path PUT" "$EP_PATH" "$EP_BODY" $PRISM_EP_PORT $PRISM_EP_PID

# The stub's own ceiling: Jersey on the JDK server answering GET /__admin/health, with no validation,
# no store and no request body. However fast validation and updates get, the stub cannot pass this.
echo "== stub GET /__admin/health: warm-up ${WARMUP}s, then $ROUNDS rounds of ${DURATION}s"
export BENCH_METHOD=GET
load $STUB_PORT /__admin/health "" "$WARMUP" >/dev/null
health=()
for round in $(seq 1 "$ROUNDS"); do
  line=$(load $STUB_PORT /__admin/health "" "$DURATION")
  echo "round $round stub health: ${line#BENCH }"
  health+=("$(echo "$line" | field rps)")
done
unset BENCH_METHOD
HEALTH_RPS=$(printf '%s\n' "${health[@]}" | median)

{
  echo
  echo "The stub's framework ceiling, GET /__admin/health (Jersey on the JDK server, no validation, no store):" \
       "$(printf '%.0f' "$HEALTH_RPS") req/s."
  echo
  echo "Start-up to the first validated 200 (median of $STARTS): stub $STUB_START s, Prism $PRISM_START s" \
       "(stub/Prism $(echo "scale=2; $STUB_START / $PRISM_START" | bc))."
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP}s warm-up, $ROUNDS × ${DURATION}s rounds, medians; $(nproc) cores;" \
       "stub: \`$(stub_cmd $STUB_PORT)\`; Prism $(node -p 'require("./bench/node_modules/@stoplight/prism-cli/package.json").version') at -v warn."
} >>"$RESULTS"
echo
cat "$RESULTS"
