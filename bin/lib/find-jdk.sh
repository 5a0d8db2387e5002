# Sourced by the scripts in bin/: sets JAVA_HOME to a JDK of version 21 or newer.
# Looks at $JAVA_HOME, then the java on PATH, then every JDK under /usr/lib/jvm (newest first).

mdm_mcp_java_major() {
    # Prints the feature version of the java executable given (17, 21, 25, ...), or nothing.
    # The JDK's release file says it without starting a JVM (which costs a noticeable part of a
    # server start); the JVM is asked only when there is no such file.
    local release version
    release="$(dirname "$(dirname "$1")")/release"
    if [ -f "$release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*"$/\1/p' "$release" | head -n 1)
        case "$version" in
            1.*) echo "${version#1.}" | cut -d. -f1; return ;;
            [0-9]*) echo "${version%%.*}"; return ;;
        esac
    fi
    "$1" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

mdm_mcp_find_jdk() {
    local candidate major
    local candidates=()
    [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
    if command -v javac >/dev/null 2>&1; then
        candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
    fi
    if [ -d /usr/lib/jvm ]; then
        while IFS= read -r candidate; do candidates+=("$candidate"); done \
            < <(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d | sort -V -r)
    fi
    for candidate in "${candidates[@]}"; do
        [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(mdm_mcp_java_major "$candidate/bin/java")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            export JAVA_HOME="$candidate"
            export MDM_MCP_JAVA_MAJOR="$major"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "mdm-mcp needs a JDK 21 or newer and found none (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
    return 1
}
