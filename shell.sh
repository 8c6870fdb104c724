#!/usr/bin/env bash
# ORM Shell launcher: builds the project when the sources changed, then runs the shell.
#   ./shell.sh                      the REPL on ./data.sqlite
#   ./shell.sh run experiment.jsh   a script;  ./shell.sh < experiment.jsh  the same from stdin
#   ./shell.sh db upgrade           migrations (see README.md)
#   ./shell.sh bench                the benchmark (facade against plain JDBC, start-up figures)
# The newer of $JAVA_HOME's Java and the PATH's runs the shell (Java 17 or later).
# ORMSHELL_JAVA_OPTS adds JVM options; ORMSHELL_CDS=off runs without the class-data archive.
set -euo pipefail
if [ -n "${ORMSHELL_STARTUP_TRACE:-}" ] && [ -n "${EPOCHREALTIME:-}" ]; then
    # The start-up trace counts from here, so that it shows this script's own share too.
    export ORMSHELL_LAUNCHER_START="$EPOCHREALTIME"
fi

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

# True when the arguments open the interactive shell and nothing else: only its options, each
# once and with its value (--url is gone from them, above). The same rule as cli/ShellArguments
# (and cli/EarlyPrompt, which leaves --debug out: its logs would write over the prompt).
opens_interactive_shell() {
    local seen=" " name
    while [ $# -gt 0 ]; do
        name="${1%%=*}"
        case "$seen" in *" $name "*) return 1 ;; esac
        seen="$seen$name "
        case "$1" in
            --project|--classpath|--profile|--context)
                [ $# -ge 2 ] && [ "${2#-}" = "$2" ] || return 1
                shift ;;
            --no-context|--project=*|--classpath=*|--profile=*|--context=*) ;;
            *) return 1 ;;
        esac
        shift
    done
}

# The prompt at once, as zsh's "instant prompt" does it: printed first, before this script's own
# work and the JVM's start (0.2-0.4 s before Java's main on this machine, more with Java 25's AOT
# cache). The script's messages (a build, the archive) take the prompt's line and show it again
# after them. Until Java opens the terminal, the terminal itself echoes and keeps what is typed
# (Backspace works); the shell's JLine then takes the same line over with those keys
# (repl/TerminalInput). Only where the JVM shows its own prompt early too (cli/EarlyPrompt), or
# this one would stay on the screen by itself.
unset ORMSHELL_LAUNCHER_PROMPT
if [ -t 0 ] && [ -t 1 ] && opens_interactive_shell "$@"; then
    printf 'orm> '
    export ORMSHELL_LAUNCHER_PROMPT=1
fi

# A message of this script's own on standard error, on the prompt's line when there is one.
say() {
    if [ -n "${ORMSHELL_LAUNCHER_PROMPT:-}" ]; then
        printf '\r\033[K%s\norm> ' "$1" >&2
    else
        printf '%s\n' "$1" >&2
    fi
}

# Ends the script with an error (after the log file given with it): the prompt's line gives way to it.
fail() {
    [ -n "${ORMSHELL_LAUNCHER_PROMPT:-}" ] && printf '\r\033[K' >&2
    [ $# -lt 2 ] || cat "$2" >&2
    echo "error: $1" >&2
    exit 1
}


here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
stamp="$target/.shell-build-stamp"
classpath_file="$target/runtime-classpath.txt"
# Class-data sharing (AppCDS) only archives classes that come from jars, not from a folder of
# classes, so the shell runs its own classes from this jar of target/classes.
app_jar="$target/orm-shell-classes.jar"
# Names this build of the jar (written with it), so that archives of older builds are known.
build_id_file="$target/orm-shell-classes.id"
cds_dir="$target/cds"

# Reads the version of the JDK a java binary belongs to from the JDK's release file (asking
# `java -version` would cost a JVM start): sets java_feature (17, 25 …; 0 when unknown) and
# java_release (e.g. 25.0.3+9-LTS).
read_java_version() {
    local release line
    java_feature=0
    java_release=unknown
    release="${1%/bin/java}/release"
    [ -r "$release" ] || return 0
    while IFS= read -r line; do
        case "$line" in
            JAVA_VERSION=*) line="${line#JAVA_VERSION=\"}"; line="${line%%[.\"]*}"
                [[ "$line" =~ ^[0-9]+$ ]] && java_feature="$line" ;;
            JAVA_RUNTIME_VERSION=*) line="${line#JAVA_RUNTIME_VERSION=\"}"; java_release="${line%\"}" ;;
        esac
    done < "$release"
}

