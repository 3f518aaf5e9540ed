#!/usr/bin/env bash
# smoke-lifecycle.sh BASE TOKEN: the list, get, create, update and delete operations of both vendors against a
# running stub (smoke-stub.sh calls it against the jar; it also runs alone against any stub). Prints one
# "ok   ..." or "FAIL ..." line per check and exits 1 if any failed. Needs curl and jq (.ci/run installs both).
#
# Per vendor: a created account is read back, listed, updated, deleted and then reads as the vendor's 404; a list
# in pages of a small size is walked to its end by following each page's `next` link exactly as given, and must
# take three pages and return every account once. For Elastic Path, `filter=eq(name,...)` finds exactly the two
# accounts of that name and not a third whose name only starts with it. Every account made here is deleted again.
set -uo pipefail
base=${1:?usage: smoke-lifecycle.sh BASE TOKEN}
token=${2:?usage: smoke-lifecycle.sh BASE TOKEN}
base=${base%/}

command -v jq >/dev/null 2>&1 || { echo "FAIL lifecycle: jq is not installed (.ci/run installs it)"; exit 1; }

passed=0
failed=0
status=""
body=""
req() { # req METHOD URL [curl args...]: sets status and body; a failed transfer is status 000
  local out
  out=$(curl -sg -m 20 -w '\n%{http_code}' -X "$1" "$2" -H "Authorization: Bearer $token" "${@:3}") || true
  status=${out##*$'\n'}
  body=${out%$'\n'*}
}
want() { # want STATUS JQ-TEST [jq args...]: the last answer has STATUS and its body passes the jq test
  [[ $status == "$1" ]] && jq -e "${@:3}" "$2" <<<"$body" >/dev/null 2>&1
}
check() { # check DESCRIPTION COMMAND...: an ok line if the command succeeds, else a FAIL line with the last answer
  local what=$1
  shift
  if "$@"; then
    echo "ok   $what"
    passed=$((passed + 1))
  else
    echo "FAIL $what -> $status ${body:0:400}"
    failed=$((failed + 1))
  fi
}
json() { # json: stdin JSON compact, for request bodies built with jq
  jq -c .
}

run=$RANDOM$RANDOM
vantage="$base/v2/managed_accounts"
ep="$base/v2/accounts"
created_tokens=() # Vantage tokens and Elastic Path ids made here and still to delete
created_ids=()

# --- Vantage: one managed account through its life --------------------------------------------------------------
req POST "$vantage" -H 'Content-Type: application/json' \
  --data "$(jq -n --arg n "lifecycle-$run" '{name: $n, contact_email: "lifecycle@example.com"}' | json)"
token_v=$(jq -r '.token // empty' <<<"$body" 2>/dev/null)
check "Vantage create -> 201, a token in Vantage's format (acct_ + 16 hex)" \
  want 201 '.token | test("^acct_[0-9a-f]{16}$")'
req GET "$vantage/$token_v"
check "Vantage get the created account -> 200, same token and name" \
  want 200 '.token == $t and .name == $n' --arg t "$token_v" --arg n "lifecycle-$run"
req GET "$vantage?limit=1000"
check "Vantage list (limit=1000, one page) holds it" \
  want 200 '.links.next == null and ([.managed_accounts[].token] | index($t) != null)' --arg t "$token_v"
req PUT "$vantage/$token_v" -H 'Content-Type: application/json' --data "{\"name\":\"renamed-$run\"}"
check "Vantage update -> 200 with the new name" want 200 '.token == $t and .name == $n' \
  --arg t "$token_v" --arg n "renamed-$run"
req GET "$vantage/$token_v"
check "Vantage get after the update -> the new name" want 200 '.name == $n' --arg n "renamed-$run"
req DELETE "$vantage/$token_v"
check "Vantage delete -> 204 without a body" eval '[[ $status == 204 && -z $body ]]'
req GET "$vantage/$token_v"
check "Vantage get after the delete -> 404, Vantage's error" \
  eval '[[ $status == 404 && $body == "{\"errors\":[\"Managed Account not found\"]}" ]]'
req DELETE "$vantage/$token_v"
check "Vantage delete again -> 404" want 404 '.errors == ["Managed Account not found"]'
req GET "$vantage?limit=1000"
check "Vantage list no longer holds it" want 200 '[.managed_accounts[].token] | index($t) == null' --arg t "$token_v"

# --- Elastic Path: one account through its life -----------------------------------------------------------------
req POST "$ep" -H 'Content-Type: application/json' \
  --data "$(jq -n --arg n "lifecycle-$run" '{data: {type: "account", name: $n}}' | json)"
id_e=$(jq -r '.data.id // empty' <<<"$body" 2>/dev/null)
uuid='^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
check "Elastic Path create -> 201, a version 4 UUID" want 201 '.data.id | test($u)' --arg u "$uuid"
req GET "$ep/$id_e"
check "Elastic Path get the created account -> 200, same id and name" \
  want 200 '.data.id == $i and .data.name == $n' --arg i "$id_e" --arg n "lifecycle-$run"
req GET "$ep?page%5Blimit%5D=100"
check "Elastic Path list (page[limit]=100, one page) holds it" \
  want 200 '.links.next == null and ([.data[].id] | index($i) != null)' --arg i "$id_e"
req PUT "$ep/$id_e" -H 'Content-Type: application/json' --data "{\"data\":{\"name\":\"renamed-$run\"}}"
check "Elastic Path update -> 200 with the new name" want 200 '.data.id == $i and .data.name == $n' \
  --arg i "$id_e" --arg n "renamed-$run"
req GET "$ep/$id_e"
check "Elastic Path get after the update -> the new name" want 200 '.data.name == $n' --arg n "renamed-$run"
req DELETE "$ep/$id_e"
check "Elastic Path delete -> 204 without a body" eval '[[ $status == 204 && -z $body ]]'
req GET "$ep/$id_e"
check "Elastic Path get after the delete -> 404, Elastic Path's error" \
  want 404 '.errors == [{"status": "404", "title": "Not Found", "detail": "account not found"}]'
req DELETE "$ep/$id_e"
check "Elastic Path delete again -> 404" want 404 '.errors[0].status == "404"'
req GET "$ep?page%5Blimit%5D=100"
check "Elastic Path list no longer holds it" want 200 '[.data[].id] | index($i) == null' --arg i "$id_e"

# --- Three pages, walked by `next` ------------------------------------------------------------------------------
# With N accounts stored, a page size L = N/3 + 1 (at least 2) and 3L - N new accounts make exactly three full
# pages, whatever the fixtures hold.
walk_pages=0
walk_ids=""
walk_end=""
walk() { # walk FIRST-URL ID-JQ: follows `next` from FIRST-URL until null (at most 10 pages)
  local url=$1
  walk_pages=0 walk_ids="" walk_end="no"
  while [[ -n $url && $walk_pages -lt 10 ]]; do
    req GET "$url"
    [[ $status == 200 ]] || { walk_end="status $status at page $((walk_pages + 1)): $url"; return; }
    walk_pages=$((walk_pages + 1))
    walk_ids+=$(jq -r "$2" <<<"$body")$'\n'
    url=$(jq -r '.links.next // empty' <<<"$body")
  done
  [[ -z $url ]] && walk_end="null next"
}
walk_is() { # walk_is PAGES ITEMS IDS...: the walk ended on a null next after PAGES pages, ITEMS ids, each once,
  # and every given id among them
  local ids
  ids=$(grep -v '^$' <<<"$walk_ids")
  [[ $walk_end == "null next" && $walk_pages == "$1" ]] || return 1
  [[ $(wc -l <<<"$ids") == "$2" && $(sort -u <<<"$ids" | wc -l) == "$2" ]] || return 1
  local id
  for id in "${@:3}"; do grep -qx -- "$id" <<<"$ids" || return 1; done
}

req GET "$vantage?limit=1000"
stored=$(jq '.managed_accounts | length' <<<"$body" 2>/dev/null || echo 0)
page_size=$((stored / 3 + 1)); ((page_size >= 2)) || page_size=2
for _ in $(seq $((3 * page_size - stored))); do
  req POST "$vantage" -H 'Content-Type: application/json' \
    --data "{\"name\":\"page-$run\",\"contact_email\":\"pages@example.com\"}"
  created_tokens+=("$(jq -r '.token // empty' <<<"$body" 2>/dev/null)")
done
walk "$vantage?limit=$page_size" '.managed_accounts[].token'
check "Vantage list, limit=$page_size: $stored stored + ${#created_tokens[@]} created walk by next to the end in 3 pages, each once ($walk_pages pages, $(grep -c . <<<"$walk_ids") tokens, $walk_end)" \
  walk_is 3 $((3 * page_size)) "${created_tokens[@]}"

req GET "$ep?page%5Blimit%5D=100"
stored=$(jq '.data | length' <<<"$body" 2>/dev/null || echo 0)
page_size=$((stored / 3 + 1)); ((page_size >= 2)) || page_size=2
for _ in $(seq $((3 * page_size - stored))); do
  req POST "$ep" -H 'Content-Type: application/json' --data "{\"data\":{\"type\":\"account\",\"name\":\"page-$run\"}}"
  created_ids+=("$(jq -r '.data.id // empty' <<<"$body" 2>/dev/null)")
done
walk "$ep?page%5Blimit%5D=$page_size" '.data[].id'
check "Elastic Path list, page[limit]=$page_size: $stored stored + ${#created_ids[@]} created walk by next to the end in 3 pages, each once ($walk_pages pages, $(grep -c . <<<"$walk_ids") ids, $walk_end)" \
  walk_is 3 $((3 * page_size)) "${created_ids[@]}"

# --- Elastic Path filter=eq(name,...) ---------------------------------------------------------------------------
name="filter $run" # a space, sent percent-encoded
matching=()
for n in "$name" "$name" "$name-other"; do
  req POST "$ep" -H 'Content-Type: application/json' \
    --data "$(jq -n --arg n "$n" '{data: {type: "account", name: $n}}' | json)"
  id=$(jq -r '.data.id // empty' <<<"$body" 2>/dev/null)
  created_ids+=("$id")
  [[ $n == "$name" ]] && matching+=("$id")
done
req GET "$ep" --get --data-urlencode "filter=eq(name,$name)"
check "Elastic Path filter=eq(name,$name) -> exactly the two accounts of that name" \
  want 200 '([.data[].id] | sort) == ($m | sort) and .meta.results.total == 2' \
  --argjson m "$(printf '%s\n' "${matching[@]}" | jq -R . | jq -sc .)"

# --- Clean up: every account made here is deleted (Vantage with the {} body its JS SDK sends) ----------------------
deleted=0
for t in "${created_tokens[@]}"; do
  req DELETE "$vantage/$t" -H 'Content-Type: application/json' --data '{}'
  [[ $status == 204 ]] && deleted=$((deleted + 1))
done
check "Vantage delete with the body {} -> 204 for all ${#created_tokens[@]} created ($deleted)" \
  eval '[[ $deleted == "${#created_tokens[@]}" ]]'
deleted=0
for i in "${created_ids[@]}"; do
  req DELETE "$ep/$i"
  [[ $status == 204 ]] && deleted=$((deleted + 1))
done
check "Elastic Path delete -> 204 for all ${#created_ids[@]} created ($deleted)" eval '[[ $deleted == "${#created_ids[@]}" ]]'

echo "lifecycle: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
