# syntax=docker/dockerfile:1
# A static binary on a minimal, non-root base image.
#   docker build -t telework-server .
#   docker run -p 8080:8080 -e DATABASE_URL='postgres://user:pass@db:5432/telework?sslmode=require' telework-server

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /usr/local/bin/server
# GOGC: see "Container" in README.md. GOMEMLIMIT is set at start to 80 % of the container's memory
# limit (docker run -m 1g); -e GOMEMLIMIT=… overrides it.
ENV APP_ENV=production \
    LISTEN_ADDR=:8080 \
    GOGC=400
EXPOSE 8080
USER nonroot:nonroot
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 CMD ["/usr/local/bin/server", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/server"]
CMD ["serve"]
