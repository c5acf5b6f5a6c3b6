# Multi-stage: the second stage fails; an ARG before FROM counts for Docker only.
ARG BASE=python:3.11-slim
FROM ${BASE} AS builder
WORKDIR /src
RUN echo built > /src/out

FROM ${BASE}
COPY --from=builder /src/out /out
RUN echo "installing" \
    && exit 7
CMD ["python"]
