# Stage, FROM and instruction-form mistakes (batch DS1010-DS1042). `# expect:` lists the rules that
# must flag the next instruction.
# expect: DS1013
LABEL org.opencontainers.image.title=api
ARG PY_TAG
# expect: DS1011, DS1014, DS1017
FROM --platform=linux/amd64 python:${PY_TAG} AS build
# expect: DS1033
LABEL maintainer="Ada <ada@example.com>"
# expect: DS1032
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
# expect: DS1038, DS1008
ENV VENV=/opt/venv PATH=$VENV/bin:$PATH
# expect: DS1039
WORKDIR src
# expect: DS1030, DS1024
COPY requirements.txt /src/
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

# expect: DS1012, DS1018, DS1015
FROM python:3.12-slim AS build
# expect: DS1016
FROM python:3.12-slim AS scratch
# expect: DS1017
FROM python:3.12-slim AS runtime
# expect: DS1037
ONBUILD ONBUILD RUN echo hi
# expect: DS1023, DS1022
COPY pyproject.toml README.md src/
WORKDIR /app
# expect: DS1019
COPY --from=biuld /opt/venv /opt/venv
# expect: DS1020
COPY --from=runtime /app /app2
# expect: DS1021
COPY --from=0 / /rootfs/
# expect: DS1040, DS1041, DS1042
EXPOSE 80000 8000/tcp 8000
# expect: DS1034
CMD ["python", "-m", "app"]
# expect: DS1035
ENTRYPOINT ["python"]
# expect: DS1036
HEALTHCHECK CMD ["python", "-c", "print(1)"]
HEALTHCHECK CMD ["python", "/app/health.py"]
ENTRYPOINT ["tini", "--"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
