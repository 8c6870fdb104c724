#!/usr/bin/env bash
# ORM Shell launcher: builds the project when the sources changed, then runs the shell.
#   ./shell.sh                      the REPL on ./data.sqlite
#   ./shell.sh run experiment.jsh   a script;  ./shell.sh < experiment.jsh  the same from stdin
#   ./shell.sh db upgrade           migrations (see README.md)
#   ./shell.sh bench                the benchmark (facade against plain JDBC, start-up figures)
# ORMSHELL_JAVA_OPTS adds JVM options; ORMSHELL_CDS=off runs without the class-data archive.
set -euo pipefail

# --url goes to the JVM in its environment, not its arguments: any local user can read a
# process's arguments (ps), only its owner its environment; a password in the URL stays private.
unset ORMSHELL_LAUNCHER_URL
arguments=()
while [ $# -gt 0 ]; do
    case "$1" in
        --) arguments+=("$@"); break ;;
        --url=*) export ORMSHELL_LAUNCHER_URL="${1#--url=}" ;;
        --url) if [ $# -ge 2 ]; then export ORMSHELL_LAUNCHER_URL="$2"; shift; else arguments+=("$1"); fi ;;
        *) arguments+=("$1") ;;
    esac
    shift
done
set -- ${arguments[@]+"${arguments[@]}"}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
stamp="$target/.shell-build-stamp"
classpath_file="$target/runtime-classpath.txt"
# Class-data sharing (AppCDS) only archives classes that come from jars, not from a folder of
# classes, so the shell runs its own classes from this jar of target/classes.
app_jar="$target/orm-shell-classes.jar"
cds_dir="$target/cds"

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
if [ ! -f "$app_jar" ] || [ "$stamp" -nt "$app_jar" ] || [ "$classpath_file" -nt "$app_jar" ]; then
    jar cf "$app_jar.$$" -C "$target/classes" . && mv -f "$app_jar.$$" "$app_jar"
fi
classpath="$app_jar:$(cat "$classpath_file")"

# JVM flags for a shell, each measured with `./shell.sh bench` (figures in the commit message):
# - SerialGC: a shell's heap is small and its pauses short; no GC threads to start, less memory.
# - TieredStopAtLevel=1: only the quick C1 compiler. Start-up no longer waits for C2 compiling in
#   the background on a 2-core machine, and snippets are compiled by javac code that C1 made fast
#   enough. The benchmark itself wants peak speed, so it keeps both compilers.
# - Xshare/AppCDS below: the JDK's and the libraries' classes come parsed and verified from an archive.
if [ "${1:-}" = "bench" ]; then
    java_opts=(-XX:+UseSerialGC -Xms64m -Xmx2g)
else
    java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10)
fi

# sqlite-jdbc copies its native library out of its jar into the temp folder on every start (about
# 60 ms of the first connection, measured); keep one copy per driver version and platform under
# target/ instead, and point the driver at it. Only where the jar has a build for this platform
# (glibc Linux on x86_64 or aarch64); anywhere else the driver finds its library as usual.
sqlite_jar="$(tr ':' '\n' <<< "$classpath" | grep -m1 '/sqlite-jdbc-[^/]*\.jar$' || true)"
case "${OSTYPE:-}/${HOSTTYPE:-}" in
    linux-gnu*/x86_64) native_arch=x86_64 ;;
    linux-gnu*/aarch64) native_arch=aarch64 ;;
    *) native_arch="" ;;
esac
if [ -n "$sqlite_jar" ] && [ -n "$native_arch" ]; then
    native_dir="$target/native/$(basename "$sqlite_jar" .jar)"
    native_lib="$native_dir/org/sqlite/native/Linux/$native_arch"
    if [ ! -f "$native_lib/libsqlitejdbc.so" ]; then
        mkdir -p "$native_dir"
        (cd "$native_dir" && jar xf "$sqlite_jar" "org/sqlite/native/Linux/$native_arch/libsqlitejdbc.so") 2>/dev/null || true
    fi
    if [ -f "$native_lib/libsqlitejdbc.so" ]; then
        java_opts+=(-Dorg.sqlite.lib.path="$native_lib" -Dorg.sqlite.lib.name=libsqlitejdbc.so)
    fi
fi

# AppCDS: the first run after a build records the classes a typical session loads (a short
# training script on an in-memory database) into an archive; every later run maps it instead of
# loading those classes one by one. The archive's name depends on the JVM, the classpath and the
# build, so a change to any of them makes a new one (Java 17 has no -XX:+AutoCreateSharedArchive).
if [ "${ORMSHELL_CDS:-on}" != "off" ]; then
    java_bin="$(command -v java)"
    key="$( { readlink -f "$java_bin"; stat -c %Y "$(readlink -f "$java_bin")"; echo "$classpath"; stat -c %Y "$app_jar"; } | cksum | cut -d' ' -f1)"
    archive="$cds_dir/shell-$key.jsa"
    if [ ! -f "$archive" ] && [ ! -f "$archive.failed" ]; then
        echo "Preparing fast start-up (once per build)…" >&2
        mkdir -p "$cds_dir"
        rm -f "$cds_dir"/shell-*.jsa "$cds_dir"/shell-*.failed
        training="$cds_dir/shell-$key.$$.jsa"
        if printf '%s\n' 'db.createAll()' 'Role admin = new Role("Admin");' 'db.session.add(admin);' \
                'db.session.addAll(new User("john", admin), new User("susan", admin));' 'db.session.commit();' \
                'Role.query.all()' 'User.query.filterBy("role", admin).orderBy("username").all()' \
                'admin.users().count()' 'User.query.paginate(1, 10)' '/help' \
            | java "${java_opts[@]}" -XX:ArchiveClassesAtExit="$training" -Xlog:cds=off -Xlog:cds+dynamic=off \
                -cp "$classpath" dev.ormshell.cli.Main --url 'sqlite:///:memory:' >/dev/null 2>&1 \
            && [ -s "$training" ]; then
            mv -f "$training" "$archive"
        else
            rm -f "$training"
            touch "$archive.failed"
        fi
    fi
    if [ -f "$archive" ]; then
        java_opts+=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
fi

# The benchmark finds this launcher through ORMSHELL_HOME to time child shells.
export ORMSHELL_HOME="$here"
exec java "${java_opts[@]}" ${ORMSHELL_JAVA_OPTS:-} -cp "$classpath" dev.ormshell.cli.Main "$@"
