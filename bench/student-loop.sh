#!/usr/bin/env bash
# The student loop's speed, measured as a student meets it (wall-clock time of whole commands).
#
#   bench/student-loop.sh [--runs N] [--exercise 3.1] [--no-maven] [--only student|lab]
#
# Prints and saves (target/bench-student-loop.txt) the median and the spread of N runs (default 5) of:
#   check-unchanged   ./labs check ID with a broker running (./labs broker) and nothing changed
#   check-edited      the same right after one starter file was edited
#   check-no-broker   ./labs check ID with no broker running (the check starts one)
#   watch-save        ./labs watch ID: from saving the starter to the verdict on screen
#   lab-fast          ./labs check LAB --solution (a fully solved lab), the one-JVM path
#   lab-maven         the same through Maven's verify, as ./labs check LAB ran before (--no-maven skips it)
# Each line: the median wall-clock time (min, max), and the median CPU time (user+sys, the command and
# its child JVMs), which depends much less on what else the machine runs. The machine's load (uptime)
# is printed before and after: on a shared machine it decides the wall-clock figures.
# The starter is edited by appending a comment line and restored at the end.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
exercise=3.1
maven=yes
only=all
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --exercise) exercise="$2"; shift 2 ;;
    --no-maven) maven=no; shift ;;
    --only) only="$2"; shift 2 ;;
    *) echo "Usage: bench/student-loop.sh [--runs N] [--exercise ID] [--no-maven] [--only student|lab]" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "--runs needs a positive number, not '$runs'" >&2; exit 2; }
[[ "$only" =~ ^(all|student|lab)$ ]] || { echo "--only takes student or lab, not '$only'" >&2; exit 2; }

cd "$home"
lab="$(printf 'lab%02d' "${exercise%%.*}")"
module="$(basename "$(ls -d "$home/$lab"-*/ | head -1)")"
# The starter the exercise's checks resolve: the catalog names it; for the default 3.1, SimpleProducer.
starter="${STARTER:-$module/src/main/java/dev/kafkalabs/lab03/starter/SimpleProducer.java}"
[[ -f "$starter" ]] || { echo "No starter file $starter (set STARTER=path for exercise $exercise)" >&2; exit 2; }
port="${BENCH_BROKER_PORT:-19092}"
suffix=""
[[ "$only" != all ]] && suffix="-$only"
out="$home/target/bench-student-loop$suffix.txt"
work="$home/target/bench-student-loop"
mkdir -p "$work"
original="$work/starter.orig"
cp "$starter" "$original"

broker_pid=""
watch_pid=""
cleanup() {
  cp "$original" "$starter"
  [[ -n "$watch_pid" ]] && kill -TERM "$watch_pid" 2>/dev/null && wait "$watch_pid" 2>/dev/null || true
  [[ -n "$broker_pid" ]] && kill -TERM "$broker_pid" 2>/dev/null && wait "$broker_pid" 2>/dev/null || true
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# median and min..max of the numbers (milliseconds) on stdin, in seconds
stats() {
  sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "median %5.1f s   (min %.1f, max %.1f, %d runs)", m / 1000, v[1] / 1000, v[NR] / 1000, NR }'
}

report() { # name, file with one figure per line [, file with "user sys" CPU seconds per run]
  local cpu=""
  if [[ -n "${3:-}" && -s "$3" ]]; then
    cpu="$(awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$3" | stats | sed 's/^median/  CPU (user+sys): median/; s/ *(min.*//')"
  fi
  printf '%-16s %s%s\n' "$1" "$(stats < "$2")" "$cpu" | tee -a "$out"
}

edit_starter() { echo "// bench edit $(date +%s%N)" >> "$starter"; }

time_command() { # name, command...
  local name="$1"; shift
  : > "$work/$name"
  : > "$work/$name.cpu"
  for ((i = 1; i <= runs; i++)); do
    [[ "$name" == check-edited ]] && edit_starter
    local start; start=$(now_ms)
    { TIMEFORMAT='%U %S'; time "$@" > "$work/$name.last.log" 2>&1; } 2>> "$work/$name.cpu" || true
    echo $(( $(now_ms) - start )) >> "$work/$name"
  done
  report "$name" "$work/$name" "$work/$name.cpu"
}

{
  echo "Student loop benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), exercise $exercise, $runs runs each"
  echo "machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //')"
} | tee "$out"

./labs list > /dev/null   # builds the workbook if needed
./labs check "$exercise" > /dev/null 2>&1 || true   # builds the checks' class path once (Maven), not timed

if [[ "$only" != lab ]]; then

if (exec 3<>"/dev/tcp/127.0.0.1/9092") 2>/dev/null; then
  echo "check-no-broker  skipped: something already listens at 127.0.0.1:9092" | tee -a "$out"
else
  time_command check-no-broker ./labs check "$exercise"
fi

./labs broker --port "$port" > "$work/broker.log" 2>&1 &
broker_pid=$!
for _ in $(seq 1 240); do grep -q "ready at" "$work/broker.log" && break; sleep 0.5; done
grep -q "ready at" "$work/broker.log" || { echo "The benchmark's broker did not start: $(cat "$work/broker.log")" >&2; exit 1; }
export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$port"

time_command check-unchanged ./labs check "$exercise"
time_command check-edited ./labs check "$exercise"
cp "$original" "$starter"

# Watch: save, then wait for the next verdict line the watch prints.
watch_log="$work/watch.log"
./labs watch "$exercise" < /dev/null > "$watch_log" 2>&1 &
watch_pid=$!
verdicts() { grep -c '^(checked in' "$watch_log" || true; }
wait_for_verdicts() { # count
  for _ in $(seq 1 6000); do [[ "$(verdicts)" -ge "$1" ]] && return 0; sleep 0.02; done
  echo "No verdict from ./labs watch within 120 s: $(tail -5 "$watch_log")" >&2; exit 1
}
wait_for_verdicts 1
: > "$work/watch-save"
for ((i = 1; i <= runs; i++)); do
  sleep 2   # the student reads the verdict; the next check's JVM warms up meanwhile
  seen=$(verdicts)
  start=$(now_ms)
  edit_starter
  wait_for_verdicts $((seen + 1))
  echo $(( $(now_ms) - start )) >> "$work/watch-save"
done
report watch-save "$work/watch-save"
kill -TERM "$watch_pid"; wait "$watch_pid" 2>/dev/null || true; watch_pid=""
cp "$original" "$starter"
fi

if [[ "$only" != student ]]; then
time_command lab-fast ./labs check "$lab" --solution
if [[ "$maven" == yes ]]; then
  # What ./labs check LAB --solution ran before the student loop: Maven's verify of the module.
  time_command lab-maven ./mvnw -B -q -pl "$module" verify -Dlab.variant=solution -Dmaven.test.failure.ignore=true
fi
fi

echo "load after: $(uptime | sed 's/.*load average: //')" | tee -a "$out"
echo "Saved in $out"
