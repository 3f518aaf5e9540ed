#!/usr/bin/env bash
# The consumer example built and tested under the build mixes a team's own build brings (docs/builds.md), one
# after another, against the artifacts `./mvnw install` put into the local repository. Each mix is a line:
# a name, then the Maven options that make it (profiles of examples/consumer/pom.xml). Prints each mix's time.
# Usage: .ci/consumer-matrix.sh [extra Maven options, e.g. -Dmaven.repo.local=...]
set -euo pipefail
cd "$(dirname "$0")/.."

mixes=(
  # Spring Boot's BOM imported first, as a Boot project has it, with the JUnit it manages (5.10 on 3.3, 5.11 on 3.4).
  "boot-3.3+web+test  -Dspring-boot.version=3.3.13 -Pstarter-web"
  "boot-3.4+web+test  -Dspring-boot.version=3.4.12 -Pstarter-web"
  # jersey-spring6 and jersey-bean-validation on the classpath: the stub's Jersey must take neither.
  "boot-3.5+jersey    -Dspring-boot.version=3.5.7 -Pstarter-jersey"
  "jackson-oldest     -Pjackson-oldest"
  "jersey-oldest      -Pjersey-oldest"
)

failed=()
for mix in "${mixes[@]}"; do
  read -r name options <<<"$mix"
  echo "=== consumer example under $name ($options)"
  start=$SECONDS
  # shellcheck disable=SC2086 # the options are words
  if ./mvnw -B -q -f examples/consumer $options "$@" clean verify; then
    echo "=== $name: passed in $((SECONDS - start)) s"
  else
    echo "=== $name: FAILED after $((SECONDS - start)) s"
    failed+=("$name")
  fi
done

if ((${#failed[@]})); then
  echo "consumer matrix: failed under ${failed[*]}" >&2
  exit 1
fi
echo "consumer matrix: passed under all ${#mixes[@]} mixes"
