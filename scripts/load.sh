#!/usr/bin/env bash
# HTTP under load: builds the fat jar, starts the service on loopback, uploads a synthetic world (default: untc,
# seed 1) with PUT, warms it up (the first status derives the history), then runs CLIENTS concurrent clients
# mixing status and what-if requests for SECONDS, and prints throughput, p50/p99 latency and the error count.
#
#   scripts/load.sh [size=untc|tenth|small|x10] [seconds=60] [clients=16] [whatIfShare=0.2] [reports=full|touched]
#                   [status=whole|subject]
#
# reports: the what-if's reports (whole, or only on what its facts touch); status: the whole status, or the
# status of one treaty (status?subject=).
#
# Environment: PORT (default 18080), HEAP (default 2g), SKIP_BUILD=1 to reuse target/*.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-untc}
SECONDS_RUN=${2:-60}
CLIENTS=${3:-16}
WHAT_IF_SHARE=${4:-0.2}
REPORTS=${5:-full}
STATUS=${6:-whole}
PORT=${PORT:-18080}
HEAP=${HEAP:-2g}
WORK=$(mktemp -d /tmp/treaty-load.XXXXXX)
DATASET="world-$SIZE-1"
BASE="http://127.0.0.1:$PORT"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -DskipTests package
fi
JAR=$(ls target/treaty-status-*.jar | grep -v original | head -1)

echo "== generating $SIZE (seed 1)"
java -cp "$JAR" -Dloader.main=org.treatylaw.world.GenerateWorld org.springframework.boot.loader.launch.PropertiesLauncher \
  "$SIZE" 1 "$WORK/$DATASET.json"

echo "== starting $JAR (-Xmx$HEAP) on port $PORT"
java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --treaty-status.data-dir="$WORK/data" \
  --treaty-status.max-request-bytes=2000000000 --spring.main.banner-mode=off >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "the service did not start:"; tail -20 "$WORK/app.log"; exit 1; }
  sleep 1
done

echo "== PUT /api/datasets/$DATASET ($(du -h "$WORK/$DATASET.json" | cut -f1))"
CODE=$(curl -sS -o "$WORK/put.json" -w "%{http_code} %{time_total}" -X PUT -H 'Content-Type: application/json' \
  --data-binary @"$WORK/$DATASET.json" "$BASE/api/datasets/$DATASET")
echo "   HTTP ${CODE% *} in ${CODE#* } s"
case "${CODE% *}" in
  2*) ;;
  *) echo "   the upload was refused: $(head -c 600 "$WORK/put.json")"; exit 1 ;;
esac

echo "== first status (derives the history)"
curl -sS -o "$WORK/status.json" -w "   HTTP %{http_code} in %{time_total} s, %{size_download} bytes\n" "$BASE/api/datasets/$DATASET/status?asOf=2020-01-01"
echo "   heap after warm-up: $(jcmd $APP GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo '?')"

echo "== $CLIENTS clients for $SECONDS_RUN s, what-if share $WHAT_IF_SHARE, what-if reports $REPORTS, status $STATUS"
java scripts/LoadClient.java "$BASE" "$DATASET" "$WORK/$DATASET.json" "$CLIENTS" "$SECONDS_RUN" "$WHAT_IF_SHARE" "$REPORTS" "$STATUS"
echo "   heap after load: $(jcmd $APP GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo '?')"
rm -rf "$WORK"
