# Package managers across distributions. `# expect:` lists the rules that must flag the next instruction.
FROM debian:12-slim AS debian
# expect: DS2013
RUN apt-get update
# expect: DS2011, DS2012
RUN apt-get install -y --no-install-recommends curl && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20 AS alpine
# expect: DS2015
RUN apk add --no-cache tini

FROM rockylinux:9 AS rocky
# expect: DS2021, DS2022
RUN yum install -y httpd && yum clean all
# expect: DS2028, DS2029
RUN dnf install -y git && dnf clean all

FROM opensuse/leap:15.6 AS suse
# expect: DS2024, DS2026
RUN zypper install -y curl && zypper clean --all
# expect: DS2025
RUN zypper -n dup && zypper clean --all

FROM node:22-slim AS web
# expect: DS2017
RUN npm install -g pnpm
# expect: DS2018
RUN yarn install --frozen-lockfile && yarn cache clean

FROM python:3.12-slim AS builder
# expect: DS2016
RUN --mount=type=cache,target=/root/.cache/pip pip install fastapi
COPY pyproject.toml uv.lock ./
# expect: DS2032, DS2033
RUN uv sync --no-dev --no-cache --frozen

FROM python:3.12-slim
COPY --from=builder /app/.venv /app/.venv
CMD ["python", "-m", "http.server"]
