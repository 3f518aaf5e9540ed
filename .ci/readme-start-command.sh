#!/usr/bin/env bash
# Prints the README's stub start command from `java` on (without the build in front of it), one
# word per line, so the smoke run and the load test run exactly what users are told to run.
set -euo pipefail
cd "$(dirname "$0")/.."
command=$(grep -m1 -o 'java [^`]*stub-server\.jar' README.md) || {
  echo "no 'java ... stub-server.jar' command in README.md" >&2
  exit 1
}
printf '%s\n' $command
