#!/bin/sh
# Before and after: one input and subject of Profile, timed with the renderers of an earlier
# commit and with the working tree's, in JVMs that take turns, so that both see the same machine.
#
#   benchmarks/compare.sh REV INPUT SUBJECT [ROUNDS] [SECONDS]
#   benchmarks/compare.sh main manual pdf 5 12
#
# INPUT and SUBJECT are Profile's (press-release, brief, report, manual or a page count; parse,
# pdf, docx). The harness is the working tree's; only core, pdf and docx come from REV, so REV
# must have the same public API. Prints each round's median and the ratio of the medians.
set -eu
[ $# -ge 3 ] || { sed -n '2,10p' "$0"; exit 2; }
rev=$1 input=$2 subject=$3 rounds=${4:-5} seconds=${5:-12}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/before" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

cd "$root"
mvn -B -q -Dstyle.color=never -pl benchmarks -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$work/after.cp" >/dev/null
git worktree add --detach "$work/before" "$rev" >/dev/null 2>&1
(cd "$work/before" && mvn -B -q -Dstyle.color=never -pl core,pdf,docx -am package -DskipTests >/dev/null)

# The same classpath, with the three modules' jars taken from REV's build.
after="$root/benchmarks/target/classes:$(cat "$work/after.cp")"
before=$(printf '%s' "$after" | sed "s#$root/\(core\|pdf\|docx\)/target/#$work/before/\1/target/#g")

run() {
    java -Xms1g -Xmx1g -Djava.awt.headless=true -Dbriefkit.root="$root" \
        -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
        -cp "$1" org.briefkit.benchmarks.Profile "$input" "$subject" "$seconds" | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p'
}

b="" a=""
i=1
while [ "$i" -le "$rounds" ]; do
    tb=$(run "$before") ta=$(run "$after")
    echo "round $i: before ($rev) $tb ms, after $ta ms"
    b="$b $tb" a="$a $ta"
    i=$((i + 1))
done
median() { printf '%s\n' $1 | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
mb=$(median "$b") ma=$(median "$a")
echo "$input $subject: before $mb ms, after $ma ms, after/before $(echo "$ma $mb" | awk '{printf "%.2f", $1/$2}')"
