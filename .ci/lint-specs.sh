#!/usr/bin/env bash
# Lint gate: both specs must pass the pinned Spectral (spectral:oas, all rules, plus the house rules in
# .spectral.yaml) with no error and no warning; and the house rules must catch a deliberately broken copy.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --silent
npx --no-install spectral --version
npm run -s lint:specs

out=$(npx --no-install spectral lint --fail-severity=warn .ci/lint-fixtures/breaks-house-rules.yaml || true)
for rule in vendor-server-urls operation-summary property-example stub-4xx-documented; do
  if ! grep -q " $rule " <<<"$out"; then
    echo "FAIL the house rule $rule did not catch its deliberate break:"; echo "$out"; exit 1
  fi
done
echo "lint: both specs clean; the house rules catch all 4 deliberate breaks"
