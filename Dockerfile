# The app image for docker-compose.yml. Build: docker build -t brobygge .
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY cypher cypher
COPY data/sample data/sample
RUN ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/brobygge-*.jar /app/brobygge.jar
# Inside a container the app must listen beyond loopback for the published port to reach it.
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/brobygge.jar"]
