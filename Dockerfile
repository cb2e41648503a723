# One image for every service of the pipeline; the role is chosen at run time (scale-projection run --role ...).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests install

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/cli/target/cli-*.jar /app/scale-projection.jar
COPY --from=build /src/cli/target/lib /app/lib
ENV JAVA_OPTS="-Xmx1g"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp '/app/scale-projection.jar:/app/lib/*' dev.scaleprojection.cli.ScaleProjection \"$@\"", "--"]
