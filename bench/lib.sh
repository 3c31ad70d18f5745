# Helpers shared by bench/run and bench/soak (sourced after scripts/lib.sh).

# The resident memory of a process, in MB with one decimal.
rss_mb() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
# The CPU time a process has used so far (user + system, all threads), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# A field of a JSON object given as text ('' when missing).
field() { node -e "const o = JSON.parse(process.argv[1] || '{}'); console.log(o[process.argv[2]] ?? '')" "$1" "$2"; }
# Waits up to 10 s for a URL to answer.
wait_for() {
    for _ in $(seq 1 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.1; done
    echo "no answer from $1" >&2
    return 1
}
