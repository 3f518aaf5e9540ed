#!/usr/bin/env bash
# Side-by-side load test of the stub jar against four peers, with the same wrk load, alternating:
#   - WireMock standalone (pinned below, fetched from Maven Central into benchmarks/target/load), serving one
#     static mapping per endpoint from benchmarks/load/wiremock/mappings/ (PUT, same path, bearer header, a fixed
#     200 of the stub's shape); it validates nothing;
#   - the Jersey ceiling (benchmarks' JerseyCeiling): the same generated JAX-RS interfaces on the stub's
#     container and JSON set-up, answering a fixed 200 with no auth, validation or store;
#   - Stoplight Prism's mock server (pinned in benchmarks/load/package.json), which validates like the stub;
#   - a bare JDK HTTP endpoint (benchmarks/load/BareEndpoint.java), the ceiling of the server underneath.
# Prints requests/s, p50 and p99 latency, non-2xx count, peak RSS, start-up time, the stub's req/s
# ratio to each peer, the foreign CPU load of every round, and each target's warm-up curve.
#
#   bash benchmarks/load/load.sh            # about 17 minutes (it was 11 with three targets)
#   ROUNDS=5 DURATION=20 bash benchmarks/load/load.sh
#   ROUNDS=1 DURATION=3 WARMUP=3 STARTS=1 CURVE=5 bash benchmarks/load/load.sh   # a quick check that all runs
#
# The stub runs with the README's own start command (read from README.md, so the two cannot drift),
# plus --port, --token and --no-access-log; the Jersey ceiling with the same JVM options (less the
# stub's class-data archive); Prism at -v warn; WireMock with --no-request-journal and
# --disable-request-logging at its default JVM settings. None writes a line per request.
#
# Foreign CPU load: for every measured round (and every second of a warm-up curve), the machine's busy
# time (/proc/stat: everything but idle and iowait), less the target's own utime+stime and wrk's, as a
# percentage of all cores over the round. Interrupt and softirq time stays in: the kernel here also
# charges the loopback packet work done in a process's context to that process, and leaving it out
# made the figure up to -20% under load; with it, an otherwise idle machine reads within about ±2%.
# A round above FOREIGN_WARN % is flagged and the largest value reported: discard such rounds.
#
# Warm-up curve: right after each target first answers 200 (the targets are started one after the
# other for this, the others idle), CURVE consecutive 1-second wrk runs on the Elastic Path PUT, req/s
# of each. Each run opens its connections anew and leaves a gap of a few milliseconds, so these are
# slightly below what one continuous run would see. "Seconds to 80%" is the first second whose rate is
# at least 80% of the target's steady rate, its median over the measured Elastic Path rounds.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}             # measured rounds per target and endpoint, alternating targets
DURATION=${DURATION:-10}        # seconds per round
WARMUP=${WARMUP:-45}            # seconds of unmeasured load per target and endpoint (the JIT needs ~40 s)
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
STARTS=${STARTS:-5}             # start-ups timed per target
CURVE=${CURVE:-20}              # seconds of warm-up curve per target right after start-up; 0 for none
FOREIGN_WARN=${FOREIGN_WARN:-5} # flag rounds whose foreign CPU load exceeds this % of the machine
# Pinned in the parent pom beside every other version, and read from there.
WIREMOCK_VERSION=${WIREMOCK_VERSION:-$(sed -n 's:.*<wiremock-standalone.version>\(.*\)</wiremock-standalone.version>.*:\1:p' pom.xml)}
TOKEN=bench-token
PORT_BASE=${PORT_BASE:-18080}   # the targets listen on PORT_BASE .. PORT_BASE+5, on 127.0.0.1
STUB_PORT=$PORT_BASE BARE_PORT=$((PORT_BASE + 1)) PRISM_VANTAGE_PORT=$((PORT_BASE + 2))
PRISM_EP_PORT=$((PORT_BASE + 3)) JERSEY_PORT=$((PORT_BASE + 4)) WIREMOCK_PORT=$((PORT_BASE + 5))
for port in $STUB_PORT $BARE_PORT $PRISM_VANTAGE_PORT $PRISM_EP_PORT $JERSEY_PORT $WIREMOCK_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already taken; stop what listens there or set PORT_BASE" >&2; exit 1
  fi
