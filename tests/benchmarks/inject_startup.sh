#!/bin/bash
# Times `shotbook-cli inject` of two builds, alternating, on copies of one
# database: e.g. this branch against the commit before `export pdf` came.
# usage: inject_startup.sh NEW_CLI BASE_CLI [RUNS]
set -e
NEW=$1; BASE=$2; N=${3:-40}
work=$(mktemp -d); cd "$work"
for w in new base; do
  bin=$NEW; [ $w = base ] && bin=$BASE
  $bin --db $w.sqlite --now 2026-01-01T07:00 patient add --name Ada --weight-kg 70 >/dev/null 2>&1
  $bin --db $w.sqlite --now 2026-01-01T07:00 regimen set --dose-mg 100 --times 08:00 --start 2026-01-01 >/dev/null 2>&1
  $bin --db $w.sqlite --now 2026-01-01T07:00 stock add --lot L1 --expires 2027-12-31 --count 500 >/dev/null 2>&1
done
declare -A total
total[new]=0; total[base]=0
for i in $(seq 1 $N); do
  day=$(date -d "2026-01-01 + $i days" +%Y-%m-%d)
  for w in new base; do
    bin=$NEW; [ $w = base ] && bin=$BASE
    s=$(date +%s%N)
    $bin --db $w.sqlite --now ${day}T08:00 inject --site abdomen-upper-left --force >/dev/null 2>&1
    e=$(date +%s%N)
    echo "$w $(( (e-s)/1000 ))"
  done
done > times.txt
python3 - <<'PY'
import statistics as st
t={'new':[], 'base':[]}
for l in open('times.txt'):
    w,us=l.split(); t[w].append(int(us)/1000)
for w,v in t.items():
    v.sort()
    print(f"{w}: n={len(v)} median {st.median(v):.1f} ms, mean {st.mean(v):.1f} ms, min {v[0]:.1f} ms, p90 {v[int(len(v)*0.9)-1]:.1f} ms")
PY
