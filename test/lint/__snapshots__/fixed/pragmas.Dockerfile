# hadolint global ignore=DL3015
FROM python:3.12-slim
# hadolint ignore=DL3014
RUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*
# dockspec-ignore=pip-no-cache-dir the cache is removed by the next step
RUN pip install fastapi
# expect: DS2004
RUN pip install --no-cache-dir uvicorn
CMD ["uvicorn", "app:app", "--host", "0.0.0.0"]
