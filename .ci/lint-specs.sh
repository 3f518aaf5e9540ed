#!/usr/bin/env bash
# Lint gate: both specs must pass the pinned Spectral (spectral:oas, all rules, plus the house rules in
# .spectral.yaml) with no error and no warning; and each house rule must catch a tiny spec that breaks it.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --silent
npx --no-install spectral --version
npm run -s lint:specs

# The house rules catch what they are for: .ci/lint-fixtures/clean.yaml passes every rule, and each
# other fixture is that spec with one house rule broken, named after the rule. Each must trip its own
# rule and no other house rule; every rule in .spectral.yaml needs its fixture.
lint() { npx --no-install spectral lint --fail-severity=warn "$1" 2>&1 || true; }
rules=$(sed -n '/^rules:/,$p' .spectral.yaml | sed -n 's/^  \([a-z0-9-]*\):$/\1/p')
clean=$(lint .ci/lint-fixtures/clean.yaml)
if grep -qE "(error|warning)" <<<"$clean"; then
  echo "FAIL .ci/lint-fixtures/clean.yaml is meant to pass every rule:"; echo "$clean"; exit 1
fi
for rule in $rules; do
  fixture=.ci/lint-fixtures/$rule.yaml
  [[ -f $fixture ]] || { echo "FAIL the house rule $rule has no fixture $fixture that breaks it"; exit 1; }
  out=$(lint "$fixture")
  grep -q " $rule " <<<"$out" || { echo "FAIL the house rule $rule did not catch $fixture:"; echo "$out"; exit 1; }
  for other in $rules; do
    if [[ $other != "$rule" ]] && grep -q " $other " <<<"$out"; then
      echo "FAIL $fixture is meant to break $rule only, but $other fired too:"; echo "$out"; exit 1
    fi
  done
done
echo "lint: both specs clean; each of the $(wc -w <<<"$rules") house rules catches its own fixture and only that"
