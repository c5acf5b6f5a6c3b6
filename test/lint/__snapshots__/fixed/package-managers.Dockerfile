# Package managers across distributions. `# expect:` lists the rules that must flag the next instruction.
# Only the final stage ships: cache and clean-up rules (what a layer keeps) stay silent in the others,
# while rules about how a command is written (-y, pinning, update alone) fire in every stage.
FROM debian:12-slim AS debian
# expect: DS2013
RUN apt-get update
# expect: DS2011, DS2012
RUN apt-get install -y --no-install-recommends curl && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20 AS alpine
# apk's cache stays in this stage: not shipped.
RUN apk add tini

FROM rockylinux:9 AS rocky
# expect: DS2021
RUN yum install -y httpd
# expect: DS2028
RUN dnf install -y git

FROM opensuse/leap:15.6 AS suse
# expect: DS2024
RUN zypper install -y curl
# expect: DS2025
RUN zypper -n dup && zypper clean --all

FROM node:22-slim AS web
# expect: DS2017
RUN npm install -g pnpm
RUN yarn install --frozen-lockfile

FROM python:3.12-slim AS builder
# expect: DS2016
RUN --mount=type=cache,target=/root/.cache/pip pip install fastapi
COPY pyproject.toml uv.lock ./
# expect: DS2033
RUN uv sync --no-dev --frozen

FROM python:3.12-slim
COPY --from=builder /app/.venv /app/.venv
CMD ["python", "-m", "http.server"]
