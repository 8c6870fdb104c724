#!/usr/bin/env bash
# ORM Shell launcher: builds the project when the sources changed, then runs the shell.
#   ./shell.sh                      the REPL on ./data.sqlite
#   ./shell.sh run experiment.jsh   a script;  ./shell.sh < experiment.jsh  the same from stdin
#   ./shell.sh db upgrade           migrations (see README.md)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
stamp="$target/.shell-build-stamp"
classpath_file="$target/runtime-classpath.txt"

needs_build() {
    [ ! -f "$stamp" ] || [ ! -f "$classpath_file" ] && return 0
    [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]
}

if needs_build; then
    echo "Building ORM Shell (first run or sources changed)…" >&2
    if ! (cd "$here" && mvn -q -B -DskipTests compile >"$target.build.log" 2>&1); then
        cat "$target.build.log" >&2
        echo "error: the build failed (log above)" >&2
        exit 1
    fi
    touch "$stamp"
fi

export ORMSHELL_HOME="$here"
exec java ${ORMSHELL_JAVA_OPTS:-} -cp "$target/classes:$(cat "$classpath_file")" dev.ormshell.cli.Main "$@"
