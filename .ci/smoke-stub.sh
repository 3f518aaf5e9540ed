#!/usr/bin/env bash
# Starts generated-server/target/stub-server.jar as a user would and checks the seed exchanges
# over real HTTP with curl: 200 with the seed body, 401 without a token, 404 for an unknown id.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=generated-server/target/stub-server.jar
log=$(mktemp)
token="smoke-$RANDOM$RANDOM"
java -jar "$jar" --port 0 --token "$token" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$log"' EXIT

base=""
for _ in $(seq 1 100); do
  base=$(sed -n 's/^Listening on \(http[^ ]*\)$/\1/p' "$log")
  [[ -n $base ]] && break
  kill -0 $pid 2>/dev/null || { cat "$log"; echo "stub exited early"; exit 1; }
  sleep 0.1
done
[[ -n $base ]] || { cat "$log"; echo "stub did not report its address"; exit 1; }
if grep -q -- "$token" "$log"; then echo "FAIL: the token appears in the stub's output"; exit 1; fi

passed=0
failed=0
expect() { # expect STATUS BODY-FRAGMENT DESCRIPTION -- curl args...
  local want=$1 fragment=$2 what=$3; shift 4
  local out status body
  out=$(curl -s -w '\n%{http_code}' "$@")
  status=${out##*$'\n'}; body=${out%$'\n'*}
  if [[ $status == "$want" && $body == *"$fragment"* ]]; then
    echo "ok   $what -> $status"; passed=$((passed + 1))
  else
    echo "FAIL $what -> $status $body (wanted $want with $fragment)"; failed=$((failed + 1))
  fi
}

vantage_body=$(cat contract-tests/src/test/resources/seed-requests/vantage-update-managed-account.json)
vantage_verbatim=$(cat contract-tests/src/test/resources/seed-requests/vantage-update-managed-account.verbatim.json)
ep_body=$(cat contract-tests/src/test/resources/seed-requests/elasticpath-update-account.json)

expect 200 '"token":"acct_dd2fdf6564b60319"' "Vantage seed curl body" -- \
  -X PUT "$base/v2/managed_accounts/acct_dd2fdf6564b60319" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data "$vantage_body"
expect 400 'contact_email' "Vantage seed curl body verbatim (<string> is no email address)" -- \
  -X PUT "$base/v2/managed_accounts/acct_dd2fdf6564b60319" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data "$vantage_verbatim"
expect 401 '{"errors":["' "Vantage without a token" -- \
  -X PUT "$base/v2/managed_accounts/acct_dd2fdf6564b60319" -H 'Content-Type: application/json' --data '{"name":"x"}'
expect 404 '{"errors":["Managed Account not found"]}' "Vantage unknown token" -- \
  -X PUT "$base/v2/managed_accounts/acct_unknown" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data '{"name":"x"}'
expect 200 '"links":{"self":"/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23"}' "Elastic Path documented account" -- \
  -X PUT "$base/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data "$ep_body"
expect 401 '"status":"401"' "Elastic Path without a token" -- \
  -X PUT "$base/v2/accounts/deb6b25f-8451-4211-9a22-95610333df23" -H 'Content-Type: application/json' --data "$ep_body"
expect 404 '"detail":"account not found"' "Elastic Path unknown id" -- \
  -X PUT "$base/v2/accounts/00000000-0000-0000-0000-000000000000" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data "$ep_body"

echo "smoke: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
