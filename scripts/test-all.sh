#!/usr/bin/env bash
# The whole test suite: static checks, unit + integration tests (PostgreSQL and PGlite), browser tests in Chromium.
# Ends with one line "N passed, N failed" counting every check and every test. Exit code 0 only if nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The seed writes notifications with signed unsubscribe links, and the browser tests' server must verify them: one
# secret for both (playwright.config.ts uses the same default).
export NEXTAUTH_SECRET=${NEXTAUTH_SECRET:-e2e-secret-not-for-production-0123456789}
# Browser tests without screenshots for people and without traces (both only useful on a developer's machine; see
# tests/e2e/support/screenshot.ts and playwright.config.ts): together about a third of the every-page sweep's time.
export E2E_SCREENSHOTS=${E2E_SCREENSHOTS:-0} E2E_TRACE=${E2E_TRACE:-off}
mkdir -p test-results
passed=0
failed=0

counted() { # name, exit status, seconds: a check counts as one test
  echo "::: $1 took $3 s"
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; return 1; fi
}
check() { # name, command...: runs a check in the foreground
  local name=$1 started=$SECONDS status=0
  shift
  echo "::: $name"
  "$@" || status=$?
  counted "$name" $status $((SECONDS - started))
}

count_json() { # file, node expression over `r` printing "passed failed"
  node -e "const r=require('./$1'); const [p,f]=($2); console.log(p+' '+f)" 2>/dev/null || echo "0 1"
}
# What a vitest and a Playwright JSON report count as passed and failed (a run that died before reporting fails).
VITEST_COUNTS="[r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.success || r.numFailedTests ? 0 : 1)]"
PLAYWRIGHT_COUNTS="[r.stats.expected + r.stats.flaky, r.stats.unexpected + (r.errors?.length ?? 0)]"
tally() { # report file, counts expression: adds the report's figures to the totals
  local p f
  read -r p f < <(count_json "$1" "$2")
  passed=$((passed + p)); failed=$((failed + f))
}

# The static checks after it are single-threaded: they run side by side on the two cores, their output shown in turn.
background_check() { # name, command...: starts a check; counted by collect_check
  local name=$1
  shift
  (
    started=$SECONDS
    "$@" > "test-results/check-$name.log" 2>&1
    echo "$? $((SECONDS - started))" > "test-results/check-$name.status"
  ) &
}
collect_check() { # name: prints a background check's output and counts it as one test
  local status elapsed
  echo "::: $1"
  cat "test-results/check-$1.log"
  read -r status elapsed < "test-results/check-$1.status" || status=1
  counted "$1" "$status" "${elapsed:-?}"
}

check "prisma generate" npx prisma generate
# Migration drift (`npm run db:drift`) is checked by vitest: tests/integration/migrations-drift-cli.test.ts.
rm -f test-results/check-*
background_check eslint npx eslint . --max-warnings 0
background_check prettier npx prettier --check .
background_check typecheck npm run --silent typecheck
wait
collect_check eslint
collect_check prettier
# A build after a passing type check skips its own (next.config.ts): this step covers more files than the build's.
TYPECHECKED=0
collect_check typecheck && TYPECHECKED=1

# The browser tests' seeded database (and a file copy of it, one per shard) and the production build, made beside
# vitest at the lowest priority: they take the CPU that vitest leaves (its waits on PostgreSQL and on child processes,
# and its last minute, when one file runs on one core) instead of a minute after it. Exit status: 1 no database,
# 2 no copy, 3 no build; the databases' names go to test-results/e2e-database-{1,2}.
prepare_browser_tests() {
  local first second
  first=$(npx tsx scripts/e2e-database.ts prepare) || return 1
  echo "$first" > test-results/e2e-database-1
  second=$(npx tsx scripts/e2e-database.ts clone "$first") || return 2
  echo "$second" > test-results/e2e-database-2
  TYPECHECKED=$TYPECHECKED npx next build > test-results/next-build.log 2>&1 || return 3
}

echo "::: vitest (unit + integration), the browser tests' database and build beside it"
rm -f test-results/vitest.json test-results/e2e-database-*
step=$SECONDS
(
  renice -n 19 -p "$BASHPID" > /dev/null # what this subshell starts inherits it
  started=$SECONDS
  prepare_browser_tests 2> test-results/e2e-prepare.log
  status=$?
  echo "::: the browser tests' database and build took $((SECONDS - started)) s (beside vitest)"
  exit $status
) &
preparing=$!
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
echo "::: vitest took $((SECONDS - step)) s"
tally test-results/vitest.json "$VITEST_COUNTS"
wait "$preparing"
prepared=$?
E2E_DATABASE_URL=$(cat test-results/e2e-database-1 2> /dev/null)
E2E_DATABASE_URL_2=$(cat test-results/e2e-database-2 2> /dev/null)

# Browser tests in two shards at once, each with its own server, seeded database (a file copy of one seed), mail and
# output folders: one shard keeps a single Chromium waiting on a single server most of the time, so two use the two
# cores. Shard 1 holds the long every-page sweep, so it takes fewer tests (9:17 of the count, contiguous by file name):
# about 6 minutes each on a quiet machine. Rebalance when a shard's log shows it minutes behind the other.
e2e_shard() { # shard number, port, database url
  E2E_DATABASE_URL=$3 E2E_PORT=$2 E2E_MAIL_DIR=test-results/e2e-mail-$1 E2E_OUTPUT_DIR=test-results/e2e-$1 \
    PWTEST_SHARD_WEIGHTS=9:17 PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright-$1.json \
    npx playwright test --shard "$1/2" > "test-results/playwright-$1.log" 2>&1
}

echo "::: browser tests (Chromium)"
cat test-results/e2e-prepare.log
if [ "$prepared" -eq 0 ]; then
  passed=$((passed + 1)) # the build
  step=$SECONDS
  # Tests that start production servers of their own (two instances against one database) use this build too.
  rm -f test-results/vitest-instances.json
  npx vitest run --config vitest.instances.config.ts --reporter=default --reporter=json \
    --outputFile=test-results/vitest-instances.json
  tally test-results/vitest-instances.json "$VITEST_COUNTS"
  echo "::: vitest instances took $((SECONDS - step)) s"
  step=$SECONDS
  rm -f test-results/playwright-*.json
  e2e_shard 1 3210 "$E2E_DATABASE_URL" &
  shard_one=$!
  e2e_shard 2 3211 "$E2E_DATABASE_URL_2"
  wait "$shard_one"
  echo "::: browser test shards took $((SECONDS - step)) s"
  for shard in 1 2; do
    cat "test-results/playwright-$shard.log"
    tally "test-results/playwright-$shard.json" "$PLAYWRIGHT_COUNTS"
  done
elif [ "$prepared" -eq 3 ]; then
  tail -40 test-results/next-build.log
  echo "FAILED: next build"; failed=$((failed + 1))
else
  echo "FAILED: e2e database"; failed=$((failed + 1))
fi
# Whatever was made is dropped, a seeded database whose copy failed included.
for url in "$E2E_DATABASE_URL" "$E2E_DATABASE_URL_2"; do
  [ -n "$url" ] && { npx tsx scripts/e2e-database.ts drop "$url" || true; }
done

echo "::: whole suite took $SECONDS s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