# The newest Java among $JAVA_HOME's and the PATH's: a user who installed a newer Java beside the
# system's means to use it (and Java 25 brings its AOT cache, below).
java_bin=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    candidate="$(readlink -f "$candidate")"
    read_java_version "$candidate"
    if [ -z "$java_bin" ] || [ "$java_feature" -gt "$chosen_feature" ]; then
        java_bin="$candidate"
        chosen_feature="$java_feature"
        chosen_release="$java_release"
    fi
done
if [ -z "$java_bin" ]; then
    fail "no Java found: install Java 17 or later, or set JAVA_HOME to one"
fi
if [ "$chosen_feature" -gt 0 ] && [ "$chosen_feature" -lt 17 ]; then
    fail "ORM Shell needs Java 17 or later; the newest found is Java $chosen_feature ($java_bin)"
fi
jar_tool="${java_bin%/java}/jar"
[ -x "$jar_tool" ] || jar_tool=jar

needs_build() {
    [ ! -f "$stamp" ] || [ ! -f "$classpath_file" ] && return 0
    [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]
}

if needs_build; then
    say "Building ORM Shell (first run or sources changed)…"
    if ! (cd "$here" && mvn -q -B -DskipTests compile >"$target.build.log" 2>&1); then
        fail "the build failed (log above)" "$target.build.log"
    fi
    touch "$stamp"
fi
if [ ! -f "$app_jar" ] || [ ! -f "$build_id_file" ] || [ "$stamp" -nt "$app_jar" ] || [ "$classpath_file" -nt "$app_jar" ]; then
    "$jar_tool" cf "$app_jar.$$" -C "$target/classes" . && mv -f "$app_jar.$$" "$app_jar"
    printf '%s-%s\n' "${EPOCHSECONDS:-$(date +%s)}" "$$" > "$build_id_file"
fi
read -r build_id < "$build_id_file"
classpath="$app_jar:$(<"$classpath_file")"

# JVM flags for a shell, each measured with `./shell.sh bench` (figures in the commit message):
# - SerialGC: a shell's heap is small and its pauses short; no GC threads to start, less memory.
# - TieredStopAtLevel=1: only the quick C1 compiler. Start-up no longer waits for C2 compiling in
#   the background on a 2-core machine, and snippets are compiled by javac code that C1 made fast
#   enough. The benchmark itself wants peak speed, so it keeps both compilers.
# - enable-native-access: sqlite-jdbc loads its native library with System.load, which Java 24
#   and later warn about on every start otherwise (Java 17 accepts the flag and changes nothing).
# - Xms64m with Xmn10m: a start keeps about 35 MB; an old generation that starts at 54 MB holds it
#   without the four full collections that growing it 10% at a time took (-Xlog:gc), and a young
#   one of 10 MB keeps the memory it touches small. Against -Xms32m alone: 5% less CPU, peak RSS
#   159 MB instead of 165, idle 175 instead of 184 (7 alternating runs, one query, on a loaded machine).
# - Xshare/AppCDS below: the JDK's and the libraries' classes come parsed and verified from an archive.
if [ "${1:-}" = "bench" ]; then
    java_opts=(-XX:+UseSerialGC -Xms64m -Xmx2g)
else
    java_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -Xmn10m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10)
fi
java_opts+=(--enable-native-access=ALL-UNNAMED)

# sqlite-jdbc copies its native library out of its jar into the temp folder on every start (about
# 60 ms of the first connection, measured); keep one copy per driver version and platform under
# target/ instead, and point the driver at it. Only where the jar has a build for this platform
# (glibc Linux on x86_64 or aarch64); anywhere else the driver finds its library as usual.
sqlite_jar=""
if [[ ":$classpath:" =~ :([^:]*/sqlite-jdbc-[^/:]*\.jar): ]]; then
    sqlite_jar="${BASH_REMATCH[1]}"
fi
case "${OSTYPE:-}/${HOSTTYPE:-}" in
    linux-gnu*/x86_64) native_arch=x86_64 ;;
    linux-gnu*/aarch64) native_arch=aarch64 ;;
    *) native_arch="" ;;
