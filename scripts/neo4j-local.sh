#!/usr/bin/env bash
# Builds (once) and starts the embedded Neo4j 5.26 launcher on 127.0.0.1 (default port 7687).
# Usage: npm run neo4j:local [-- HOME_DIR [PORT]]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/neo4j-local"
if [ ! -d target/lib ] || [ ! -d target/classes ]; then
  mvn -q -B package -DskipTests
fi
home=${1:-$root/data/neo4j-local}
port=${2:-7687}
exec java -Xms256m -Xmx768m \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -Dlog4j2.disable.jmx=true \
  -cp "target/classes:target/lib/*" kg.LocalNeo4j "$home" "$port"
