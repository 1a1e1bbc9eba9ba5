#!/usr/bin/env bash
# pnpm audit:scan — the security scan of issue 15, repeatable: sqlmap (--level 3 --risk 2) on the login,
# public and analysis routes, and wapiti on the whole app, against a fresh demo server on loopback only.
# Installs Debian's sqlmap and wapiti when missing. Every tool runs under `timeout` (AUDIT_SCAN_SECONDS
# each, default 300), so the scan is bounded; it prints a summary and exits 1 when anything was found.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${AUDIT_SCAN_PORT:-3199}"
seconds="${AUDIT_SCAN_SECONDS:-300}"
base="http://127.0.0.1:${port}"
work="$(mktemp -d /tmp/klankbord-audit-XXXXXX)"
password="audit-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"

if ! command -v sqlmap >/dev/null 2>&1 || ! command -v wapiti >/dev/null 2>&1; then
  echo "== installing sqlmap and wapiti (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlmap wapiti >/dev/null
fi
[ -f web/dist/index.html ] || pnpm --filter @klankbord/web build >/dev/null

echo "== server on ${base} (embedded database in ${work}/data, demo data)"
# Loopback only; the public rate limits are raised so the tools' requests reach the code under test
# (the login throttle stays on: sqlmap meets it as an attacker would).
HOST=127.0.0.1 PORT="$port" DATA_DIR="$work/data" DEMO_PASSWORD="$password" LOG_LEVEL=warn \
  PUBLIC_RATE_LIMIT_PER_CLIENT=100000 PUBLIC_RATE_LIMIT_PER_LINK=100000 PUBLIC_LINK_MISSES=100000 \
  node --import tsx api/src/main.ts >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fsS "$base/api/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$base/api/health" >/dev/null

# A researcher's session for the analysis routes (GET: no CSRF token needed).
cookie="$(curl -fsS -o /dev/null -D - -H 'content-type: application/json' -H "origin: $base" \
  --data "{\"email\":\"onderzoeker@demo.klankbord.nl\",\"password\":\"$password\"}" "$base/api/auth/login" |
  sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')"
wave="$(curl -fsS -H "cookie: $cookie" "$base/api/analysis/waves?organisation=demo" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const w=JSON.parse(s).waves??[];console.log(w[0]?.id??1)})')"

sqlmap_run() {
  local name="$1"
  shift
  echo "== sqlmap: $name"
  # Refusals (400, 401, 404, 409, 410, 429) are the app's normal answers to a wrong value: test through them.
  local started=$SECONDS status=0
  timeout "$seconds" sqlmap --batch --level 3 --risk 2 --threads 2 --timeout 10 --retries 1 \
    --ignore-code=400,401,404,409,410,429 --output-dir "$work/sqlmap" "$@" >"$work/sqlmap-$name.log" 2>&1 ||
    status=$?
  # sqlmap confirms what it suspects; a suspicion it discards ("false positive") is no finding.
  if grep -Eq "sqlmap identified the following injection point|is vulnerable" "$work/sqlmap-$name.log"; then
    echo "   FOUND: see $work/sqlmap-$name.log"
    echo "$name" >>"$work/findings"
  elif grep -q "do not appear to be injectable" "$work/sqlmap-$name.log"; then
    echo "   nothing: all tested parameters do not appear to be injectable" \
      "($(grep -c 'false positive or unexploitable' "$work/sqlmap-$name.log" || true) suspicion(s) discarded by sqlmap as false positives)"
  elif [ "$status" = 124 ]; then
    echo "   stopped at the time limit (${seconds}s) without a finding"
  else
    echo "   ended without a verdict (exit $status): $(grep -E '\[(ERROR|CRITICAL)\]' "$work/sqlmap-$name.log" | tail -1)"
    echo "$name-no-verdict" >>"$work/findings"
  fi
  echo "   $((SECONDS - started)) s, $(grep -c "\[INFO\] testing '" "$work/sqlmap-$name.log" || true) techniques tried"
}

sqlmap_run login -u "$base/api/auth/login" --method POST \
  --data '{"email":"onderzoeker@demo.klankbord.nl*","password":"geheim*"}' \
  --headers "Content-Type: application/json
Origin: $base"
sqlmap_run public-link -u "$base/api/public/links/demo-ouders*"
sqlmap_run public-response -u "$base/api/public/responses" --method POST \
  --data '{"code":"demo-ouders*","locale":"nl*","role":"ouder","complete":false,"answers":{}}' \
  --headers "Content-Type: application/json"
sqlmap_run analysis -u "$base/api/analysis/themes?organisation=demo*&wave=${wave}*" --cookie "$cookie"

echo "== wapiti on the app"
# Start points besides the single page app (wapiti does not run its JavaScript): the respondent page, the
# public API and an analysis route with the researcher's session. The proxy variables keep wapiti on
# loopback: its module database and out-of-band (ssrf) endpoints on the internet are not reached.
timeout "$((seconds + 60))" env http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 \
  no_proxy=127.0.0.1,localhost wapiti -u "$base/" --scope folder --flush-session --max-scan-time "$seconds" \
  --max-attack-time "$((seconds / 4))" -H "Cookie: $cookie" \
  -s "$base/s/demo-ouders" -s "$base/api/public/links/demo-ouders" -s "$base/api/public/organisations" \
  -s "$base/api/analysis/themes?organisation=demo&wave=${wave}" \
  -s "$base/api/analysis/schools?organisation=demo&wave=${wave}" \
  -m sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,backup,htaccess \
  -f json -o "$work/wapiti.json" >"$work/wapiti.log" 2>&1 || true
echo "   $(grep -o 'Wapiti found [0-9]* URLs and forms' "$work/wapiti.log" || echo 'no crawl count')"
if [ -f "$work/wapiti.json" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const found = Object.entries(r.vulnerabilities ?? {}).filter(([, list]) => list.length);
    if (found.length) { for (const [name, list] of found) console.log("   FOUND " + list.length + " × " + name); process.exit(3); }
    console.log("   nothing: no vulnerability in " + Object.keys(r.vulnerabilities ?? {}).length + " categories");
  ' "$work/wapiti.json" || echo wapiti >>"$work/findings"
else
  echo "   no report (see $work/wapiti.log)"
  echo wapiti-no-report >>"$work/findings"
fi

echo "== server errors during the scan: $(grep -c '"unhandled_error"' "$work/server.log" || true)"
echo "   logs and reports in $work"
if [ -s "$work/findings" ]; then
  echo "FOUND something: $(tr '\n' ' ' <"$work/findings")"
  exit 1
fi
echo "Nothing found."
