#!/usr/bin/env bash
# The whole test suite: static checks, unit + integration tests (PostgreSQL and PGlite), browser tests in Chromium.
# Ends with one line "N passed, N failed" counting every check and every test. Exit code 0 only if nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# The seed writes notifications with signed unsubscribe links, and the browser tests' server must verify them: one
# secret for both (playwright.config.ts uses the same default).
export NEXTAUTH_SECRET=${NEXTAUTH_SECRET:-e2e-secret-not-for-production-0123456789}
mkdir -p test-results
passed=0
failed=0

check() { # name, command...: a static check counts as one test
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

count_json() { # file, node expression over `r` printing "passed failed"
  node -e "const r=require('./$1'); const [p,f]=($2); console.log(p+' '+f)" 2>/dev/null || echo "0 1"
}

check "prisma generate" npx prisma generate
check "eslint" npx eslint . --max-warnings 0
check "prettier" npx prettier --check .
check "typecheck" npm run --silent typecheck
check "migration drift" npx tsx scripts/db.ts drift

echo "::: vitest (unit + integration)"
rm -f test-results/vitest.json
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
read -r p f < <(count_json test-results/vitest.json "[r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.success || r.numFailedTests ? 0 : 1)]")
passed=$((passed + p)); failed=$((failed + f))

echo "::: browser tests (Chromium)"
if E2E_DATABASE_URL=$(npx tsx scripts/e2e-database.ts prepare); then
  if npx next build > test-results/next-build.log 2>&1; then
    passed=$((passed + 1))
    # Tests that start production servers of their own (two instances against one database) use this build too.
    rm -f test-results/vitest-instances.json
    npx vitest run --config vitest.instances.config.ts --reporter=default --reporter=json \
      --outputFile=test-results/vitest-instances.json
    read -r p f < <(count_json test-results/vitest-instances.json "[r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.success || r.numFailedTests ? 0 : 1)]")
    passed=$((passed + p)); failed=$((failed + f))
    rm -f test-results/playwright.json
    E2E_DATABASE_URL=$E2E_DATABASE_URL PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test
    read -r p f < <(count_json test-results/playwright.json "[r.stats.expected + r.stats.flaky, r.stats.unexpected + (r.errors?.length ?? 0)]")
    passed=$((passed + p)); failed=$((failed + f))
  else
    tail -40 test-results/next-build.log
    echo "FAILED: next build"; failed=$((failed + 1))
  fi
  npx tsx scripts/e2e-database.ts drop "$E2E_DATABASE_URL" || true
else
  echo "FAILED: e2e database"; failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
