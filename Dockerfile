# syntax=docker/dockerfile:1
# Build: docker build -t cnap .
# Run:   see README.md ("Production")
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The build bundles the Studio's canvas (TypeScript + AntV X6 from npm, esbuild).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY global.json Directory.Build.props Directory.Packages.props dotnet-tools.json Cnap.sln ./
COPY src/ src/
COPY workflows/ workflows/
RUN dotnet publish src/Cnap.Host/Cnap.Host.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Database__Provider=Postgres \
    Database__MigrateOnStartup=false
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=6s --start-period=30s --retries=3 \
  CMD ["dotnet", "Cnap.Host.dll", "healthcheck", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["dotnet", "Cnap.Host.dll"]
