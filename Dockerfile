# Coopole: build on a JDK 25 image, run on a JRE 25 image, as a user that is not root.
#   docker build -t coopole .
#   docker run -p 8080:8080 -v coopole-data:/data coopole                       (embedded PostgreSQL in /data)
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/coopole \
#              -e SPRING_DATASOURCE_USERNAME=coopole_app -e SPRING_DATASOURCE_PASSWORD=... \
#              -e SPRING_FLYWAY_USER=coopole_owner -e SPRING_FLYWAY_PASSWORD=... coopole   (roles: see the README)
# Add -e SPRING_PROFILES_ACTIVE=demo to fill an empty database with the demo poles.

FROM maven:3.9-eclipse-temurin-25 AS build
# npm fetches the browser libraries (FullCalendar, Apache ECharts) pinned in frontend/package-lock.json
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
# The build starts an embedded PostgreSQL to generate the jOOQ classes; PostgreSQL refuses to run as root.
RUN useradd --create-home builder
USER builder
WORKDIR /home/builder/coopole
COPY --chown=builder pom.xml ./
COPY --chown=builder .mvn .mvn
COPY --chown=builder frontend frontend
COPY --chown=builder src src
RUN mvn -DskipTests package && cp target/coopole-*.jar coopole.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --create-home coopole && mkdir /data && chown coopole /data
USER coopole
WORKDIR /home/coopole
COPY --from=build /home/builder/coopole/coopole.jar coopole.jar
COPY --chown=coopole ops/aot-cache.sh aot-cache.sh
# The JDK's AOT cache, made here by this image's own JVM (a cache from another JVM build is ignored): the jar is
# extracted into app/, started once on a throwaway database, and app/coopole.aot written as it stops. It roughly
# halves the start-up (README, "Performance"); decision 0023.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
RUN ./aot-cache.sh coopole.jar app && rm coopole.jar
ENV COOPOLE_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
# Spring Boot Actuator's health, the only endpoints exposed being health and info
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
WORKDIR /home/coopole/app
ENTRYPOINT ["java", "-XX:AOTCache=coopole.aot", "-jar", "coopole.jar"]