done
OUT=benchmarks/target/load
mkdir -p "$OUT"

# ---- what it needs --------------------------------------------------------------------------------
missing=()
for tool in wrk curl bc; do command -v $tool >/dev/null 2>&1 || missing+=("$tool"); done
if ((${#missing[@]})); then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[[ -x benchmarks/load/node_modules/.bin/prism ]] || npm ci --prefix benchmarks/load --no-audit --no-fund --loglevel=error
BENCH_JAR=benchmarks/target/benchmarks.jar
# (-am also builds the stub jar; an older benchmarks jar without the Jersey ceiling is rebuilt.)
if [[ ! -f $BENCH_JAR ]] || ! grep -qa 'io/accountcontracts/bench/JerseyCeiling.class' "$BENCH_JAR"; then
  ./mvnw -q -B -DskipTests -pl benchmarks -am package
fi
STUB_JAR=generated-server/target/stub-server.jar
[[ -f $STUB_JAR ]] || ./mvnw -q -B -DskipTests -pl generated-server -am package
WIREMOCK_JAR=$OUT/wiremock-standalone-$WIREMOCK_VERSION.jar
[[ -f $WIREMOCK_JAR ]] || ./mvnw -q -B -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$OUT"
# WireMock writes into its root directory (an empty __files/), so it gets a copy under target/.
rm -rf "$OUT/wiremock" && mkdir -p "$OUT/wiremock/mappings" && cp benchmarks/load/wiremock/mappings/*.json "$OUT/wiremock/mappings/"

mapfile -t STUB_CMD < <(bash .ci/readme-start-command.sh)
[[ ${#STUB_CMD[@]} -gt 0 ]] || exit 1
# The stub's JVM options (what stands between `java` and `-jar`), less its class-data archive.
STUB_JVM_OPTS=()
for word in "${STUB_CMD[@]:1}"; do
  [[ $word == -jar ]] && break
  [[ $word == -XX:SharedArchiveFile=* ]] || STUB_JVM_OPTS+=("$word")
done
PRISM=(node benchmarks/load/node_modules/@stoplight/prism-cli/dist/index.js mock -h 127.0.0.1 -v warn)
JERSEY=(java "${STUB_JVM_OPTS[@]}" -cp "$BENCH_JAR" io.accountcontracts.bench.JerseyCeiling)
WIREMOCK=(java -jar "$WIREMOCK_JAR" --bind-address 127.0.0.1 --disable-banner --no-request-journal
          --disable-request-logging --root-dir "$OUT/wiremock")

# ---- endpoints ------------------------------------------------------------------------------------
VANTAGE_PATH=/v2/managed_accounts/acct_dd2fdf6564b60319
VANTAGE_BODY='{"name":"Bench"}'
EP_PATH=/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23
EP_BODY='{"data":{"type":"account","name":"Bench"}}'

TARGETS=(stub wiremock jersey prism bare)   # the order of every alternation
declare -A TITLE=([stub]=stub [wiremock]=WireMock [jersey]="Jersey ceiling" [prism]=Prism [bare]="bare JDK endpoint")

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

# Seconds from launch to the first 200 answer to a valid PUT (which, on the stub and Prism, has passed
# validation; WireMock and the Jersey ceiling validate nothing).
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
  printf '%.3f\n' "$(echo "scale=3; ($t1 - $t0) / 1000000000" | bc)"
}

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
words_median() { tr ' ' '\n' | grep . | median; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

wait_for() { # port, path, body
  for _ in $(seq 1 600); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $TOKEN" -d "$3" "http://127.0.0.1:$1$2" 2>/dev/null) == 200 ]] && return 0
    sleep 0.1
  done
  echo "nothing answered 200 on port $1" >&2; return 1
}

# CPU counters in clock ticks, read with shell built-ins only (no process of its own to count):
# the machine's total and busy time, the target's utime+stime, and this shell's reaped children's
# (wrk's, once it has been waited for).
cpu_now() { # target pid
  local _ user nice system idle iowait irq softirq steal line f
  read -r _ user nice system idle iowait irq softirq steal _ </proc/stat
  CPU_TOTAL=$((user + nice + system + idle + iowait + irq + softirq + steal))
  CPU_BUSY=$((user + nice + system + irq + softirq + steal))
  read -r line <"/proc/$1/stat"; line=${line##*) }; read -ra f <<<"$line"
  CPU_TARGET=$((f[11] + f[12]))
  read -r line <"/proc/$BASHPID/stat"; line=${line##*) }; read -ra f <<<"$line"
  CPU_CHILDREN=$((f[13] + f[14]))
}

# -> "BENCH rps=... p50_ms=... p99_ms=... requests=... failed=... target_cpu=... wrk_cpu=... foreign_cpu=..."
# (the last three in % of all cores over the run)
load() { # port, path, body, seconds, target pid
  local total busy target children out
  cpu_now "$5"; total=$CPU_TOTAL busy=$CPU_BUSY target=$CPU_TARGET children=$CPU_CHILDREN
  out=$(BENCH_PATH=$2 BENCH_BODY=$3 BENCH_TOKEN=$TOKEN BENCH_METHOD=${BENCH_METHOD:-PUT} \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4"s -s benchmarks/load/put.lua "http://127.0.0.1:$1" | grep '^BENCH')
  cpu_now "$5"
  awk -v line="$out" -v t=$((CPU_TOTAL - total)) -v b=$((CPU_BUSY - busy)) -v p=$((CPU_TARGET - target)) \
      -v w=$((CPU_CHILDREN - children)) 'BEGIN {
    if (t <= 0) t = 1
    printf "%s target_cpu=%.1f wrk_cpu=%.1f foreign_cpu=%.1f\n", line, 100 * p / t, 100 * w / t, 100 * (b - p - w) / t
  }'
}

field() { sed -E "s/.*$1=([^ ]+).*/\1/"; }

FOREIGN_ALL=() FOREIGN_MAX=-1000 FOREIGN_MAX_AT=""
record_foreign() { # foreign %, where (run in the main shell, not in $(...): it keeps the tally)
  FOREIGN_ALL+=("$1")
  if (($(echo "$1 > $FOREIGN_MAX" | bc))); then FOREIGN_MAX=$1 FOREIGN_MAX_AT=$2; fi
}
noisy() { # foreign % -> a flag for the printed round line, or nothing
  if (($(echo "$1 > $FOREIGN_WARN" | bc))); then echo "  <- noisy: foreign CPU above ${FOREIGN_WARN}%"; fi
}

# ---- start-up -------------------------------------------------------------------------------------
echo "== start-up to the first 200 (validated on the stub and Prism), median of $STARTS, alternating"
declare -A STARTUPS STARTUP
for _ in $(seq 1 "$STARTS"); do
  # shellcheck disable=SC2046
  STARTUPS[stub]+="$(time_to_first_200 $STUB_PORT "$EP_PATH" "$EP_BODY" $(stub_cmd $STUB_PORT)) "
  STARTUPS[wiremock]+="$(time_to_first_200 $WIREMOCK_PORT "$EP_PATH" "$EP_BODY" "${WIREMOCK[@]}" --port $WIREMOCK_PORT) "
  STARTUPS[jersey]+="$(time_to_first_200 $JERSEY_PORT "$EP_PATH" "$EP_BODY" "${JERSEY[@]}" $JERSEY_PORT) "
  STARTUPS[prism]+="$(time_to_first_200 $PRISM_EP_PORT "$EP_PATH" "$EP_BODY" "${PRISM[@]}" -p $PRISM_EP_PORT \
      openapi/elasticpath-accounts.yaml) "
done
for name in stub wiremock jersey prism; do
  STARTUP[$name]=$(echo "${STARTUPS[$name]}" | words_median)
  printf '%-9s %s s -> median %s s\n' "$name:" "${STARTUPS[$name]% }" "${STARTUP[$name]}"
done

# ---- start, with each target's warm-up curve ------------------------------------------------------
# Targets start one after the other; each gets its curve as soon as it first answers 200, while the
# ones already started sit idle. Prism's Vantage process starts last and has no curve.
declare -A PID PORT_VANTAGE PORT_EP CURVES CURVE_FOREIGN
PORT_VANTAGE=([stub]=$STUB_PORT [wiremock]=$WIREMOCK_PORT [jersey]=$JERSEY_PORT [prism]=$PRISM_VANTAGE_PORT [bare]=$BARE_PORT)
PORT_EP=([stub]=$STUB_PORT [wiremock]=$WIREMOCK_PORT [jersey]=$JERSEY_PORT [prism]=$PRISM_EP_PORT [bare]=$BARE_PORT)
CURVE_FOREIGN_MAX=0

start_with_curve() { # name, command...
  local name=$1 port line rps f
  start "$@"
  PID[$name]=$STARTED_PID
  port=${PORT_EP[$name]}
  wait_for "$port" "$EP_PATH" "$EP_BODY"
  ((CURVE > 0)) || return 0
  printf 'warm-up curve %s, req/s per second from its first 200:' "$name"
  for _ in $(seq 1 "$CURVE"); do
    line=$(load "$port" "$EP_PATH" "$EP_BODY" 1 "${PID[$name]}")
    rps=$(echo "$line" | field rps); f=$(echo "$line" | field foreign_cpu)
    CURVES[$name]+="$rps "
    if [[ -z ${CURVE_FOREIGN[$name]:-} ]] || (($(echo "$f > ${CURVE_FOREIGN[$name]}" | bc))); then
      CURVE_FOREIGN[$name]=$f
    fi
    (($(echo "$f > $CURVE_FOREIGN_MAX" | bc))) && CURVE_FOREIGN_MAX=$f
    printf ' %s' "$rps"
  done
  echo
}

# shellcheck disable=SC2046
start_with_curve stub $(stub_cmd $STUB_PORT)
start_with_curve wiremock "${WIREMOCK[@]}" --port $WIREMOCK_PORT
start_with_curve jersey "${JERSEY[@]}" $JERSEY_PORT
start_with_curve prism "${PRISM[@]}" -p $PRISM_EP_PORT openapi/elasticpath-accounts.yaml
start_with_curve bare java benchmarks/load/BareEndpoint.java $BARE_PORT
((CURVE > 0)) && echo "(largest foreign CPU load in a curve second: ${CURVE_FOREIGN_MAX}%)"
start prism-vantage "${PRISM[@]}" -p $PRISM_VANTAGE_PORT openapi/vantage-managed-accounts.yaml
PRISM_VANTAGE_PID=$STARTED_PID
wait_for $PRISM_VANTAGE_PORT "$VANTAGE_PATH" "$VANTAGE_BODY"

# The stub and Prism validate: a body of the wrong type must be refused. The others are shown for what
# they are. And the size of each 200 answer, which should be alike.
for name in "${TARGETS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" -d '{"data":{"type":"account","name":42}}' \
      "http://127.0.0.1:${PORT_EP[$name]}$EP_PATH")
  size_v=$(curl -s -o /dev/null -w '%{size_download}' -X PUT -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" -d "$VANTAGE_BODY" "http://127.0.0.1:${PORT_VANTAGE[$name]}$VANTAGE_PATH")
  size_ep=$(curl -s -o /dev/null -w '%{size_download}' -X PUT -H 'Content-Type: application/json' \
      -H "Authorization: Bearer $TOKEN" -d "$EP_BODY" "http://127.0.0.1:${PORT_EP[$name]}$EP_PATH")
  echo "$name answers an invalid body with $code; its 200 answers are $size_v B (Vantage), $size_ep B (Elastic Path)"
done

# ---- throughput -----------------------------------------------------------------------------------
RESULTS=$OUT/load-results.md
{
  echo "| endpoint | target | req/s | p50 ms | p99 ms | non-2xx | peak RSS MB | × Prism | max foreign CPU % |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$RESULTS"
declare -A STEADY   # "endpoint label|target" -> median req/s
RATIOS=()

run_endpoint() { # label, path, body, name of the port table
  local label=$1 path=$2 body=$3
  local -n ports=$4
  local -A rps p50 p99 failed fmax
  echo "== $label: warm-up ${WARMUP}s per target, then $ROUNDS rounds of ${DURATION}s, alternating"
  for name in "${TARGETS[@]}"; do
    local pid=${PID[$name]}
    [[ $name == prism && $label == Vantage* ]] && pid=$PRISM_VANTAGE_PID
    load "${ports[$name]}" "$path" "$body" "$WARMUP" "$pid" >/dev/null
  done
  for round in $(seq 1 "$ROUNDS"); do
    for name in "${TARGETS[@]}"; do
      local pid=${PID[$name]} line f
      [[ $name == prism && $label == Vantage* ]] && pid=$PRISM_VANTAGE_PID
      line=$(load "${ports[$name]}" "$path" "$body" "$DURATION" "$pid")
      f=$(echo "$line" | field foreign_cpu)
      echo "round $round $name: ${line#BENCH }$(noisy "$f")"
      record_foreign "$f" "$label, round $round, $name"
      if [[ -z ${fmax[$name]:-} ]] || (($(echo "$f > ${fmax[$name]}" | bc))); then fmax[$name]=$f; fi
      rps[$name]+="$(echo "$line" | field rps) "
      p50[$name]+="$(echo "$line" | field p50_ms) "
      p99[$name]+="$(echo "$line" | field p99_ms) "
      failed[$name]=$(( ${failed[$name]:-0} + $(echo "$line" | field failed) ))
    done
  done
  for name in "${TARGETS[@]}"; do
    STEADY["$label|$name"]=$(echo "${rps[$name]}" | words_median)
  done
  local prism_rps=${STEADY["$label|prism"]} stub_rps=${STEADY["$label|stub"]} ratio_line="| $label |"
  for name in "${TARGETS[@]}"; do
    local pid=${PID[$name]} r=${STEADY["$label|$name"]}
    [[ $name == prism && $label == Vantage* ]] && pid=$PRISM_VANTAGE_PID
    printf '| %s | %s | %.0f | %s | %s | %s | %s | %.1f | %s |\n' "$label" "${TITLE[$name]}" "$r" \
        "$(echo "${p50[$name]}" | words_median)" "$(echo "${p99[$name]}" | words_median)" \
        "${failed[$name]}" "$(peak_rss_mb "$pid")" "$(echo "scale=2; $r / $prism_rps" | bc)" "${fmax[$name]}" >>"$RESULTS"
    [[ $name == stub ]] || ratio_line+=" $(printf '%.2f' "$(echo "scale=4; $stub_rps / $r" | bc)") |"
  done
  RATIOS+=("$ratio_line")
}

run_endpoint "Vantage PUT" "$VANTAGE_PATH" "$VANTAGE_BODY" PORT_VANTAGE
run_endpoint "Elastic Path PUT" "$EP_PATH" "$EP_BODY" PORT_EP

# The stub's own ceiling: Jersey on Grizzly answering GET /__admin/health, with no validation,
# no store and no request body. However fast validation and updates get, the stub cannot pass this.
echo "== stub GET /__admin/health: warm-up ${WARMUP}s, then $ROUNDS rounds of ${DURATION}s"
export BENCH_METHOD=GET
load $STUB_PORT /__admin/health "" "$WARMUP" "${PID[stub]}" >/dev/null
health=()
for round in $(seq 1 "$ROUNDS"); do
  line=$(load $STUB_PORT /__admin/health "" "$DURATION" "${PID[stub]}")
  f=$(echo "$line" | field foreign_cpu)
  echo "round $round stub health: ${line#BENCH }$(noisy "$f")"
  record_foreign "$f" "stub health, round $round"
  health+=("$(echo "$line" | field rps)")
done
unset BENCH_METHOD
HEALTH_RPS=$(printf '%s\n' "${health[@]}" | median)

# ---- report ---------------------------------------------------------------------------------------
seconds_to_80() { # name -> the first second of its curve at >= 80% of its steady Elastic Path rate
  echo "${CURVES[$1]}" | awk -v steady="${STEADY["Elastic Path PUT|$1"]}" \
    '{for (i = 1; i <= NF; i++) if ($i >= 0.8 * steady) {print i " s"; exit} print "not within " NF " s"}'
}

{
  echo
  echo "The stub's req/s divided by each peer's (medians; above 1 the stub is faster):"
  echo
  echo "| endpoint | stub ÷ WireMock | stub ÷ Jersey ceiling | stub ÷ Prism | stub ÷ bare JDK endpoint |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${RATIOS[@]}"
  if ((CURVE > 0)); then
    echo
    echo "Warm-up curve: Elastic Path PUT req/s in each of the first $CURVE seconds after the first 200" \
         "(consecutive 1 s wrk runs, each reconnecting), and the seconds taken to reach 80% of the steady rate" \
         "(the median of the measured Elastic Path rounds):"
    echo
    echo "| target | req/s, second by second | steady req/s | to 80% | max foreign CPU % in a second |"
    echo "|---|---|---|---|---|"
    for name in "${TARGETS[@]}"; do
      printf '| %s | %s | %.0f | %s | %s |\n' "${TITLE[$name]}" "${CURVES[$name]% }" \
          "${STEADY["Elastic Path PUT|$name"]}" "$(seconds_to_80 "$name")" "${CURVE_FOREIGN[$name]}"
    done
  fi
  echo
  echo "The stub's framework ceiling, GET /__admin/health (Jersey on Grizzly, no validation, no store):" \
       "$(printf '%.0f' "$HEALTH_RPS") req/s."
  echo
  echo "Start-up to the first 200, median of $STARTS: stub ${STARTUP[stub]} s, Prism ${STARTUP[prism]} s" \
       "(stub/Prism $(printf '%.2f' "$(echo "scale=4; ${STARTUP[stub]} / ${STARTUP[prism]}" | bc)")), both validated;" \
       "WireMock ${STARTUP[wiremock]} s, Jersey ceiling ${STARTUP[jersey]} s (nothing to validate)."
  echo
  echo "Foreign CPU load (the machine's busy time less the target's and wrk's, % of all cores) per measured" \
       "round: median $(printf '%s\n' "${FOREIGN_ALL[@]}" | median)%, max ${FOREIGN_MAX}% ($FOREIGN_MAX_AT);" \
       "rounds above ${FOREIGN_WARN}% are flagged in the output.$( ((CURVE > 0)) && echo " Max in a warm-up curve second: ${CURVE_FOREIGN_MAX}%.")"
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP}s warm-up, $ROUNDS × ${DURATION}s rounds, medians; $(nproc) cores;" \
       "stub: \`$(stub_cmd $STUB_PORT)\`; Prism $(node -p 'require("./benchmarks/load/node_modules/@stoplight/prism-cli/package.json").version') at -v warn;" \
       "WireMock $WIREMOCK_VERSION standalone, default JVM settings; Jersey ceiling: \`${JERSEY[*]} $JERSEY_PORT\`."
} >>"$RESULTS"
echo
cat "$RESULTS"
