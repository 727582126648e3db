#!/usr/bin/env bash
# Runs the Compass Spark job in Spark's local mode, with no cluster (issue 21):
#
#   spark/run-local.sh PLAN --data DIR --out FILE [--period P] [--lines] [--keep-going]
#                      [--format csv|parquet] [--overwrite] [--partitions N]
#
# It is what `spark-submit --master local[*] --class compass.spark.CompassJob compass-spark.jar ...`
# does (Spark's SparkSubmit, started with Spark's jars), with Spark's jars taken from Maven
# instead of a Spark installation. The job jar is built when missing; the classpath is listed once
# into spark/target/spark.classpath. COMPASS_SPARK_MASTER (default local[*]) and
# COMPASS_SPARK_MEMORY (default 2g, the JVM's heap) change the defaults.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jar=${COMPASS_SPARK_JAR:-$here/target/compass-spark.jar}
classpath=$here/target/spark.classpath
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -o -q -pl grammar,interpreter,stdlib-plans,spark package -DskipTests \
    -Dspotless.check.skip=true) >&2
fi
if [ ! -f "$classpath" ]; then
  # Spark's jars as a Spark installation has them: spark-sql and what it needs, resolved alone
  # (in the module, Maven would count a library Compass also uses as Compass's, not Spark's)
  mkdir -p "$here/target/spark-classpath"
  version=$(sed -n 's:.*<spark.version>\(.*\)</spark.version>.*:\1:p' "$here/pom.xml")
  cat > "$here/target/spark-classpath/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.compass</groupId>
  <artifactId>spark-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.apache.spark</groupId>
      <artifactId>spark-sql_2.13</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
</project>
POM
  (cd "$here/target/spark-classpath" \
    && { mvn -o -q dependency:build-classpath -Dmdep.outputFile="$classpath" 2>/dev/null \
      || mvn -q dependency:build-classpath -Dmdep.outputFile="$classpath"; }) >&2
fi
# The flags Spark documents for Java 17 (its launcher adds them; here the JVM is started directly).
opens=(
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true
)
exec java "${opens[@]}" -Xmx"${COMPASS_SPARK_MEMORY:-2g}" \
  -cp "$(cat "$classpath")" org.apache.spark.deploy.SparkSubmit \
  --master "${COMPASS_SPARK_MASTER:-local[*]}" \
  --conf spark.ui.enabled=false \
  --conf spark.log.level=WARN \
  --class "${COMPASS_SPARK_CLASS:-compass.spark.CompassJob}" "$jar" "$@"