esac
if [ -n "$sqlite_jar" ] && [ -n "$native_arch" ]; then
    sqlite_name="${sqlite_jar##*/}"
    native_dir="$target/native/${sqlite_name%.jar}"
    native_lib="$native_dir/org/sqlite/native/Linux/$native_arch"
    if [ ! -f "$native_lib/libsqlitejdbc.so" ]; then
        mkdir -p "$native_dir"
        (cd "$native_dir" && "$jar_tool" xf "$sqlite_jar" "org/sqlite/native/Linux/$native_arch/libsqlitejdbc.so") 2>/dev/null || true
    fi
    if [ -f "$native_lib/libsqlitejdbc.so" ]; then
        java_opts+=(-Dorg.sqlite.lib.path="$native_lib" -Dorg.sqlite.lib.name=libsqlitejdbc.so)
    fi
fi

# The first run of a build on a Java records the classes a typical session loads (a short training
# script on an in-memory database) into an archive; every later run maps it instead of loading
# those classes one by one. Java 25 and later keep them in an AOT cache (JEP 483/514: classes
# loaded and linked too), earlier ones in an AppCDS archive. One archive per Java and build, named
# after both: alternating Javas keeps each one's, and only archives of older builds are removed.
if [ "${ORMSHELL_CDS:-on}" != "off" ]; then
    java_id="${java_bin#/}"
    java_id="${java_id//[^A-Za-z0-9.+-]/_}_$chosen_release"
    # Mapped where it was written, as Java did by default before it began to randomise that
    # address: relocating the archive's pointers cost 90-700 ms of every start here (-Xlog:startuptime,
    # "Genesis"). Diagnostic flags may go in a later Java: an unknown one is ignored, not fatal.
    use=(-XX:+UnlockDiagnosticVMOptions -XX:+IgnoreUnrecognizedVMOptions -XX:ArchiveRelocationMode=0)
    if [ "$chosen_feature" -ge 25 ]; then
        archive="$cds_dir/$java_id.$build_id.aot"
        # Without adapters in the cache: Java 25.0.3 warned on every start that it could not link them.
        record=(-XX:AOTCacheOutput="$cds_dir/$java_id.$build_id.$$.aot" -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching)
        use+=(-XX:AOTCache="$archive" -XX:-AOTAdapterCaching -Xlog:aot=off -Xlog:cds=off)
    else
        archive="$cds_dir/$java_id.$build_id.jsa"
        record=(-XX:ArchiveClassesAtExit="$cds_dir/$java_id.$build_id.$$.jsa")
        use+=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
    if [ ! -f "$archive" ] && [ ! -f "$archive.failed" ]; then
        say "Preparing fast start-up (once per build and Java)…"
        mkdir -p "$cds_dir"
        for old in "$cds_dir"/*; do
            case "$old" in
                *".$build_id."*) ;;
                *) rm -f "$old" ;;
            esac
        done
        training="${record[0]#*=}"
        if printf '%s\n' 'db.createAll()' 'Role admin = new Role("Admin");' 'db.session.add(admin);' \
                'db.session.addAll(new User("john", admin), new User("susan", admin));' 'db.session.commit();' \
                'Role.query.all()' 'User.query.filterBy("role", admin).orderBy("username").all()' \
                'admin.users().count()' 'User.query.paginate(1, 10)' '/help' \
            | "$java_bin" "${java_opts[@]}" "${record[@]}" \
                -cp "$classpath" dev.ormshell.cli.Main --url 'sqlite:///:memory:' >/dev/null 2>&1 \
            && [ -s "$training" ]; then
            mv -f "$training" "$archive"
        else
            rm -f "$training"
            touch "$archive.failed"
        fi
    fi
    if [ -f "$archive" ]; then
        java_opts+=("${use[@]}")
    fi
fi

# The benchmark finds this launcher through ORMSHELL_HOME to time child shells.
export ORMSHELL_HOME="$here"
# ORMSHELL_MAIN_CLASS is for the benchmark: it times parts of a start (bench/StartupFloor) with the
# shell's own Java, flags and archive.
exec "$java_bin" "${java_opts[@]}" ${ORMSHELL_JAVA_OPTS:-} -cp "$classpath" "${ORMSHELL_MAIN_CLASS:-dev.ormshell.cli.Main}" "$@"
