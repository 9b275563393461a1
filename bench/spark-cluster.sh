#!/usr/bin/env bash
# Lab 11's count on a real Spark standalone cluster, beside the same count on local[2].
#
#   bench/spark-cluster.sh [--events N] [--workers N]
#
# Starts, each in its own JVM on 127.0.0.1: a Spark master and N workers (default 2) from the Maven jars
# the workbook already has - no Spark download. A standalone worker launches its executors from a "Spark
# home": here a directory with an empty jars/ folder, SPARK_SCALA_VERSION=2.13 (what bin/load-spark-env.sh
# exports in a distribution) and SPARK_DIST_CLASSPATH set to lab 11's class path (Spark's own way to run
# with libraries it did not ship). Then it writes N events (default 1,000,000) with 6.1's generator, runs
# 11.2's count (./labs run 11.2) once on local[2] and once on the cluster (executors in the workers' JVMs),
# and prints and saves (target/bench-spark-cluster.txt): the cluster's start time, each run's records/s as
# 11.2 reports it, and whether each count equals 6.1's ground truth. Uses the broker ./labs run finds
# (./labs broker, or KAFKA_BOOTSTRAP_SERVERS); without one, start ./labs broker first.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events=1000000
workers=2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --events) events="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    *) echo "Usage: bench/spark-cluster.sh [--events N] [--workers N]" >&2; exit 2 ;;
  esac
done
[[ "$events" =~ ^[1-9][0-9]*$ ]] || { echo "--events needs a positive number, not '$events'" >&2; exit 2; }
[[ "$workers" =~ ^[1-9]$ ]] || { echo "--workers takes 1 to 9, not '$workers'" >&2; exit 2; }

cd "$home"
./labs list >/dev/null   # builds the workbook when it is out of date
classpath_file=lab11-spark/target/labs.classpath
[[ -s "$classpath_file" ]] || { echo "No $classpath_file: build the workbook first (./labs list)" >&2; exit 1; }
classpath="$home/lab11-spark/target/classes:$(cat "$classpath_file")"
# The JVM options every Spark JVM of the lab gets (lab11-spark/jvm.options), without its heap size.
mapfile -t jvm_options < <(grep -v '^#' lab11-spark/jvm.options | grep -v '^-Xmx' | grep -v '^$')

run_dir="$(mktemp -d -t spark-cluster-XXXXXX)"
mkdir -p "$run_dir/home/jars" "$run_dir/work"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$run_dir"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
master_port="$(free_port)"
master_ui="$(free_port)"
export SPARK_HOME="$run_dir/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_DIST_CLASSPATH="$classpath"

start=$(date +%s.%N)
java -Xmx512m "${jvm_options[@]}" -Dspark.master.rest.enabled=false -cp "$classpath" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui" \
  >"$run_dir/master.log" 2>&1 &
pids+=($!)
for ((w = 1; w <= workers; w++)); do
  java -Xmx512m "${jvm_options[@]}" -cp "$classpath" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory 1g --work-dir "$run_dir/work/worker-$w" \
    "spark://127.0.0.1:$master_port" >"$run_dir/worker-$w.log" 2>&1 &
  pids+=($!)
done
alive=0
for _ in $(seq 1 240); do
  alive="$(curl -s "http://127.0.0.1:$master_ui/json/" | grep -o '"aliveworkers" *: *[0-9]*' | grep -o '[0-9]*$' || true)"
  [[ "${alive:-0}" == "$workers" ]] && break
  sleep 0.5
done
if [[ "${alive:-0}" != "$workers" ]]; then
  echo "The Spark cluster did not get $workers workers within 2 minutes; the master's last lines:" >&2
  tail -20 "$run_dir/master.log" >&2
  exit 1
fi
cluster_start="$(echo "$(date +%s.%N) - $start" | bc)"
echo "Spark master and $workers workers ready in ${cluster_start} s (spark://127.0.0.1:$master_port)"

topic="spark-cluster-bench-$(date +%s)"
./labs run 6.1 -- --count "$events" --seed 7 --topic "$topic" --json >"$run_dir/truth.json" 2>"$run_dir/generator.log"
truth="$(grep -o '"counts":{[^}]*}' "$run_dir/truth.json" || true)"

# One 11.2 run: NAME (for files and topics), LABEL, MASTER ("" for local[2]), JAVA_TOOL_OPTIONS for its JVM.
# Prints its records/s line and whether its counts equal the generator's.
count() {
  local name="$1" label="$2" master="$3" settings="$4"
  local master_args=()
  [[ -n "$master" ]] && master_args=(--master "$master")
  if ! JAVA_TOOL_OPTIONS="$settings" ./labs run 11.2 -- --topic "$topic" --output-topic "$topic-$name" \
      --dead-letter-topic "$topic-$name-dlq" --from-beginning --available-now --json "${master_args[@]}" \
      >"$run_dir/$name.json" 2>"$run_dir/$name.log"; then
    echo "11.2 on $label failed; its last lines:" >&2; tail -20 "$run_dir/$name.log" >&2; exit 1
  fi
  local rate equal
  rate="$(grep -o '[0-9,]* records/s' "$run_dir/$name.log" | tail -1 || true)"
  equal=no; [[ "$(grep -o '"counts":{[^}]*}' "$run_dir/$name.json")" == "$truth" ]] && equal=yes
  printf '%-24s %s, counts equal to 6.1'"'"'s ground truth: %s\n' "11.2 on $label:" "$rate" "$equal"
}
# On the cluster the executors must reach the driver: it listens on 127.0.0.1, and each executor gets one
# core and 512 MiB (a worker has --cores 1 --memory 1g).
cluster_settings="-Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 -Dspark.executor.cores=1 \
-Dspark.executor.memory=512m -Dspark.cores.max=$workers"
mkdir -p "$home/target"
{
  echo "bench/spark-cluster.sh, $(date -u +%Y-%m-%dT%H:%MZ), $events events, $workers workers, load before: $(uptime | sed 's/.*load average: //')"
  echo "Spark master and $workers workers (each a JVM) ready in ${cluster_start} s"
  count local "local[2]" "" ""
  count cluster "the cluster" "spark://127.0.0.1:$master_port" "$cluster_settings"
  echo "Executors the workers launched (each a JVM): $(ls -d "$run_dir"/work/worker-*/app-*/* 2>/dev/null | wc -l)"
} 2>&1 | tee "$home/target/bench-spark-cluster.txt"
